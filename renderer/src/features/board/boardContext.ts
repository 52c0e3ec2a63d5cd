/**
 * What the board's node components need besides their own row: the geometry (for keyboard
 * moves and drops) and the board's commands. Kept stable between renders so a change to one
 * card does not re-render every node.
 */
import { createContext, useContext } from 'react';
import type { BoardGeometry, StarPointId } from '@shared/domain';

export interface BoardCommands {
  readonly geometry: BoardGeometry;
  /** Show the card's tools panel (move to point, link, delete) and put focus there. */
  readonly openCardTools: (cardId: string) => void;
  /** Start adding a card in a zone (double-click on the zone). */
  readonly addInPoint: (point: StarPointId) => void;
  readonly announce: (message: string) => void;
}

export const BoardContext = createContext<BoardCommands | null>(null);

export const useBoard = (): BoardCommands => {
  const value = useContext(BoardContext);
  if (!value) throw new Error('Board nodes must be inside BoardContext');
  return value;
};
