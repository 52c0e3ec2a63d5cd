// Defined once, outside any component, as React Flow's performance guide asks: a new object
// on each render would remount every node.
import type { NodeTypes } from '@xyflow/react';
import { ActionNode } from './ActionNode';
import { CardNode } from './CardNode';
import { CentreNode } from './CentreNode';
import { ZoneNode } from './ZoneNode';

export const BOARD_NODE_TYPES: NodeTypes = {
  card: CardNode,
  action: ActionNode,
  zone: ZoneNode,
  centre: CentreNode,
};
