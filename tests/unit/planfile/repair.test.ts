import { describe, expect, it } from 'vitest';
import { freshId } from '@shared/planfile/repair';
import { repairContent, restorePlan } from '@shared/planfile';
import { makeAction, makeCard, makeContent, makeParticipant } from '../../helpers/planFactory';
import { expectOk, must, withPayload } from './helpers';

describe('repairContent', () => {
  it('lays out afresh board positions far off the board, and says so', () => {
    const content = makeContent();
    const [a, b] = content.cards;
    const cards = [
      { ...must(a), position: { x: 1e12, y: 10 } },
      { ...must(b), position: { x: 40, y: -3e9 } },
    ];
    const { content: fixed, repairs } = repairContent({ ...content, cards });
    expect(fixed.cards.map((c) => c.position)).toEqual([null, null]);
    // Never moved to another point.
    expect(fixed.cards.map((c) => c.point)).toEqual(cards.map((c) => c.point));
    expect(repairs.find((r) => r.kind === 'board-position-reset')?.message).toBe(
      "2 cards were far off the Star board; they were put back in their point's next free place.",
    );
  });

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

  it('drops links to missing ideas and keeps links to present ones', () => {
    const content = makeContent();
    const { content: fixed, repairs } = repairContent({
      ...content,
      actions: [
        makeAction({ id: 'a-1', ideaIds: ['gone', 'c-1'] }),
        makeAction({ id: 'a-2', ideaIds: ['c-1'] }),
        makeAction({ id: 'a-3', title: 'Rota review', ideaIds: ['c-2', 'lost'] }),
      ],
    });
    expect(fixed.actions.map((a) => a.ideaIds)).toEqual([['c-1'], ['c-1'], []]);
    expect(repairs.map((r) => [r.kind, r.message])).toEqual([
      [
        'card-link-cleared',
        'Action "Business case for two ACP posts" was linked to an idea not in the file; that link was removed and the action kept.',
      ],
      [
        'card-link-cleared',
        'Action "Rota review" was linked to 2 ideas not in the file; those links were removed and the action kept.',
      ],
    ]);
  });

  it('gives a new number to an idea whose number another idea already has, and reports it', () => {
    const content = makeContent();
    const { content: fixed, repairs } = repairContent({
      ...content,
      workshop: { ...content.workshop, lastIdeaNumber: 3 },
      cards: [
        ...content.cards,
        makeCard({ id: 'c-4', text: 'Rotational posts with primary care', number: 1 }),
        makeCard({ id: 'c-5', text: 'Return to practice', number: null }),
        makeCard({ id: 'c-6', kind: 'gap', text: 'No rota cover', number: 2 }),
      ],
    });
    const numbers = Object.fromEntries(fixed.cards.map((c) => [c.id, c.number]));
    expect(numbers).toEqual({
      'c-1': 1,
      'c-2': null,
      'c-3': null,
      'c-4': 4,
      'c-5': 5,
      'c-6': null,
    });
    expect(fixed.workshop.lastIdeaNumber).toBe(5);
    expect(repairs.map((r) => r.message)).toEqual([
      'Card "Rotational posts with primary care" shared Idea 1 with another idea; it is now Idea 4.',
      'Card "Return to practice" had no idea number; it is now Idea 5.',
    ]);
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
    // The copy also shared Idea 1 with the original, so it gets the next number too.
    expect(result.repairs.map((r) => r.kind)).toEqual(['duplicate-renamed', 'idea-renumbered']);
    expect(result.plan.content.cards.map((c) => [c.id, c.number])).toEqual([
      ['c-1', 1],
      ['c-2', null],
      ['c-3', null],
      ['c-1-2', 2],
    ]);
  });
});
