import { useMemo } from 'react';
import { boardGeometry, cardsPerPoint, type BoardGeometry } from '@shared/domain';
import { useApp } from '../../store';
import { buildNodes, type BoardFilters, type BoardNode } from './boardModel';

/**
 * The board's nodes and geometry, derived from the store. The geometry depends only on the
 * busiest point's card count and the number of actions, so it (and the nodes' shared context,
 * and so every memoised node) stays put when one card is edited.
 */
export const useBoardModel = (
  filters: BoardFilters,
): { nodes: BoardNode[]; geometry: BoardGeometry } => {
  const cards = useApp((s) => s.cards);
  const actions = useApp((s) => s.actions);
  const enablers = useApp((s) => s.workshops.find((w) => w.id === s.currentId)?.enablers);
  const isEditable = useApp((s) => s.editAccess === 'editing');
  const busiest = useMemo(() => Math.max(0, ...Object.values(cardsPerPoint(cards))), [cards]);
  const geometry = useMemo(
    () => boardGeometry({ supply: busiest }, actions.length),
    [busiest, actions.length],
  );

  const nodes = useMemo(
    () =>
      buildNodes({
        cards,
        actions,
        enablers: enablers ?? [],
        geometry,
        filters,
        isEditable,
      }),
    [cards, actions, enablers, geometry, filters, isEditable],
  );
  return { nodes, geometry };
};
