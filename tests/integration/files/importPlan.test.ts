// Importing a plan file into a real (fake-indexeddb) database: it always adds a NEW workshop
// with new ids everywhere and links kept, never changes or removes what was there, and what
// comes back out through the serialiser is the plan that went in.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkshopContent } from '@shared/domain';
import { restorePlan, serialisePlan, type RestoreSuccess } from '@shared/planfile';
import { contentOf } from '../../../renderer/src/features/files/currentContent';
import { remapForImport } from '../../../renderer/src/features/files/importPlan';
import { importIntoLibrary } from '../../../renderer/src/features/files/importWorkshop';
import { makeTestApp } from '../../helpers/appStore';
import { makeContent } from '../../helpers/planFactory';

const fixture = async (name: string): Promise<RestoreSuccess> => {
  const bytes = await readFile(
    fileURLToPath(new URL(`../../fixtures/planfiles/${name}`, import.meta.url)),
  );
  const result = restorePlan(new Uint8Array(bytes));
  if (!result.ok) throw new Error(result.error.message);
  return result;
};

/** Content with ids replaced by their position, so two copies under different ids compare equal. */
const shape = (c: WorkshopContent): unknown => {
  const cardIndex = new Map(c.cards.map((card, i) => [card.id, `card-${String(i)}`]));
  return {
    workshop: { ...c.workshop, id: 'W', createdAt: 'T', updatedAt: 'T', deletedAt: null },
    participants: c.participants.map((p) => ({ ...p, id: 'P', workshopId: 'W' })),
    cards: c.cards.map((card) => ({ ...card, id: cardIndex.get(card.id), workshopId: 'W' })),
    actions: c.actions.map((a) => ({
      ...a,
      id: 'A',
      workshopId: 'W',
      ideaIds: a.ideaIds.map((id) => cardIndex.get(id) ?? 'dangling'),
      progressNotes: a.progressNotes.map((n) => ({ ...n, id: 'N' })),
    })),
  };
};

const allIds = (c: WorkshopContent): string[] => [
  c.workshop.id,
  ...c.participants.map((p) => p.id),
  ...c.cards.map((x) => x.id),
  ...c.actions.map((a) => a.id),
  ...c.actions.flatMap((a) => a.progressNotes.map((n) => n.id)),
];

describe('remapping a plan for import', () => {
  it('gives every item a new id, points links at the new ids and brings a trashed plan back to life', () => {
    const source = makeContent();
    const linked: WorkshopContent = {
      ...source,
      workshop: { ...source.workshop, deletedAt: '2025-03-13T10:00:00.000Z' },
      actions: source.actions.map((a) => ({ ...a, ideaIds: [source.cards[0]?.id ?? ''] })),
    };
    let n = 0;
    const copy = remapForImport(
      linked,
      () => `new-${String((n += 1))}`,
      '2026-11-23T10:00:00.000Z',
    );
    const oldIds = new Set(allIds(linked));
    for (const id of allIds(copy)) expect(oldIds.has(id), id).toBe(false);
    expect(new Set(allIds(copy)).size).toBe(allIds(copy).length);
    expect(copy.workshop.deletedAt).toBeNull();
    expect(copy.workshop.createdAt).toBe('2026-11-23T10:00:00.000Z');
    for (const item of [...copy.participants, ...copy.cards, ...copy.actions]) {
      expect(item.workshopId).toBe(copy.workshop.id);
    }
    for (const action of copy.actions) expect(action.ideaIds).toEqual([copy.cards[0]?.id]);
    expect(shape(copy)).toEqual(shape(linked));
  });
});

describe('importing into the library', () => {
  it('adds a new workshop and leaves every existing workshop and item exactly as it was', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    // An existing workshop with the SAME ids as the file: importing must not overwrite it.
    const existing = makeContent();
    await app.db.transaction(
      'rw',
      [app.db.workshops, app.db.participants, app.db.cards, app.db.actions],
      async () => {
        await app.db.workshops.put(existing.workshop);
        await app.db.participants.bulkPut([...existing.participants]);
        await app.db.cards.bulkPut([...existing.cards]);
        await app.db.actions.bulkPut([...existing.actions]);
      },
    );
    await app.store.getState().loadLibrary();
    const before = {
      workshops: await app.db.workshops.toArray(),
      participants: await app.db.participants.toArray(),
      cards: await app.db.cards.toArray(),
      actions: await app.db.actions.toArray(),
    };

    const file = await fixture('v1-frailty-workshop.heestar');
    const first = await importIntoLibrary(file.plan.content);
    const second = await importIntoLibrary(file.plan.content);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;

    // Everything that was there is still there, unchanged.
    for (const w of before.workshops) expect(await app.db.workshops.get(w.id)).toEqual(w);
    for (const p of before.participants) expect(await app.db.participants.get(p.id)).toEqual(p);
    for (const c of before.cards) expect(await app.db.cards.get(c.id)).toEqual(c);
    for (const a of before.actions) expect(await app.db.actions.get(a.id)).toEqual(a);

    // Two imports of one file are two new workshops, with ids of their own.
    expect(first.workshop.id).not.toBe(second.workshop.id);
    expect(await app.db.workshops.count()).toBe(before.workshops.length + 2);
    const content = file.plan.content;
    expect(await app.db.cards.where('workshopId').equals(first.workshop.id).count()).toBe(
      content.cards.length,
    );
    expect(await app.db.cards.count()).toBe(before.cards.length + 2 * content.cards.length);
    const fileIds = new Set(allIds(content));
    const newCards = await app.db.cards.where('workshopId').equals(first.workshop.id).toArray();
    for (const card of newCards) expect(fileIds.has(card.id)).toBe(false);

    // The library in the store lists them: they were committed through it.
    const listed = app.store.getState().workshops.map((w) => w.id);
    expect(listed).toEqual(
      expect.arrayContaining([first.workshop.id, second.workshop.id, existing.workshop.id]),
    );
  });

  it('writes all or nothing: when the write fails, nothing is imported or listed', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    // The database goes away under the app (as when storage is cleared or fails).
    app.db.close({ disableAutoOpen: true });
    const imported = await importIntoLibrary(makeContent());
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.message).toMatch(/^Nothing was imported\. /);
    expect(app.store.getState().workshops).toEqual([]);

    await app.db.open();
    expect(await app.db.workshops.count()).toBe(0);
    expect(await app.db.participants.count()).toBe(0);
    expect(await app.db.cards.count()).toBe(0);
    expect(await app.db.actions.count()).toBe(0);
  });
});

describe('import then save', () => {
  it('serialises an imported workshop back to the same plan, with a valid checksum', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    const file = await fixture('v1-frailty-workshop.heestar');
    const imported = await importIntoLibrary(file.plan.content);
    if (!imported.ok) throw new Error(imported.message);
    await app.store.getState().openWorkshop(imported.workshop.id);
    const open = contentOf(app.store.getState());
    expect(open).not.toBeNull();
    if (!open) return;

    const text = serialisePlan(open, {
      anonymise: false,
      now: '2026-11-23T11:00:00.000Z',
      appVersion: '0.1.0',
    });
    const again = restorePlan(text);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.checksum).toBe('valid');
    expect(again.repairs).toEqual([]);
    expect(again.plan.content.workshop.id).toBe(imported.workshop.id);
    expect(shape(again.plan.content)).toEqual(shape(file.plan.content));
  });
});
