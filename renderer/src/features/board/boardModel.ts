/**
 * Turns the store's cards and actions into React Flow nodes and edges. The board keeps no
 * copy of the workshop: every node is derived from the same rows the steps show, and node
 * data objects are cached per row so React Flow re-renders only the nodes whose row changed.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  BOARD_ACTION,
  BOARD_CARD,
  STAR_POINTS,
  layoutActions,
  ideaNumbersById,
  cardsPerPoint,
  layoutCards,
  type Action,
  type BoardGeometry,
  type Card,
  type CardKind,
  type StarPointId,
} from '@shared/domain';
import { linkedIdeaIds } from './boardLinks';

export interface BoardFilters {
  readonly kinds: ReadonlySet<CardKind>;
  /** Null shows every point. */
  readonly point: StarPointId | null;
  /** Reveal mode: only these points are shown (null: all). */
  readonly revealed: ReadonlySet<StarPointId> | null;
  readonly search: string;
}

export interface CardNodeData extends Record<string, unknown> {
  readonly card: Card;
  readonly number: number | null;
  readonly isMatch: boolean;
  readonly isEditable: boolean;
}

export interface ActionNodeData extends Record<string, unknown> {
  readonly action: Action;
  readonly isMatch: boolean;
}

export interface ZoneNodeData extends Record<string, unknown> {
  readonly pointId: StarPointId;
  readonly count: number;
  readonly isHidden: boolean;
}

export interface CentreNodeData extends Record<string, unknown> {
  readonly enablers: readonly string[];
}

export type CardNode = Node<CardNodeData, 'card'>;
export type ActionNode = Node<ActionNodeData, 'action'>;
export type ZoneNode = Node<ZoneNodeData, 'zone'>;
export type CentreNode = Node<CentreNodeData, 'centre'>;
export type BoardNode = CardNode | ActionNode | ZoneNode | CentreNode;

export const ZONE_NODE_PREFIX = 'zone:';
export const ACTION_NODE_PREFIX = 'action:';

const normalise = (s: string): string => s.toLocaleLowerCase('en-GB').trim();

export const matchesSearch = (text: string, search: string): boolean =>
  search.trim() !== '' && normalise(text).includes(normalise(search));

export const isCardShown = (card: Card, filters: BoardFilters): boolean =>
  filters.kinds.has(card.kind) &&
  (filters.point === null || filters.point === card.point) &&
  (filters.revealed === null || filters.revealed.has(card.point));

export interface BoardInput {
  readonly cards: readonly Card[];
  readonly actions: readonly Action[];
  readonly enablers: readonly string[];
  readonly geometry: BoardGeometry;
  readonly filters: BoardFilters;
  readonly isEditable: boolean;
}

export const buildNodes = (input: BoardInput): BoardNode[] => {
  const { cards, actions, geometry, filters } = input;
  const counts = cardsPerPoint(cards);
  const numbers = ideaNumbersById(cards);
  const cardAt = layoutCards(cards, geometry);
  const actionAt = layoutActions(
    actions.map((a) => a.id),
    geometry,
  );
  const nodes: BoardNode[] = STAR_POINTS.map((p): ZoneNode => {
    const zone = geometry.zones[p.id];
    return {
      id: `${ZONE_NODE_PREFIX}${p.id}`,
      type: 'zone',
      position: { x: zone.x, y: zone.y },
      width: zone.width,
      height: zone.height,
      data: {
        pointId: p.id,
        count: counts[p.id] ?? 0,
        isHidden: filters.revealed !== null && !filters.revealed.has(p.id),
      },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
    };
  });
  nodes.push({
    id: 'centre',
    type: 'centre',
    position: { x: geometry.centre.x, y: geometry.centre.y },
    width: geometry.centre.width,
    height: geometry.centre.height,
    data: { enablers: input.enablers },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
  });
  for (const card of cards) {
    nodes.push({
      id: card.id,
      type: 'card',
      position: cardAt.get(card.id) ?? { x: 0, y: 0 },
      width: BOARD_CARD.width,
      height: BOARD_CARD.height,
      data: cardData(card, numbers.get(card.id) ?? null, filters.search, input.isEditable),
      hidden: !isCardShown(card, filters),
      draggable: input.isEditable,
      focusable: false,
    });
  }
  for (const action of actions) {
    nodes.push({
      id: `${ACTION_NODE_PREFIX}${action.id}`,
      type: 'action',
      position: actionAt.get(action.id) ?? { x: 0, y: 0 },
      width: BOARD_ACTION.width,
      height: BOARD_ACTION.height,
      data: actionData(action, filters.search),
      draggable: false,
      focusable: false,
    });
  }
  return nodes;
};

// Cached per row object and inputs: an unchanged card keeps the same data object, so its
// memoised node component does not re-render when another card changes.
const cardCache = new WeakMap<Card, CardNodeData>();
const cardData = (
  card: Card,
  number: number | null,
  search: string,
  isEditable: boolean,
): CardNodeData => {
  const isMatch = matchesSearch(card.text, search);
  const cached = cardCache.get(card);
  if (
    cached &&
    cached.number === number &&
    cached.isMatch === isMatch &&
    cached.isEditable === isEditable
  )
    return cached;
  const data: CardNodeData = { card, number, isMatch, isEditable };
  cardCache.set(card, data);
  return data;
};

const actionCache = new WeakMap<Action, ActionNodeData>();
const actionData = (action: Action, search: string): ActionNodeData => {
  const isMatch = matchesSearch(`${action.title} ${action.owner}`, search);
  const cached = actionCache.get(action);
  if (cached?.isMatch === isMatch) return cached;
  const data: ActionNodeData = { action, isMatch };
  actionCache.set(action, data);
  return data;
};

export const buildEdges = (
  cards: readonly Card[],
  actions: readonly Action[],
  filters: BoardFilters,
): Edge[] => {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const edges: Edge[] = [];
  for (const action of actions) {
    for (const ideaId of linkedIdeaIds(action)) {
      const idea = byId.get(ideaId);
      if (!idea) continue;
      edges.push({
        id: `link:${ideaId}:${action.id}`,
        source: ideaId,
        target: `${ACTION_NODE_PREFIX}${action.id}`,
        hidden: !isCardShown(idea, filters),
        focusable: false,
        className: 'app-board__link',
      });
    }
  }
  return edges;
};
