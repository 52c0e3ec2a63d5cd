import { describe, expect, it } from 'vitest';
import { freshId } from '@shared/planfile/repair';
import { repairContent, restorePlan } from '@shared/planfile';
import { makeAction, makeCard, makeContent, makeParticipant } from '../../helpers/planFactory';
import { expectOk, must, withPayload } from './helpers';

describe('repairContent', () => {
  it('changes nothing, and reports nothing, for consistent content', () => {
    const content = makeContent();
    expect(repairContent(content)).toEqual({ content, repairs: [] });
  });

  it('drops exact duplicates and renames different items that share an id', () => {
    const content = makeContent();
    const { content: fixed, repairs } = repairContent({
      ...content,
      participants: [
        ...content.participants,
        makeParticipant({ name: 'Someone Else', role: 'Pharmacist' }),
      ],
      cards: [...content.cards, must(content.cards[0])],
    });
    expect(fixed.participants.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-1-2']);
    expect(fixed.cards).toHaveLength(3);
    expect(repairs.map((r) => r.message)).toEqual([
      'Attendee "Pharmacist" shared its id with another item; it was given a new id so both are kept.',
      'Card "Recruit two advanced clinical practitio…" appeared twice; the repeated copy was removed.',
    ]);
  });

  it('counts items from another workshop in one sentence per kind', () => {
    const content = makeContent();
    const { content: fixed, repairs } = repairContent({
      ...content,
      cards: content.cards.map((c) => ({ ...c, workshopId: 'elsewhere' })),
      actions: content.actions.map((a) => ({ ...a, workshopId: 'elsewhere' })),
    });
    expect(fixed.cards.every((c) => c.workshopId === 'ws-1')).toBe(true);
    expect(fixed.actions.every((a) => a.workshopId === 'ws-1')).toBe(true);
    expect(repairs.map((r) => r.message)).toEqual([
      '3 cards were marked as belonging to a different workshop and have been attached to this one.',
      '1 action was marked as belonging to a different workshop and has been attached to this one.',
    ]);
  });

  it('clears links to missing cards and keeps links to present ones', () => {
    const content = makeContent();
    const { content: fixed, repairs } = repairContent({
      ...content,
      actions: [
        makeAction({ id: 'a-1', sourceCardId: 'gone' }),
        makeAction({ id: 'a-2', sourceCardId: 'c-2' }),
      ],
    });
    expect(fixed.actions.map((a) => a.sourceCardId)).toEqual([null, 'c-2']);
    expect(repairs).toHaveLength(1);
    expect(repairs[0]?.kind).toBe('card-link-cleared');
  });

  it('lists each completed step once', () => {
    const content = makeContent();
    const { content: fixed, repairs } = repairContent({
      ...content,
      workshop: { ...content.workshop, completedSteps: ['scope', 'scope', 'people'] },
    });
    expect(fixed.workshop.completedSteps).toEqual(['scope', 'people']);
    expect(repairs[0]?.kind).toBe('steps-deduplicated');
  });

  it('makes new ids within the 64-character limit and unique', () => {
    const long = 'x'.repeat(64);
    expect(freshId(long, new Set([long]))).toHaveLength(64);
    expect(freshId('c', new Set(['c', 'c-2']))).toBe('c-3');
  });

  it('runs inside restorePlan, so repaired files still open', () => {
    const content = makeContent();
    const text = withPayload({
      ...content,
      cards: [...content.cards, makeCard({ id: 'c-1', text: 'A different card' })],
    });
    const result = expectOk(restorePlan(text));
    expect(result.repairs.map((r) => r.kind)).toEqual(['duplicate-renamed']);
    expect(result.plan.content.cards.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-1-2']);
  });
});
