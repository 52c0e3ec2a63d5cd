import { describe, expect, it } from 'vitest';
import { mergePlans, resolveConflict, type MergeSource } from '@shared/planfile';
import { jaccard, normaliseText, tokensOf } from '@shared/planfile/similarity';
import type { WorkshopContent } from '@shared/domain/workshop';
import { must } from './helpers';
import { makeAction, makeCard, makeContent, makeParticipant } from '../../helpers/planFactory';

/** A breakout group's copy of the plan, as another install would save it. */
const breakout = (label: string, change: (c: WorkshopContent) => WorkshopContent): MergeSource => ({
  label,
  content: change({ ...makeContent(), workshop: { ...makeContent().workshop, id: `ws-${label}` } }),
});

describe('similarity', () => {
  it('normalises case, punctuation, width and spacing', () => {
    expect(normaliseText('  Weekend  ROTA – gaps!! ')).toBe('weekend rota gaps');
    expect(normaliseText('Ｗｅｅｋｅｎｄ')).toBe('weekend');
  });

  it('measures token Jaccard', () => {
    expect(jaccard(tokensOf('a b c d'), tokensOf('a b c d e'))).toBe(0.8);
    expect(jaccard(tokensOf(''), tokensOf(''))).toBe(1);
    expect(jaccard(tokensOf('a'), tokensOf('b'))).toBe(0);
  });
});

