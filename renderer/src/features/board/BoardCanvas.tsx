import { memo, useCallback, useMemo, useState } from 'react';
import {
  Background,
  Controls,
  MiniMap,
  MiniMapNode,
  ReactFlow,
  type Connection,
  type MiniMapNodeProps,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import { STAR_POINTS, dropCard, type BoardGeometry } from '@shared/domain';
import { useApp } from '../../store';
import { ACTION_NODE_PREFIX, buildEdges, type BoardFilters, type BoardNode } from './boardModel';
import { linkPatch } from './boardLinks';
import { pointLabel } from './nodes/cardLabels';
import { BOARD_NODE_TYPES } from './nodes/nodeTypes';

interface Props {
  readonly nodes: readonly BoardNode[];
  readonly geometry: BoardGeometry;
  readonly filters: BoardFilters;
  readonly isEditable: boolean;
  readonly announce: (message: string) => void;
}

const minimapColour = (node: { type?: string; data: Record<string, unknown> }): string => {
  if (node.type === 'zone') {
    return STAR_POINTS.find((p) => p.id === node.data.pointId)?.colour ?? '#d8dde0';
  }
  return node.type === 'action' ? '#212b32' : '#ffffff';
};

const minimapClass = (node: { type?: string }): string => `app-minimap-${node.type ?? 'node'}`;

/**
 * The overview map draws the Star's zones and the actions, not every card: the map is redrawn
 * on every frame of a pan or zoom, and hundreds of tiny card shapes made that the slowest part
 * of moving around a big board.
 */
const MinimapShape = memo(function MinimapShape(props: MiniMapNodeProps) {
  return props.className.includes('app-minimap-card') ? null : <MiniMapNode {...props} />;
});

const ARIA_LABELS = {
  'node.a11yDescription.default': 'Tab to a card, then use the arrow keys to move it.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the whole board',
  'controls.interactive.ariaLabel': 'Lock or unlock the board',
  'minimap.ariaLabel': 'Overview map of the board',
};

/**
 * The React Flow canvas. Node positions come from the store (through the layout); while a
 * card is being dragged its live position is held here only, and the drop is committed to
 * the store as the card's point and position, so every other view sees it at once.
 */
export function BoardCanvas({ nodes, geometry, filters, isEditable, announce }: Props) {
  const cards = useApp((s) => s.cards);
  const actions = useApp((s) => s.actions);
  const updateCard = useApp((s) => s.updateCard);
  const updateAction = useApp((s) => s.updateAction);
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition>>(new Map());

  const shown = useMemo(
    () =>
      dragging.size === 0
        ? (nodes as BoardNode[])
        : nodes.map((n) => {
            const at = dragging.get(n.id);
            return at ? { ...n, position: at, dragging: true } : n;
          }),
    [nodes, dragging],
  );
  const edges = useMemo(() => buildEdges(cards, actions, filters), [cards, actions, filters]);

  const onNodesChange = useCallback((changes: NodeChange<BoardNode>[]) => {
    const moves = changes.filter((c) => c.type === 'position' && c.position && c.dragging);
    if (moves.length === 0) return;
    setDragging((prev) => {
      const next = new Map(prev);
      for (const c of moves) if (c.type === 'position' && c.position) next.set(c.id, c.position);
      return next;
    });
  }, []);

  const onNodeDragStop = useCallback(
    (_e: unknown, node: BoardNode) => {
      setDragging(new Map());
      if (node.type !== 'card') return;
      const card = node.data.card;
      const drop = dropCard(geometry, node.position);
      if (!drop) {
        announce(`Dropped outside the Star: the card went back to ${pointLabel(card.point)}.`);
        return;
      }
      const result = updateCard(card.id, { point: drop.point, position: drop.position });
      if (result.ok && drop.point !== card.point) announce(`Moved to ${pointLabel(drop.point)}.`);
    },
    [geometry, updateCard, announce],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const actionId = connection.target.startsWith(ACTION_NODE_PREFIX)
        ? connection.target.slice(ACTION_NODE_PREFIX.length)
        : null;
      const action = actions.find((a) => a.id === actionId);
      const idea = cards.find((c) => c.id === connection.source && c.kind === 'idea');
      if (!action || !idea) return;
      const result = updateAction(action.id, linkPatch(action, idea.id));
      if (result.ok) announce(`Linked the idea to “${action.title}”.`);
    },
    [actions, cards, updateAction, announce],
  );

  return (
    <ReactFlow
      nodes={shown}
      edges={edges}
      nodeTypes={BOARD_NODE_TYPES}
      onNodesChange={onNodesChange}
      onNodeDragStop={onNodeDragStop}
      onConnect={onConnect}
      nodesDraggable={isEditable}
      nodesConnectable={isEditable}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      disableKeyboardA11y
      deleteKeyCode={null}
      zoomOnDoubleClick={false}
      nodeDragThreshold={4}
      minZoom={0.05}
      maxZoom={2}
      fitView
      fitViewOptions={{ padding: 0.04 }}
      ariaLabelConfig={ARIA_LABELS}
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={40} color="#d8dde0" />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        nodeColor={minimapColour}
        nodeClassName={minimapClass}
        nodeComponent={MinimapShape}
        nodeStrokeWidth={2}
      />
    </ReactFlow>
  );
}
