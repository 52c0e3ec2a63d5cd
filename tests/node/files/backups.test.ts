// Automatic backups on real temporary folders with a fake clock: snapshots are written whole,
// listed newest first with their counts, refused when they are not plans, and deleted after
// 14 days — never before.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { restorePlan, serialisePlan } from '@shared/planfile';
import {
  BACKUP_RETENTION_DAYS,
  createBackups,
  fileNameFor,
  folderFor,
  timeOfFileName,
} from '../../../electron/main/services/backups';
import { makeContent } from '../../helpers/planFactory';

let root: string;
let clock: Date;
const now = (): Date => clock;
const DAY = 24 * 60 * 60 * 1000;

const planText = (title = 'Frailty pathway workforce'): string => {
  const content = makeContent();
  return serialisePlan(
    { ...content, workshop: { ...content.workshop, scope: { ...content.workshop.scope, title } } },
    { anonymise: false, now: clock.toISOString(), appVersion: '0.1.0' },
  );
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'star-backups-'));
  clock = new Date('2026-11-23T09:00:00.000Z');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('backup file names', () => {
  it('round-trips a time through a name that is safe on every file system', () => {
    const name = fileNameFor(clock);
    expect(name).toBe('2026-11-23T09-00-00-000Z.heestar');
    expect(name).not.toMatch(/[:<>"/\\|?*]/);
    expect(timeOfFileName(name)?.toISOString()).toBe(clock.toISOString());
    expect(timeOfFileName('notes.txt')).toBeNull();
    expect(timeOfFileName('../2026-11-23T09-00-00-000Z.heestar')).toBeNull();
  });

  it('uses the workshop id as the folder only when it is a safe name', () => {
    expect(folderFor('3f1c-aa_9')).toBe('3f1c-aa_9');
    const hashed = folderFor('../../etc');
    expect(hashed).toMatch(/^h-[0-9a-f]{40}$/);
    expect(folderFor('../../etc')).toBe(hashed);
  });
});

describe('writing and listing', () => {
  it('writes a complete plan under <root>/<workshop>/<time>.heestar and lists it with counts', async () => {
    const backups = createBackups({ root, now });
    const data = planText();
    const outcome = await backups.write('ws-1', data);
    expect(outcome).toMatchObject({ status: 'saved', savedAt: clock.toISOString() });

    const files = await readdir(path.join(root, 'ws-1'));
    expect(files.sort()).toEqual([
      '2026-11-23T09-00-00-000Z.heestar',
      '2026-11-23T09-00-00-000Z.json',
    ]);
    const written = await readFile(
      path.join(root, 'ws-1', '2026-11-23T09-00-00-000Z.heestar'),
      'utf8',
    );
    expect(written).toBe(data);
    expect(restorePlan(written).ok).toBe(true);

    const content = makeContent();
    expect(await backups.list('ws-1')).toEqual([
      {
        folder: 'ws-1',
        fileName: '2026-11-23T09-00-00-000Z.heestar',
        workshopId: 'ws-1',
        title: 'Frailty pathway workforce',
        organisation: content.workshop.scope.organisation,
        savedAt: clock.toISOString(),
        counts: {
          participants: content.participants.length,
          cards: content.cards.length,
          actions: content.actions.length,
        },
      },
    ]);
  });

  it('lists newest first, across workshops when asked for all', async () => {
    const backups = createBackups({ root, now });
    await backups.write('ws-1', planText('First'));
    clock = new Date(clock.getTime() + 5 * 60_000);
    await backups.write('ws-2', planText('Second'));
    clock = new Date(clock.getTime() + 5 * 60_000);
    await backups.write('ws-1', planText('Third'));

    expect((await backups.list(null)).map((b) => b.title)).toEqual(['Third', 'Second', 'First']);
    expect((await backups.list('ws-1')).map((b) => b.title)).toEqual(['Third', 'First']);
    expect(await backups.list('nobody')).toEqual([]);
  });

  it('rebuilds the listing from the plan when its sidecar is missing or damaged', async () => {
    const backups = createBackups({ root, now });
    await backups.write('ws-1', planText('Sidecar lost'));
    await writeFile(path.join(root, 'ws-1', '2026-11-23T09-00-00-000Z.json'), '{not json');
    const [entry] = await backups.list('ws-1');
    expect(entry?.title).toBe('Sidecar lost');
    expect(entry?.counts.cards).toBe(makeContent().cards.length);
  });

  it('refuses a snapshot that is not a valid plan and writes nothing', async () => {
    const backups = createBackups({ root, now });
    const outcome = await backups.write('ws-1', '{"type":"something-else"}');
    expect(outcome.status).toBe('failed');
    expect(outcome.status === 'failed' && outcome.reason).toMatch(/not a valid plan/);
    expect(await readdir(root)).toEqual([]);
  });

  it('reports a failed write and leaves no half-written backup behind', async () => {
    const backups = createBackups({
      root,
      now,
      write: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    });
    const outcome = await backups.write('ws-1', planText());
    expect(outcome).toEqual({
      status: 'failed',
      reason: 'The backup could not be written (ENOSPC).',
    });
    expect(await backups.list('ws-1')).toEqual([]);
  });

  it('leaves no temporary files after real atomic writes', async () => {
    const backups = createBackups({ root, now });
    for (let i = 0; i < 3; i += 1) {
      clock = new Date(clock.getTime() + 60_000);
      await backups.write('ws-1', planText());
    }
    const names = await readdir(path.join(root, 'ws-1'));
    expect(names.filter((n) => n.endsWith('.tmp') || n.startsWith('.'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.heestar'))).toHaveLength(3);
  });

  it('resolves only backup names inside the root', () => {
    const backups = createBackups({ root, now });
    expect(backups.pathOf({ folder: 'ws-1', fileName: '2026-11-23T09-00-00-000Z.heestar' })).toBe(
      path.join(root, 'ws-1', '2026-11-23T09-00-00-000Z.heestar'),
    );
    expect(
      backups.pathOf({ folder: '..', fileName: '2026-11-23T09-00-00-000Z.heestar' }),
    ).toBeNull();
    expect(backups.pathOf({ folder: 'ws-1', fileName: '../../secret.heestar' })).toBeNull();
  });
});

describe('pruning after 14 days', () => {
  it('deletes snapshots older than the retention period and keeps the rest', async () => {
    expect(BACKUP_RETENTION_DAYS).toBe(14);
    const start = clock.getTime();
    // Set up with a long retention, so writing (which also prunes) keeps everything.
    const setup = createBackups({ root, now, retentionDays: 365 });
    const backups = createBackups({ root, now });
    // Snapshots 20, 15, 14 (just inside), 13 and 1 days before the moment we prune at.
    const pruneAt = start + 20 * DAY;
    for (const daysBefore of [20, 15, 14, 13, 1]) {
      clock = new Date(pruneAt - daysBefore * DAY + (daysBefore === 14 ? 1 : 0));
      await setup.write('ws-1', planText(`${String(daysBefore)} days before`));
    }
    expect(await backups.list('ws-1')).toHaveLength(5);

    clock = new Date(pruneAt);
    expect(await backups.prune()).toBe(2);
    expect((await backups.list('ws-1')).map((b) => b.title)).toEqual([
      '1 days before',
      '13 days before',
      '14 days before',
    ]);
    // Sidecars go with their plans.
    const names = await readdir(path.join(root, 'ws-1'));
    expect(names).toHaveLength(6);
  });

  it('removes a workshop folder once its last snapshot has expired, and leaves other files alone', async () => {
    const backups = createBackups({ root, now });
    await backups.write('old', planText());
    await backups.write('keep', planText());
    await writeFile(path.join(root, 'keep', 'README.txt'), 'not a backup');
    clock = new Date(clock.getTime() + 15 * DAY);
    expect(await backups.prune()).toBe(2);
    expect((await readdir(root)).sort()).toEqual(['keep']);
    expect(await readdir(path.join(root, 'keep'))).toEqual(['README.txt']);
  });

  it('prunes old snapshots as part of writing a new one', async () => {
    const backups = createBackups({ root, now });
    await backups.write('ws-1', planText('Old'));
    clock = new Date(clock.getTime() + 15 * DAY);
    await backups.write('ws-1', planText('New'));
    expect((await backups.list('ws-1')).map((b) => b.title)).toEqual(['New']);
  });
});
