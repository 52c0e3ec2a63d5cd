import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rankIdeas } from '@shared/domain';
import { useApp } from '../../../store';
import { VotingPanel } from './VotingPanel';
import { Matrix } from './Matrix';
import { RankedIdeas } from './RankedIdeas';

/** Dot votes, the impact and effort matrix, and the ranking that follows from both. */
export function PrioritiseStep() {
  const cards = useApp(useShallow((s) => s.cards.filter((c) => c.kind === 'idea')));
  const ranked = useMemo(() => rankIdeas(cards), [cards]);
  // An idea keeps its number (what the room calls it on the projected matrix) for good:
  // numbered by when it was captured, not by where it sits in a list.
  const numbers = useMemo(
    () =>
      new Map(
        [...cards]
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
          .map((c, i) => [c.id, i + 1]),
      ),
    [cards],
  );

  if (cards.length === 0) {
    return (
      <div className="nhsuk-inset-text">
        <p>There are no ideas to prioritise yet. Add ideas in the Ideas step first.</p>
      </div>
    );
  }
  return (
    <>
      <VotingPanel />
      <Matrix ideas={cards} numbers={numbers} />
      <RankedIdeas ranked={ranked} numbers={numbers} />
    </>
  );
}
