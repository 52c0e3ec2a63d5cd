import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ideaNumbersById, rankIdeas } from '@shared/domain';
import { useApp } from '../../../store';
import { VotingPanel } from './VotingPanel';
import { Matrix } from './Matrix';
import { RankedIdeas } from './RankedIdeas';

/** Dot votes, the impact and effort matrix, and the ranking that follows from both. */
export function PrioritiseStep() {
  const cards = useApp(useShallow((s) => s.cards.filter((c) => c.kind === 'idea')));
  const ranked = useMemo(() => rankIdeas(cards), [cards]);
  // Each idea's stored number: what the room calls it here, in the action plan and the PDF.
  const numbers = useMemo(() => ideaNumbersById(cards), [cards]);

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
