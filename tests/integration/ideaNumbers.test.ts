/**
 * One idea number everywhere (issue 8 item 3), through the real store and database: numbers
 * survive moving, reordering, deleting other ideas, a restart, a plan file round trip and an
 * import; a deleted idea's number is never given again; deleting an idea unlinks it from
 * actions and Undo brings both back (item 4).
 */
import { describe, expect, it } from 'vitest';
import type { Card } from '@shared/domain';
import { restorePlan, serialisePlan } from '@shared/planfile';
import { contentOf } from '../../renderer/src/features/files/currentContent';
import { remapForImport } from '../../renderer/src/features/files/importPlan';
import { makeTestApp, restartTestApp, type TestApp } from '../helpers/appStore';

const open = async (app: TestApp): Promise<string> => {
  const s = app.store.getState;
  await s().loadLibrary();
  const created = await s().createWorkshop('Cardiology workforce');
  if (!created.ok) throw new Error('could not create the workshop');
  await s().openWorkshop(created.value.id);
  return created.value.id;
};

const add = (app: TestApp, text: string, point: Card['point'] = 'supply'): Card => {
  const r = app.store.getState().addCard('idea', point, text);
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.value;
};

/** Idea text → number, as the store holds them. */
const numbers = (cards: readonly Card[]): Record<string, number | null> =>
  Object.fromEntries(cards.filter((c) => c.kind === 'idea').map((c) => [c.text, c.number]));

describe('idea numbers in the store', () => {
  it('are given on capture, kept through moves and deletes, and never given again', async () => {
    const app = await (async () => {
      const a = makeTestApp();
      await open(a);
      return a;
    })();
    const s = app.store.getState;
    const gap = s().addCard('gap', 'supply', 'Too few registrars overnight');
    expect(gap.ok && gap.value.number).toBeNull();
    const a = add(app, 'Advanced clinical practitioners', 'upskilling');
    const b = add(app, 'Physician associates', 'new-roles');
    const c = add(app, 'Rota redesign', 'new-ways');
    expect(numbers(s().cards)).toEqual({
      'Advanced clinical practitioners': 1,
      'Physician associates': 2,
      'Rota redesign': 3,
    });

    expect(s().updateCard(a.id, { point: 'leadership' }).ok).toBe(true);
    s().moveCardInList(c.id, 'up');
    s().deleteCard(b.id);
    s().deleteCard(c.id); // the highest number: still never given again
    const d = add(app, 'Return to practice');
    expect(numbers(s().cards)).toEqual({
      'Advanced clinical practitioners': 1,
      'Return to practice': 4,
    });

    // Undo the new idea and both deletes: every idea is back under its own number.
    s().undo();
    s().undo();
    s().undo();
    expect(numbers(s().cards)).toEqual({
      'Advanced clinical practitioners': 1,
      'Physician associates': 2,
      'Rota redesign': 3,
    });
    s().redo();
    s().redo();
    s().redo();
    expect(s().cards.find((x) => x.text === d.text)?.number).toBe(4);

    expect(await s().flushSaves()).toBe(true);
    const again = restartTestApp(app);
    await again.store.getState().loadLibrary();
    await again.store.getState().openWorkshop(a.workshopId);
    expect(numbers(again.store.getState().cards)).toEqual({
      'Advanced clinical practitioners': 1,
      'Return to practice': 4,
    });
    expect(add(again, 'International recruitment').number).toBe(5);
  });

  it('keep their numbers through a plan file round trip and an import as a new workshop', async () => {
    const app = makeTestApp();
    await open(app);
    const s = app.store.getState;
    const first = add(app, 'Advanced clinical practitioners', 'upskilling');
    add(app, 'Physician associates', 'new-roles');
    add(app, 'Rota redesign', 'supply');
    s().deleteCard(first.id);
    const action = s().addAction({ title: 'Workforce business case', points: ['supply'] });
    if (!action.ok) throw new Error('no action');
    const linkTo = s()
      .cards.filter((c) => c.kind === 'idea')
      .map((c) => c.id);
    expect(s().updateAction(action.value.id, { ideaIds: linkTo }).ok).toBe(true);
    const content = contentOf(s());
    if (!content) throw new Error('no content');

    const text = serialisePlan(content, {
      anonymise: false,
      now: '2026-11-30T12:00:00.000Z',
      appVersion: '0.2.0',
    });
    const restored = restorePlan(text);
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.repairs).toEqual([]);
    expect(numbers(restored.plan.content.cards)).toEqual({
      'Physician associates': 2,
      'Rota redesign': 3,
    });

    // Import goes through the store like any edit (one commit, one transaction).
    const copy = remapForImport(restored.plan.content, app.deps.newId, app.deps.now());
    const added = await app.store.getState().addWorkshopCopy(copy, 'Import workshop');
    expect(added.ok).toBe(true);
    const imported = copy.workshop;
    const cards = await app.db.cards.where('workshopId').equals(imported.id).toArray();
    const [copied] = await app.db.actions.where('workshopId').equals(imported.id).toArray();
    expect(numbers(cards)).toEqual({ 'Physician associates': 2, 'Rota redesign': 3 });
    expect(imported.lastIdeaNumber).toBe(3);
    // The copy's links point at the copy's own ideas, not the original's.
    expect(new Set(copied?.ideaIds)).toEqual(
      new Set(cards.filter((c) => c.kind === 'idea').map((c) => c.id)),
    );
  });
});

describe('links between actions and ideas in the store', () => {
  it('deleting an idea unlinks it from every action, and Undo restores the idea and its links', async () => {
    const app = makeTestApp();
    await open(app);
    const s = app.store.getState;
    const a = add(app, 'Physician associates');
    const b = add(app, 'Rota redesign');
    const one = s().addAction({
      title: 'Business case',
      points: ['supply'],
      ideaIds: [a.id, b.id],
    });
    const two = s().addAction({ title: 'Job plans', points: ['new-ways'], ideaIds: [a.id] });
    if (!one.ok || !two.ok) throw new Error('no actions');

    s().deleteCard(a.id);
    const links = () => s().actions.map((x) => [x.title, x.ideaIds]);
    expect(links()).toEqual([
      ['Business case', [b.id]],
      ['Job plans', []],
    ]);
    expect(s().undo()).toBe('Delete card');
    expect(links()).toEqual([
      ['Business case', [a.id, b.id]],
      ['Job plans', [a.id]],
    ]);
    expect(await s().flushSaves()).toBe(true);
    const stored = await app.db.actions.toArray();
    expect(stored.map((x) => x.ideaIds.length).sort()).toEqual([1, 2]);
  });

  it('duplicating a workshop keeps idea numbers and points the copy’s links at its own ideas', async () => {
    const app = makeTestApp();
    const id = await open(app);
    const s = app.store.getState;
    add(app, 'Physician associates');
    const b = add(app, 'Rota redesign');
    const made = s().addAction({ title: 'Business case', points: ['supply'], ideaIds: [b.id] });
    if (!made.ok) throw new Error('no action');
    expect(await s().flushSaves()).toBe(true);

    const copy = await s().duplicateWorkshop(id);
    if (!copy.ok) throw new Error('no copy');
    const cards = await app.db.cards.where('workshopId').equals(copy.value.id).toArray();
    const [action] = await app.db.actions.where('workshopId').equals(copy.value.id).toArray();
    expect(numbers(cards)).toEqual({ 'Physician associates': 1, 'Rota redesign': 2 });
    expect(action?.ideaIds).toEqual([cards.find((c) => c.text === 'Rota redesign')?.id]);
    expect(action?.ideaIds).not.toEqual([b.id]);
  });
});
