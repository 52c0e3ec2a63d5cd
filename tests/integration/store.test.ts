import { describe, expect, it, vi } from 'vitest';
import { makeTestApp, restartTestApp, type TestApp } from '../helpers/appStore';
import { StarDatabase } from '../../renderer/src/db/schema';
import { createAppStore, type AppStore } from '../../renderer/src/store';
import type { LibrarySync } from '../../renderer/src/platform/workshopPresence';

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

/** A second window (or tab) of the same profile: its own store on the same database. */
const secondWindow = (app: TestApp): AppStore =>
  createAppStore({ ...app.deps, db: new StarDatabase(app.db.name) });

/** One window editing a workshop, a second on Home: the state issue 9 item 5 is about. */
const editingAndHome = async (): Promise<{
  editor: AppStore;
  home: AppStore;
  db: StarDatabase;
  id: string;
}> => {
  const app = makeTestApp();
  const editor = app.store;
  await editor.getState().loadLibrary();
  const created = await editor.getState().createWorkshop('Stroke');
  if (!created.ok) throw new Error('create failed');
  await editor.getState().openWorkshop(created.value.id);
  const home = secondWindow(app);
  await home.getState().loadLibrary();
  return { editor, home, db: app.db, id: created.value.id };
};

describe('Home in one window while another window edits the workshop', () => {
  it('keeps a rename made on Home when the editing window saves its next scope edit', async () => {
    const { editor, home, db, id } = await editingAndHome();
    expect(home.getState().renameWorkshop(id, 'Stroke pathway').ok).toBe(true);
    expect(await home.getState().flushSaves()).toBe(true);

    expect(editor.getState().updateScope({ service: 'Hyper-acute stroke unit' }).ok).toBe(true);
    expect(await editor.getState().flushSaves()).toBe(true);

    const row = await db.workshops.get(id);
    expect(row?.scope).toMatchObject({
      title: 'Stroke pathway',
      service: 'Hyper-acute stroke unit',
    });
    await home.getState().loadLibrary();
    expect(home.getState().workshops[0]?.scope).toMatchObject({
      title: 'Stroke pathway',
      service: 'Hyper-acute stroke unit',
    });
  });

  it('keeps a workshop in the Trash when the editing window saves its next scope edit', async () => {
    const { editor, home, db, id } = await editingAndHome();
    await home.getState().trashWorkshop(id);

    editor.getState().setStepNote('scope', 'Agreed with the stroke network');
    expect(await editor.getState().flushSaves()).toBe(true);

    const row = await db.workshops.get(id);
    expect(row?.deletedAt).not.toBeNull();
    expect(row?.stepNotes.scope).toBe('Agreed with the stroke network');
    await home.getState().loadLibrary();
    expect(home.getState().workshops.find((w) => w.id === id)?.deletedAt).not.toBeNull();
  });

  it('keeps a rename when the editing window undoes its own edit made before it', async () => {
    const { editor, home, db, id } = await editingAndHome();
    editor.getState().updateScope({ service: 'Stroke unit' });
    expect(await editor.getState().flushSaves()).toBe(true);
    home.getState().renameWorkshop(id, 'Stroke pathway');
    expect(await home.getState().flushSaves()).toBe(true);

    expect(editor.getState().undo()).toBe('Edit scope');
    expect(await editor.getState().flushSaves()).toBe(true);
    const row = await db.workshops.get(id);
    expect(row?.scope.title).toBe('Stroke pathway');
    expect(row?.scope.service).toBe('');
  });

  it('shows the editing window the rename once it is told another window changed the workshop', async () => {
    const { editor, home, id } = await editingAndHome();
    home.getState().renameWorkshop(id, 'Stroke pathway');
    expect(await home.getState().flushSaves()).toBe(true);
    await editor.getState().reloadWorkshop();
    expect(editor.getState().workshops.find((w) => w.id === id)?.scope.title).toBe(
      'Stroke pathway',
    );
  });

  it('makes no library edit from a window that only follows another window', async () => {
    const { home, db, id } = await editingAndHome();
    home.getState().setEditAccess('following');
    home.getState().renameWorkshop(id, 'Stroke pathway');
    await home.getState().trashWorkshop(id);
    await home.getState().flushSaves();
    const row = await db.workshops.get(id);
    expect(row?.scope.title).toBe('Stroke');
  });
});

/** Windows of one profile, each hearing the others' announcements, as BroadcastChannel does. */
const makeChannel = (): (() => LibrarySync) => {
  const windows: ((id: string) => void)[][] = [];
  return () => {
    const mine: ((id: string) => void)[] = [];
    windows.push(mine);
    return {
      announce: (id) => {
        for (const other of windows) if (other !== mine) for (const listener of other) listener(id);
      },
      subscribe: (listener) => {
        mine.push(listener);
        return () => void mine.splice(mine.indexOf(listener), 1);
      },
    };
  };
};

describe('the library in every window follows saves made in the others', () => {
  it('shows a rename, a move to the Trash and a new workshop made in another window', async () => {
    const app = makeTestApp();
    const channel = makeChannel();
    const first = createAppStore({ ...app.deps, sync: channel() });
    const second = createAppStore({
      ...app.deps,
      db: new StarDatabase(app.db.name),
      sync: channel(),
    });
    await first.getState().loadLibrary();
    await second.getState().loadLibrary();
    const created = await first.getState().createWorkshop('Stroke');
    if (!created.ok) throw new Error('create failed');
    const titles = (store: AppStore) =>
      store
        .getState()
        .workshops.filter((w) => w.deletedAt === null)
        .map((w) => w.scope.title);
    await vi.waitFor(() => {
      expect(titles(second)).toEqual(['Stroke']);
    });

    second.getState().renameWorkshop(created.value.id, 'Stroke pathway');
    await vi.waitFor(() => {
      expect(titles(first)).toEqual(['Stroke pathway']);
    });
    await second.getState().trashWorkshop(created.value.id);
    await vi.waitFor(() => {
      expect(titles(first)).toEqual([]);
    });
  });
});
