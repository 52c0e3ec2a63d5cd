import { beforeEach, describe, expect, it } from 'vitest';
import { setStepCompleted, STEP_IDS, stepStatuses } from '@shared/domain';
import {
  makeAction,
  makeCard,
  makeContent,
  makeParticipant,
  makeRealisticWorkshop,
  makeWorkshop,
  resetFactories,
} from '../../helpers/factories';

const NOW = '2026-11-23T12:00:00.000Z';

beforeEach(resetFactories);

describe('stepStatuses', () => {
  it('shows every step not started for a new workshop', () => {
    const statuses = stepStatuses(makeContent());
    expect(Object.keys(statuses)).toEqual([...STEP_IDS]);
    expect(new Set(Object.values(statuses))).toEqual(new Set(['not-started']));
  });

  it('marks each step in progress once it has content', () => {
    const s = stepStatuses(
      makeContent({
        workshop: makeWorkshop({ service: 'Stroke' }),
        participants: [makeParticipant()],
        cards: [
          makeCard({ kind: 'current' }),
          makeCard({ kind: 'gap' }),
          makeCard({ kind: 'idea' }),
        ],
        actions: [makeAction()],
      }),
    );
    expect(s).toMatchObject({
      scope: 'in-progress',
      people: 'in-progress',
      current: 'in-progress',
      gaps: 'in-progress',
      ideas: 'in-progress',
      prioritise: 'not-started',
      actions: 'in-progress',
      review: 'not-started',
    });
  });

  it('counts prioritising as started by a vote or a matrix placement on an idea', () => {
    expect(stepStatuses(makeContent({ cards: [makeCard({ votes: 1 })] })).prioritise).toBe(
      'in-progress',
    );
    expect(
      stepStatuses(makeContent({ cards: [makeCard({ impact: 10, effort: 10 })] })).prioritise,
    ).toBe('in-progress');
  });

  it('shows a step the facilitator ticked as completed, and untick reverts it', () => {
    const content = makeRealisticWorkshop();
    const ticked = setStepCompleted(content.workshop, 'people', true, NOW);
    expect(ticked.updatedAt).toBe(NOW);
    expect(stepStatuses({ ...content, workshop: ticked }).people).toBe('completed');
    const unticked = setStepCompleted(ticked, 'people', false, NOW);
    expect(stepStatuses({ ...content, workshop: unticked }).people).toBe('in-progress');
    expect(setStepCompleted(ticked, 'people', true, NOW).completedSteps).toEqual(['people']);
  });
});
