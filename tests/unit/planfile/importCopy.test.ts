import { describe, expect, it } from 'vitest';
import { copyForImport, restorePlan, serialisePlan } from '@shared/planfile';
import { makeContent } from '../../helpers/planFactory';
import { expectOk, SAVE_OPTIONS } from './helpers';

const counter = () => {
  let n = 0;
  return () => `new-${(n += 1)}`;
};

describe('copyForImport', () => {
  it('gives every item a new id, keeping the links between them', () => {
    const original = makeContent();
    const copy = copyForImport(original, { newId: counter(), now: '2025-04-01T08:00:00.000Z' });
    const oldIds = new Set([
      original.workshop.id,
      ...original.participants.map((p) => p.id),
      ...original.cards.map((c) => c.id),
      ...original.actions.map((a) => a.id),
      ...original.actions.flatMap((a) => a.progressNotes.map((n) => n.id)),
    ]);
    const newIds = [
      copy.workshop.id,
      ...copy.participants.map((p) => p.id),
      ...copy.cards.map((c) => c.id),
      ...copy.actions.map((a) => a.id),
      ...copy.actions.flatMap((a) => a.progressNotes.map((n) => n.id)),
    ];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);
    const linked = copy.cards.find((c) => c.id === copy.actions[0]?.ideaIds[0]);
    expect(linked?.text).toBe(original.cards[0]?.text);
    const items = [...copy.participants, ...copy.cards, ...copy.actions];
    expect(items.every((i) => i.workshopId === copy.workshop.id)).toBe(true);
    expect(copy.workshop).toMatchObject({ updatedAt: '2025-04-01T08:00:00.000Z', deletedAt: null });
    expect(copy.workshop.scope).toEqual(original.workshop.scope);
  });

  it('produces content that saves and opens without repairs', () => {
    const copy = copyForImport(makeContent(), { newId: counter(), now: SAVE_OPTIONS.now });
    expect(expectOk(restorePlan(serialisePlan(copy, SAVE_OPTIONS))).repairs).toEqual([]);
  });
});
