// Review finding: backups written on the page's request had no quota or rate limit, and the
// 10 MB limit was counted in characters (a page could send 40 MB of 4-byte characters). Now the
// limit is in bytes, snapshots are capped in count and bytes per workshop and in total (oldest
// go first), snapshots of one workshop less than a minute apart replace each other, and a burst
// of writes is refused.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '@shared/ipc/contract';
import { parseInvokeArgs, utf8ByteLength } from '@shared/ipc/validators';
import { serialisePlan } from '@shared/planfile';
import { createBackups, type BackupLimits } from '../../../electron/main/services/backups';
import { makeContent } from '../../helpers/planFactory';

let root: string;
let clock: Date;
const now = (): Date => clock;
const advance = (ms: number): void => {
  clock = new Date(clock.getTime() + ms);
};
const MINUTE = 60_000;

const planText = (title = 'Frailty pathway workforce'): string => {
  const content = makeContent();
  return serialisePlan(
    { ...content, workshop: { ...content.workshop, scope: { ...content.workshop.scope, title } } },
    { anonymise: false, now: clock.toISOString(), appVersion: '0.1.0' },
  );
};

const backupsWith = (limits: Partial<BackupLimits>) => createBackups({ root, now, limits });

const snapshotsOf = async (folder: string): Promise<string[]> => {
  try {
    return (await readdir(path.join(root, folder))).filter((f) => f.endsWith('.heestar')).sort();
  } catch {
    return [];
  }
};

const bytesUnder = async (dir: string): Promise<number> => {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await bytesUnder(full) : (await stat(full)).size;
  }
  return total;
};

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'star-quota-'));
  clock = new Date('2026-11-23T09:00:00.000Z');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the size limit is in bytes', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8ByteLength('abc')).toBe(3);
    expect(utf8ByteLength('Zoë Łukasz')).toBe(12);
    expect(utf8ByteLength('€')).toBe(3);
    expect(utf8ByteLength('😀')).toBe(4);
    expect(utf8ByteLength('\ud800')).toBe(3);
  });

  it('the IPC check refuses a snapshot under the limit in characters but over it in bytes', () => {
    const data = '😀'.repeat(MAX_BACKUP_BYTES / 3); // 6.7 M characters, 13.3 MB
    expect(data.length).toBeLessThan(MAX_BACKUP_BYTES);
    const parsed = parseInvokeArgs('plan:write-backup', [{ workshopId: 'ws-1', data }]);
    expect(parsed.ok).toBe(false);
  });

  it('the backup service refuses it too and writes nothing', async () => {
    const plan = planText('Ł'.repeat(400));
    const limit = utf8ByteLength(plan) - 100; // more characters than this would still fit
    expect(plan.length).toBeLessThan(limit);
    const backups = backupsWith({ maxSnapshotBytes: limit });
    expect(await backups.write('ws-1', plan)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/over the .* limit/) as unknown,
    });
    expect(await snapshotsOf('ws-1')).toEqual([]);
  });
});

describe('quotas', () => {
  it('keeps at most the per-workshop count, deleting the oldest', async () => {
    const backups = backupsWith({ perWorkshopCount: 3 });
    for (let i = 0; i < 5; i += 1) {
      expect(await backups.write('ws-1', planText())).toMatchObject({ status: 'saved' });
      advance(5 * MINUTE);
    }
    expect(await snapshotsOf('ws-1')).toEqual([
      '2026-11-23T09-10-00-000Z.heestar',
      '2026-11-23T09-15-00-000Z.heestar',
      '2026-11-23T09-20-00-000Z.heestar',
    ]);
    // Sidecars go with their snapshots.
    expect((await readdir(path.join(root, 'ws-1'))).length).toBe(6);
  });

  it('keeps each workshop under its byte cap, measured on disk', async () => {
    const one = utf8ByteLength(planText());
    const backups = backupsWith({ perWorkshopBytes: Math.floor(one * 2.5) + 2_000 });
    for (let i = 0; i < 6; i += 1) {
      await backups.write('ws-1', planText());
      advance(5 * MINUTE);
    }
    expect(await snapshotsOf('ws-1')).toHaveLength(2);
    expect(await bytesUnder(path.join(root, 'ws-1'))).toBeLessThanOrEqual(
      Math.floor(one * 2.5) + 2_000,
    );
  });

  it('caps the total across workshops, deleting the oldest anywhere', async () => {
    const backups = backupsWith({ totalCount: 4 });
    for (const id of ['ws-a', 'ws-b', 'ws-c', 'ws-d', 'ws-e', 'ws-f']) {
      await backups.write(id, planText());
      advance(MINUTE);
    }
    expect((await backups.list(null)).map((b) => b.workshopId)).toEqual([
      'ws-f',
      'ws-e',
      'ws-d',
      'ws-c',
    ]);
  });

  it('caps the total bytes across workshops', async () => {
    const one = utf8ByteLength(planText());
    const cap = one * 3 + 3_000;
    const backups = backupsWith({ totalBytes: cap });
    for (const id of ['ws-a', 'ws-b', 'ws-c', 'ws-d', 'ws-e']) {
      await backups.write(id, planText());
      advance(MINUTE);
    }
    expect(await bytesUnder(root)).toBeLessThanOrEqual(cap);
    expect((await backups.list(null)).map((b) => b.workshopId)).toEqual(['ws-e', 'ws-d', 'ws-c']);
  });
});

describe('rate limits', () => {
  it('replaces a snapshot of the same workshop taken less than a minute ago', async () => {
    const backups = backupsWith({});
    await backups.write('ws-1', planText('First'));
    advance(10_000);
    await backups.write('ws-1', planText('Second'));
    const list = await backups.list('ws-1');
    expect(list.map((b) => b.title)).toEqual(['Second']);
    advance(MINUTE);
    await backups.write('ws-1', planText('Third'));
    expect((await backups.list('ws-1')).map((b) => b.title)).toEqual(['Third', 'Second']);
  });

  it('refuses a burst of writes across many workshops, then recovers', async () => {
    const backups = backupsWith({ maxWritesPerMinute: 3 });
    for (const id of ['a1', 'a2', 'a3']) {
      expect(await backups.write(id, planText())).toMatchObject({ status: 'saved' });
      advance(1_000);
    }
    expect(await backups.write('a4', planText())).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/too many backups/i) as unknown,
    });
    expect(await snapshotsOf('a4')).toEqual([]);
    advance(MINUTE);
    expect(await backups.write('a4', planText())).toMatchObject({ status: 'saved' });
  });
});
