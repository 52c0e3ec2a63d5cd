// The one rule for copying a workshop (Duplicate and import): new ids for everything, links
// kept, a new workshop record, and every item's own dates (so its list order) unchanged.
import { describe, expect, it } from 'vitest';
import { compareListOrder } from '@shared/domain';
import { copyWorkshopContent } from '@shared/domain/copyWorkshop';
import { restorePlan, serialisePlan } from '@shared/planfile';
import { makeContent } from '../../helpers/planFactory';
import { expectOk, SAVE_OPTIONS } from '../planfile/helpers';

const counter = () => {
  let n = 0;
  return () => `new-${String((n += 1))}`;
};
const NOW = '2026-11-30T08:00:00.000Z';

describe('copyWorkshopContent', () => {
  it('gives the workshop and every attendee, card, action and progress note a new id', () => {
    const original = makeContent();
    const copy = copyWorkshopContent(original, { newId: counter(), now: NOW });
    const idsOf = (c: typeof original) => [
      c.workshop.id,
      ...c.participants.map((p) => p.id),
      ...c.cards.map((card) => card.id),
      ...c.actions.map((a) => a.id),
      ...c.actions.flatMap((a) => a.progressNotes.map((n) => n.id)),
    ];
    const oldIds = new Set(idsOf(original));
    const newIds = idsOf(copy);
    expect(original.actions.some((a) => a.progressNotes.length > 0)).toBe(true);
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(new Set(newIds).size).toBe(newIds.length);
    const items = [...copy.participants, ...copy.cards, ...copy.actions];
    expect(items.every((i) => i.workshopId === copy.workshop.id)).toBe(true);
  });

  it('keeps each action linked to the copy of its idea, and drops a link to a missing card', () => {
    const original = makeContent();
    const linked = original.actions.find((a) => a.ideaIds.length > 0);
    if (!linked) throw new Error('the factory links an action to an idea');
    const copy = copyWorkshopContent(original, { newId: counter(), now: NOW });
    const index = original.actions.indexOf(linked);
    const copiedTexts = (copy.actions[index]?.ideaIds ?? []).map(
      (id) => copy.cards.find((c) => c.id === id)?.text,
    );
    const originalTexts = linked.ideaIds.map((id) => original.cards.find((c) => c.id === id)?.text);
    expect(copiedTexts).toEqual(originalTexts);

    const dangling = {
      ...original,
      actions: original.actions.map((a) => ({ ...a, ideaIds: [...a.ideaIds, 'no-such-card'] })),
    };
    const repaired = copyWorkshopContent(dangling, { newId: counter(), now: NOW });
    const cardIds = new Set(repaired.cards.map((c) => c.id));
    expect(repaired.actions.every((a) => a.ideaIds.every((id) => cardIds.has(id)))).toBe(true);
    expect(repaired.actions[index]?.ideaIds).toHaveLength(linked.ideaIds.length);
  });

  it('makes a new live workshop, created now, under the given title or the original one', () => {
    const original = makeContent();
    const trashed = { ...original, workshop: { ...original.workshop, deletedAt: NOW } };
    const copy = copyWorkshopContent(trashed, { newId: counter(), now: NOW, title: 'Copy' });
    expect(copy.workshop).toMatchObject({ createdAt: NOW, updatedAt: NOW, deletedAt: null });
    expect(copy.workshop.scope).toEqual({ ...original.workshop.scope, title: 'Copy' });
    const sameTitle = copyWorkshopContent(original, { newId: counter(), now: NOW });
    expect(sameTitle.workshop.scope).toEqual(original.workshop.scope);
  });

  it('keeps every item’s own dates, so the copy lists items in the same order', () => {
    const original = makeContent();
    // Two cards in the same place in the list: only their creation times order them.
    const cards = original.cards.map((c, i) => ({
      ...c,
      order: 1,
      createdAt: `2026-01-0${String(9 - i)}T00:00:00.000Z`,
    }));
    const copy = copyWorkshopContent({ ...original, cards }, { newId: counter(), now: NOW });
    const texts = (
      list: readonly { text: string; order: number; createdAt: string; id: string }[],
    ) => [...list].sort(compareListOrder).map((c) => c.text);
    expect(texts(copy.cards)).toEqual(texts(cards));
    expect(copy.cards.map((c) => [c.createdAt, c.updatedAt])).toEqual(
      cards.map((c) => [c.createdAt, c.updatedAt]),
    );
    const notes = (c: typeof original) =>
      c.actions.map((a) => a.progressNotes.map(({ date, text }) => ({ date, text })));
    expect(notes(copy)).toEqual(notes(original));
  });

  it('produces content that saves and opens without repairs', () => {
    const copy = copyWorkshopContent(makeContent(), { newId: counter(), now: SAVE_OPTIONS.now });
    expect(expectOk(restorePlan(serialisePlan(copy, SAVE_OPTIONS))).repairs).toEqual([]);
  });
});
