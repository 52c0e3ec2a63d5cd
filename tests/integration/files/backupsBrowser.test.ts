// Backups in the browser build: their own IndexedDB database (the app's schema is untouched),
// the newest 10 per workshop, nothing older than 14 days; and the snapshot rule — a snapshot
// only after the open workshop has actually changed.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { WorkshopContent } from '@shared/domain';
import {
  addSnapshot,
  BackupsDatabase,
  BROWSER_BACKUPS_PER_WORKSHOP,
  listSnapshots,
  readSnapshot,
  type SnapshotRow,
} from '../../../renderer/src/db/backupsDatabase';
import { createBrowserBackups } from '../../../renderer/src/platform/backups';
import { createSnapshotter } from '../../../renderer/src/features/files/backups/snapshotter';
import { DB_NAME } from '../../../renderer/src/db';
import { makeContent } from '../../helpers/planFactory';

let dbCount = 0;
const freshDb = (): BackupsDatabase =>
  new BackupsDatabase(`backups-test-${String((dbCount += 1))}`);
const DAY = 24 * 60 * 60 * 1000;

const row = (workshopId: string, savedAt: Date, title = 'Plan'): Omit<SnapshotRow, 'id'> => ({
  workshopId,
  title,
  organisation: 'Trust',
  savedAt: savedAt.toISOString(),
  counts: { participants: 1, cards: 2, actions: 3 },
  data: `plan ${title}`,
});

describe('browser backups database', () => {
  it('is a separate database from the app’s', () => {
    expect(new BackupsDatabase().name).not.toBe(DB_NAME);
    expect(new BackupsDatabase().name).toBe('star-workshop-backups');
  });

  it('keeps the newest snapshots per workshop and lists them newest first without their text', async () => {
    const db = freshDb();
    const start = Date.parse('2026-11-23T09:00:00.000Z');
    for (let i = 0; i < BROWSER_BACKUPS_PER_WORKSHOP + 3; i += 1) {
      const at = new Date(start + i * 5 * 60_000);
      await addSnapshot(db, row('ws-1', at, `v${String(i)}`), at);
    }
    await addSnapshot(db, row('ws-2', new Date(start), 'other'), new Date(start));
    const mine = await listSnapshots(db, 'ws-1');
    expect(mine).toHaveLength(BROWSER_BACKUPS_PER_WORKSHOP);
    expect(mine[0]?.title).toBe(`v${String(BROWSER_BACKUPS_PER_WORKSHOP + 2)}`);
    expect(mine.at(-1)?.title).toBe('v3');
    expect(mine[0]).not.toHaveProperty('data');
    expect(await listSnapshots(db, 'ws-2')).toHaveLength(1);
    expect(await listSnapshots(db, null)).toHaveLength(BROWSER_BACKUPS_PER_WORKSHOP + 1);
    const id = mine[0]?.id;
    expect(id).toBeDefined();
    expect(await readSnapshot(db, id ?? -1)).toBe(
      `plan v${String(BROWSER_BACKUPS_PER_WORKSHOP + 2)}`,
    );
    expect(await readSnapshot(db, 99_999)).toBeNull();
    db.close();
    await Dexie.delete(db.name);
  });

  it('drops snapshots older than 14 days, of any workshop', async () => {
    const db = freshDb();
    const now = new Date('2026-12-20T09:00:00.000Z');
    await addSnapshot(db, row('old', new Date(now.getTime() - 15 * DAY), 'old'), now);
    await addSnapshot(db, row('recent', new Date(now.getTime() - 13 * DAY), 'recent'), now);
    await addSnapshot(db, row('ws-1', now, 'new'), now);
    expect((await listSnapshots(db, null)).map((s) => s.title)).toEqual(['new', 'recent']);
    db.close();
  });
});

describe('the browser platform’s backups', () => {
  it('keeps a snapshot, lists it without its text and reads it back as a plan file', async () => {
    const db = freshDb();
    const at = new Date('2026-11-23T09:00:00.000Z');
    const backups = createBrowserBackups(
      () => db,
      () => at,
    );
    expect(backups.description).toBe(
      'This browser keeps the last 10 copies of each workshop, taken every 5 minutes while it changes, for 14 days.',
    );
    expect(await backups.write(row('ws-1', at, 'Frailty'))).toEqual({ ok: true });
    const [item] = await backups.list('ws-1');
    expect(item).toMatchObject({ workshopId: 'ws-1', title: 'Frailty', counts: { cards: 2 } });
    expect(item).not.toHaveProperty('data');
    if (!item) return;
    const opened = await backups.read(item);
    expect(opened).toMatchObject({ status: 'opened', name: 'Frailty (backup)' });
    if (opened.status === 'opened')
      expect(new TextDecoder().decode(opened.bytes)).toBe('plan Frailty');
    expect(await backups.read({ ...item, key: '99999' })).toMatchObject({ status: 'failed' });
    db.close();
  });

  it('says so when the snapshot cannot be stored', async () => {
    const db = freshDb();
    db.close({ disableAutoOpen: true });
    const backups = createBrowserBackups(() => db);
    expect(await backups.write(row('ws-1', new Date()))).toEqual({
      ok: false,
      reason: 'The backup could not be stored in this browser.',
    });
    expect(await backups.list(null)).toEqual([]);
  });
});

describe('when to snapshot', () => {
  const edit = (c: WorkshopContent, title: string): WorkshopContent => ({
    ...c,
    workshop: { ...c.workshop, scope: { ...c.workshop.scope, title } },
  });

  it('does not snapshot a workshop that was only opened', async () => {
    const write = vi.fn(() => Promise.resolve({ ok: true }));
    const s = createSnapshotter(write);
    s.observe(null);
    s.observe(makeContent());
    expect(await s.takeIfChanged()).toBe('unchanged');
    expect(write).not.toHaveBeenCalled();
  });

  it('snapshots after a change, once, and again only after the next change', async () => {
    const write = vi.fn((_c: WorkshopContent) => Promise.resolve({ ok: true }));
    const s = createSnapshotter(write);
    const opened = makeContent();
    s.observe(opened);
    const edited = edit(opened, 'Renamed');
    s.observe(edited);
    expect(await s.takeIfChanged()).toBe('written');
    expect(write).toHaveBeenCalledWith(edited);
    expect(await s.takeIfChanged()).toBe('unchanged');
    s.observe(edit(edited, 'Renamed again'));
    expect(await s.takeIfChanged()).toBe('written');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('treats opening another workshop as a fresh start, not a change', async () => {
    const write = vi.fn(() => Promise.resolve({ ok: true }));
    const s = createSnapshotter(write);
    const a = makeContent();
    s.observe(a);
    s.observe({ ...a, workshop: { ...a.workshop, id: 'ws-other' } });
    expect(await s.takeIfChanged()).toBe('unchanged');
  });

  it('keeps the change pending when a write fails, and tries again next time', async () => {
    const write = vi
      .fn<(c: WorkshopContent) => Promise<{ ok: boolean }>>()
      .mockResolvedValueOnce({ ok: false })
      .mockResolvedValueOnce({ ok: true });
    const s = createSnapshotter(write);
    const a = makeContent();
    s.observe(a);
    s.observe(edit(a, 'Changed'));
    expect(await s.takeIfChanged()).toBe('failed');
    expect(await s.takeIfChanged()).toBe('written');
  });
});
