import { describe, expect, it } from 'vitest';
import { makeTestApp, restartTestApp } from '../helpers/appStore';

describe('workshop library and scope, on a real IndexedDB', () => {
  it('creates a workshop, edits its scope, and finds it intact after a restart', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    const created = await app.store
      .getState()
      .createWorkshop('  Emergency department medical workforce  ');
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    await app.store.getState().openWorkshop(created.value.id);
    expect(
      app.store.getState().updateScope({ service: 'Urgent and emergency care', date: '2026-12-01' })
        .ok,
    ).toBe(true);
    expect(
      app.store.getState().updateScope({ challenge: 'Too few middle-grade doctors overnight.' }).ok,
    ).toBe(true);
    expect(await app.store.getState().flushSaves()).toBe(true);
    expect(app.store.getState().save.state).toBe('saved');

    const again = restartTestApp(app);
    await again.store.getState().loadLibrary();
    const [w] = again.store.getState().workshops;
    expect(w?.scope).toMatchObject({
      title: 'Emergency department medical workforce',
      service: 'Urgent and emergency care',
      date: '2026-12-01',
      challenge: 'Too few middle-grade doctors overnight.',
    });
  });

  it('refuses an empty title with a specific message and saves nothing half-done', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    const empty = await app.store.getState().createWorkshop('   ');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors[0]?.message).toBe('Enter a workshop title');
    expect(await app.db.workshops.count()).toBe(0);

    const created = await app.store.getState().createWorkshop('Stroke');
    if (!created.ok) throw new Error('create failed');
    await app.store.getState().openWorkshop(created.value.id);
    const bad = app.store.getState().updateScope({ title: '' });
    expect(bad.ok).toBe(false);
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(created.value.id))?.scope.title).toBe('Stroke');
  });

  it('moves to the Trash, restores, and deletes forever only from the Trash', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    const r = await app.store.getState().createWorkshop('Maternity');
    if (!r.ok) throw new Error('create failed');
    const id = r.value.id;

    await app.store.getState().deleteWorkshopForever(id); // not in the Trash: refused
    expect(await app.db.workshops.get(id)).toBeDefined();

    await app.store.getState().trashWorkshop(id);
    expect((await app.db.workshops.get(id))?.deletedAt).not.toBeNull();
    await app.store.getState().restoreWorkshop(id);
    expect((await app.db.workshops.get(id))?.deletedAt).toBeNull();

    await app.store.getState().trashWorkshop(id);
    await app.store.getState().deleteWorkshopForever(id);
    expect(await app.db.workshops.get(id)).toBeUndefined();
    expect(app.store.getState().workshops).toHaveLength(0);
  });

  it('renames and duplicates with a unique copy title', async () => {
    const app = makeTestApp();
    await app.store.getState().loadLibrary();
    const r = await app.store.getState().createWorkshop('Diagnostics');
    if (!r.ok) throw new Error('create failed');
    expect(app.store.getState().renameWorkshop(r.value.id, 'Diagnostics hub').ok).toBe(true);
    const copy = await app.store.getState().duplicateWorkshop(r.value.id);
    const copy2 = await app.store.getState().duplicateWorkshop(r.value.id);
    expect(copy.ok && copy.value.scope.title).toBe('Diagnostics hub (copy)');
    expect(copy2.ok && copy2.value.scope.title).toBe('Diagnostics hub (copy 2)');
    expect(await app.db.workshops.count()).toBe(3);
  });

  it('reports a row that fails validation instead of crashing or deleting it', async () => {
    const app = makeTestApp();
    await app.db.open();
    await app.db.workshops.put({ id: 'broken', scope: { title: '' } } as never);
    await app.store.getState().loadLibrary();
    expect(app.store.getState().libraryStatus).toBe('ready');
    expect(app.store.getState().workshops).toHaveLength(0);
    expect(app.store.getState().invalidRows[0]?.id).toBe('broken');
    expect(await app.db.workshops.get('broken')).toBeDefined();
  });

  it('shows a clear failure when the database was written by a newer version', async () => {
    const name = `newer-${String(Date.now())}`;
    const { default: Dexie } = await import('dexie');
    const newer = new Dexie(name);
    newer.version(5).stores({ workshops: 'id' });
    await newer.open();
    newer.close();
    const app = makeTestApp(name);
    await app.store.getState().loadLibrary();
    expect(app.store.getState().libraryStatus).toBe('failed');
    expect(app.store.getState().startupFailure?.problem).toBe('newer-version');
    expect(app.store.getState().startupFailure?.nextStep).toMatch(/Install the latest version/);
  });
});
