/**
 * The board page's content: the Star board laid out by the same shared geometry and packing
 * as the canvas (shared/domain/boardGeometry.ts, boardLayout.ts), so the paper shows the cards
 * where the room left them. Cards carry their kind and idea reference only; their text is in
 * the point sections, where it can be read.
 */
import {
  BOARD_ACTION,
  BOARD_CARD,
  STAR_POINTS,
  boardGeometry,
  cardsPerPoint,
  layoutActions,
  layoutCards,
  type WorkshopContent,
} from '@shared/domain';
import type { ActionRow, BoardPicture } from './model';

export const buildBoardPicture = (
  content: WorkshopContent,
  ideaRefs: ReadonlyMap<string, string>,
  actionRows: readonly ActionRow[],
  enablers: readonly string[],
): BoardPicture => {
  const counts = cardsPerPoint(content.cards);
  const actionIds = actionRows.map((r) => r.id);
  const geometry = boardGeometry(counts, actionIds.length);
  const cardAt = layoutCards(content.cards, geometry);
  const actionAt = layoutActions(actionIds, geometry);
  const shownActions = new Set(actionIds);
  return {
    bounds: geometry.bounds,
    zones: STAR_POINTS.map((p) => ({
      ...geometry.zones[p.id],
      label: p.label,
      colour: p.colour,
      count: counts[p.id] ?? 0,
    })),
    centre: { ...geometry.centre, enablers },
    cards: content.cards.flatMap((c) => {
      const at = cardAt.get(c.id);
      return at
        ? [{ ...at, ...BOARD_CARD, id: c.id, kind: c.kind, ref: ideaRefs.get(c.id) ?? '' }]
        : [];
    }),
    actions: actionRows.flatMap((r) => {
      const at = actionAt.get(r.id);
      return at ? [{ ...at, ...BOARD_ACTION, id: r.id, ref: r.ref }] : [];
    }),
    links: content.actions.flatMap((a) =>
      shownActions.has(a.id)
        ? a.ideaIds.filter((id) => cardAt.has(id)).map((cardId) => ({ cardId, actionId: a.id }))
        : [],
    ),
  };
};