describe('mergePlans', () => {
  it('merges unchanged copies into nothing new, whatever their workshop id or order', () => {
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({ ...c, cards: c.cards.map((k) => ({ ...k, order: k.order + 10 })) })),
    ]);
    expect(result.content).toEqual(makeContent());
    expect(result.report.added).toEqual([]);
    expect(result.report.conflicts).toEqual([]);
    expect(result.report.identical).toHaveLength(6);
  });

  it('adds new items, attached to the base workshop and ordered after existing ones', () => {
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({
        ...c,
        cards: [
          ...c.cards,
          makeCard({
            id: 'c-new',
            workshopId: 'ws-A',
            text: 'Rotational posts with primary care',
            order: 1,
          }),
        ],
      })),
    ]);
    const added = result.content.cards.find((c) => c.id === 'c-new');
    expect(added).toMatchObject({ workshopId: 'ws-1', order: 4 });
    expect(result.report.added).toEqual([{ kind: 'card', id: 'c-new', source: 'A' }]);
  });

  it('merges a card with the same kind, point and normalised text, relinking actions to it', () => {
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({
        ...c,
        cards: [
          ...c.cards,
          makeCard({
            id: 'c-a',
            text: '  recruit TWO advanced clinical practitioners for weekend cover!',
          }),
        ],
        actions: [
          ...c.actions,
          makeAction({ id: 'a-a', title: 'Advertise ACP posts', ideaIds: ['c-a'] }),
        ],
      })),
    ]);
    expect(result.content.cards.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(result.report.identical).toContainEqual({
      kind: 'card',
      id: 'c-a',
      source: 'A',
      mergedInto: 'c-1',
    });
    expect(result.content.actions.find((a) => a.id === 'a-a')?.ideaIds).toEqual(['c-1']);
  });

  it('keeps but flags near-duplicates (token Jaccard ≥ 0.8) of the same kind and point', () => {
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({
        ...c,
        cards: [
          ...c.cards,
          makeCard({
            id: 'c-near',
            text: 'Recruit two advanced clinical practitioners for weekend and evening cover',
          }),
          makeCard({
            id: 'c-other-point',
            point: 'supply',
            text: 'Recruit two advanced clinical practitioners for weekend evening cover',
          }),
        ],
      })),
    ]);
    expect(result.content.cards.map((c) => c.id)).toContain('c-near');
    expect(result.report.nearDuplicates).toEqual([
      { kind: 'card', id: 'c-near', source: 'A', similarTo: 'c-1', similarity: 0.8 },
    ]);
  });

  it('shows conflicting edits to the same id with every distinct version, base first', () => {
    const edited = (text: string) => (c: WorkshopContent) => ({
      ...c,
      cards: c.cards.map((k) => (k.id === 'c-1' ? { ...k, text, votes: 9 } : k)),
    });
    const result = mergePlans(makeContent(), [
      breakout('A', edited('ACPs for weekends')),
      breakout('B', edited('ACPs for weekends')),
      breakout('C', edited('Locum ACPs for weekends')),
    ]);
    expect(result.report.conflicts).toHaveLength(1);
    const conflict = must(result.report.conflicts[0], 'conflict');
    expect(conflict.kind).toBe('card');
    expect(conflict.id).toBe('c-1');
    expect(conflict.versions.map((v) => v.source)).toEqual(['base', 'A', 'C']);
    expect(result.content.cards[0]?.text).toMatch(/^Recruit two/);

    const resolved = resolveConflict(result, conflict, 2);
    expect(resolved.report.conflicts).toEqual([]);
    expect(resolved.content.cards[0]).toMatchObject({
      id: 'c-1',
      text: 'Locum ACPs for weekends',
      workshopId: 'ws-1',
    });
    expect(resolveConflict(result, conflict, 7)).toBe(result);
  });

  it('merges attendees recorded twice under different ids', () => {
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({
        ...c,
        participants: [
          ...c.participants,
          makeParticipant({ id: 'p-x', name: ' priya  SHAH ' }),
          makeParticipant({ id: 'p-y', name: 'Ayesha Khan', role: 'Pharmacist' }),
        ],
      })),
    ]);
    expect(result.content.participants.map((p) => p.id)).toEqual(['p-1', 'p-2', 'p-y']);
  });

  it('names the file a conflicting version came from when it was not the base', () => {
    const added = makeCard({ id: 'c-new', text: 'Shared induction with primary care' });
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({ ...c, cards: [...c.cards, added] })),
      breakout('B', (c) => ({ ...c, cards: [...c.cards, { ...added, text: 'Joint induction' }] })),
    ]);
    expect(result.report.conflicts.map((c) => c.versions.map((v) => v.source))).toEqual([
      ['A', 'B'],
    ]);
  });

  it('leaves out items beyond the count limit, and says so', () => {
    const base = makeContent();
    const full = {
      ...base,
      cards: Array.from({ length: 5_000 }, (_, i) => makeCard({ id: `c${i}`, text: `Card ${i}` })),
      actions: [],
    };
    const result = mergePlans(full, [
      breakout('A', (c) => ({ ...c, cards: [makeCard({ id: 'extra', text: 'One too many' })] })),
    ]);
    expect(result.content.cards).toHaveLength(5_000);
    expect(result.report.skipped).toEqual([{ kind: 'card', id: 'extra', source: 'A' }]);
  });

  it('does not change its arguments', () => {
    const base = makeContent();
    const source = breakout('A', (c) => ({
      ...c,
      cards: [...c.cards, makeCard({ id: 'n', text: 'New' })],
    }));
    const snapshot = structuredClone([base, source]);
    mergePlans(base, [source]);
    expect([base, source]).toEqual(snapshot);
  });

  it('renumbers a breakout idea whose number another breakout already used, and says so', () => {
    const newIdea = (id: string, text: string) =>
      makeCard({ id, text, number: 2, point: 'supply', createdAt: '2025-03-15T10:00:00.000Z' });
    const result = mergePlans(makeContent(), [
      breakout('A', (c) => ({
        ...c,
        workshop: { ...c.workshop, lastIdeaNumber: 2 },
        cards: [...c.cards, newIdea('c-a', 'Weekend therapy cover from the community team')],
      })),
      breakout('B', (c) => ({
        ...c,
        workshop: { ...c.workshop, lastIdeaNumber: 2 },
        cards: [...c.cards, newIdea('c-b', 'Retire and return for senior nurses')],
        actions: [makeAction({ id: 'a-b', title: 'Retire and return policy', ideaIds: ['c-b'] })],
      })),
    ]);
    const { cards, workshop, actions } = result.content;
    expect(cards.filter((c) => c.kind === 'idea').map((c) => [c.id, c.number])).toEqual([
      ['c-1', 1],
      ['c-a', 2],
      ['c-b', 3],
    ]);
    expect(workshop.lastIdeaNumber).toBe(3);
    expect(actions.find((a) => a.id === 'a-b')?.ideaIds).toEqual(['c-b']);
    expect(result.report.repairs.map((r) => r.message)).toEqual([
      'Card "Retire and return for senior nurses" shared Idea 2 with another idea; it is now Idea 3.',
    ]);
  });
});
