/**
 * Rolling backups of workshops, kept outside IndexedDB so a damaged or cleared browser profile
 * does not take every copy with it. The renderer owns the data and sends a serialised plan
 * (every 5 minutes while a workshop changes, and on quit); this module checks it is a real plan,
 * writes it atomically to `<root>/<folder>/<timestamp>.heestar` with a small `.json` sidecar
 * (title, organisation, counts) so listing never parses whole plans, and deletes snapshots older
 * than the retention period. Quotas and rate limits (./backupQuota.ts) keep a busy or hostile
 * page from filling the disk. Plain Node: the root folder, the clock and the limits are
 * parameters.
 */
import { createHash } from 'node:crypto';
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry, BackupRef } from '@shared/ipc/contract';
import { BACKUP_FILE_PATTERN, BACKUP_FOLDER_PATTERN } from '@shared/ipc/validators';
import { previewOf, restorePlan } from '@shared/planfile';
import { atomicWriteFile } from './atomicWrite';
import {
  createWriteRateLimit,
  DEFAULT_BACKUP_LIMITS,
  scanSnapshots,
  snapshotsOverQuota,
  type BackupLimits,
} from './backupQuota';
import { formatBytes } from '@shared/ipc/messages';

export type { BackupLimits } from './backupQuota';

export const BACKUP_RETENTION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;
const SIDECAR_EXTENSION = '.json';

export interface BackupsOptions {
  /** `<userData>/backups`. */
  root: string;
  now?: () => Date;
  retentionDays?: number;
  write?: (target: string, data: string) => Promise<void>;
  limits?: Partial<BackupLimits>;
}

interface Sidecar {
  workshopId: string;
  title: string;
  organisation: string;
  counts: BackupEntry['counts'];
}

export type BackupWriteOutcome =
  { status: 'saved'; ref: BackupRef; savedAt: string } | { status: 'failed'; reason: string };

/** Folder for a workshop: its id when that is a safe name, otherwise a hash of it. */
export function folderFor(workshopId: string): string {
  if (BACKUP_FOLDER_PATTERN.test(workshopId)) return workshopId;
  return `h-${createHash('sha256').update(workshopId).digest('hex').slice(0, 40)}`;
}

/** `2026-11-23T12:05:23.123Z` → `2026-11-23T12-05-23-123Z.heestar` (safe on every OS). */
export function fileNameFor(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}.heestar`;
}

/** The time a backup file name records, or null for any other name. */
export function timeOfFileName(fileName: string): Date | null {
  if (!BACKUP_FILE_PATTERN.test(fileName)) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(fileName);
  if (!m) return null;
  const date = new Date(`${m[1] ?? ''}T${m[2] ?? ''}:${m[3] ?? ''}:${m[4] ?? ''}.${m[5] ?? ''}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const sidecarPathOf = (filePath: string): string =>
  filePath.replace(/\.heestar$/, SIDECAR_EXTENSION);

const isSidecar = (value: unknown): value is Sidecar => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const counts = v.counts as Record<string, unknown> | undefined;
  return (
    typeof v.workshopId === 'string' &&
    typeof v.title === 'string' &&
    typeof v.organisation === 'string' &&
    typeof counts === 'object' &&
    ['participants', 'cards', 'actions'].every((k) => typeof counts[k] === 'number')
  );
};

const readDirSafe = async (dir: string): Promise<string[]> => {
  try {
    return await nodeFs.readdir(dir);
  } catch {
    return [];
  }
};

export interface Backups {
  write(workshopId: string, data: string): Promise<BackupWriteOutcome>;
  /** Newest first; all workshops when `workshopId` is null. */
  list(workshopId: string | null): Promise<BackupEntry[]>;
  /** The path of a backup, or null when the reference is not a backup file name. */
  pathOf(ref: BackupRef): string | null;
  /** Deletes snapshots older than the retention period; returns how many were removed. */
  prune(): Promise<number>;
}

export function createBackups(options: BackupsOptions): Backups {
  const now = options.now ?? (() => new Date());
  const retentionMs = (options.retentionDays ?? BACKUP_RETENTION_DAYS) * DAY_MS;
  const write = options.write ?? ((target, data) => atomicWriteFile(target, data));
  const limits: BackupLimits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
  const allowWrite = createWriteRateLimit(limits.maxWritesPerMinute);

  const remove = async (folder: string, fileName: string): Promise<void> => {
    const filePath = path.join(options.root, folder, fileName);
    await nodeFs.rm(filePath, { force: true });
    await nodeFs.rm(sidecarPathOf(filePath), { force: true });
  };

  /** After a write: drop a same-workshop snapshot under a minute old, then enforce quotas. */
  const enforceLimits = async (ref: BackupRef, taken: Date): Promise<void> => {
    const all = await scanSnapshots(options.root, timeOfFileName, sidecarPathOf);
    for (const s of all) {
      const age = taken.getTime() - s.time;
      if (s.folder === ref.folder && s.fileName !== ref.fileName && age >= 0) {
        if (age < limits.replaceWithinMs) await remove(s.folder, s.fileName);
      }
    }
    const left = await scanSnapshots(options.root, timeOfFileName, sidecarPathOf);
    for (const victim of snapshotsOverQuota(left, limits, ref)) {
      await remove(victim.folder, victim.fileName);
    }
  };

  const pathOf = (ref: BackupRef): string | null =>
    BACKUP_FOLDER_PATTERN.test(ref.folder) && BACKUP_FILE_PATTERN.test(ref.fileName)
      ? path.join(options.root, ref.folder, ref.fileName)
      : null;

  const readEntry = async (folder: string, fileName: string): Promise<BackupEntry | null> => {
    const time = timeOfFileName(fileName);
    const filePath = pathOf({ folder, fileName });
    if (!time || !filePath) return null;
    let sidecar: Sidecar | null = null;
    try {
      const parsed: unknown = JSON.parse(await nodeFs.readFile(sidecarPathOf(filePath), 'utf8'));
      if (isSidecar(parsed)) sidecar = parsed;
    } catch {
      // A missing or damaged sidecar is rebuilt from the plan itself below.
    }
    if (!sidecar) {
      try {
        const restored = restorePlan(await nodeFs.readFile(filePath));
        if (!restored.ok) return null;
        sidecar = sidecarOf(restored.plan.content.workshop.id, previewOf(restored));
      } catch {
        return null;
      }
    }
    return {
      folder,
      fileName,
      workshopId: sidecar.workshopId,
      title: sidecar.title,
      organisation: sidecar.organisation,
      savedAt: time.toISOString(),
      counts: { ...sidecar.counts },
    };
  };

  return {
    pathOf,

    async write(workshopId, data) {
      const bytes = Buffer.byteLength(data, 'utf8');
      if (bytes > limits.maxSnapshotBytes) {
        return {
          status: 'failed',
          reason:
            `The snapshot is ${formatBytes(bytes)}, over the ` +
            `${formatBytes(limits.maxSnapshotBytes)} limit for a backup.`,
        };
      }
      if (!allowWrite(now().getTime())) {
        return {
          status: 'failed',
          reason: 'Too many backups were asked for in the last minute. The next one will be kept.',
        };
      }
      const restored = restorePlan(data);
      if (!restored.ok) {
        return {
          status: 'failed',
          reason: `The snapshot is not a valid plan: ${restored.error.message}`,
        };
      }
      const taken = now();
      const ref = { folder: folderFor(workshopId), fileName: fileNameFor(taken) };
      const target = path.join(options.root, ref.folder, ref.fileName);
      try {
        await nodeFs.mkdir(path.dirname(target), { recursive: true });
        await write(target, data);
        const sidecar = sidecarOf(workshopId, previewOf(restored));
        await write(sidecarPathOf(target), JSON.stringify(sidecar));
        // The atomic writer keeps a .bak of the previous version; snapshot names are unique,
        // so there is none to keep.
      } catch (error) {
        const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
        return { status: 'failed', reason: `The backup could not be written (${code}).` };
      }
      await this.prune().catch(() => 0);
      await enforceLimits(ref, taken).catch(() => undefined);
      return { status: 'saved', ref, savedAt: taken.toISOString() };
    },

    async list(workshopId) {
      const folders =
        workshopId === null
          ? (await readDirSafe(options.root)).filter((f) => BACKUP_FOLDER_PATTERN.test(f))
          : [folderFor(workshopId)];
      const entries: BackupEntry[] = [];
      for (const folder of folders) {
        const names = await readDirSafe(path.join(options.root, folder));
        for (const name of names) {
          const entry = await readEntry(folder, name);
          if (entry) entries.push(entry);
        }
      }
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async prune() {
      const cutoff = now().getTime() - retentionMs;
      let removed = 0;
      for (const folder of await readDirSafe(options.root)) {
        if (!BACKUP_FOLDER_PATTERN.test(folder)) continue;
        const dir = path.join(options.root, folder);
        const names = await readDirSafe(dir);
        for (const name of names) {
          const time = timeOfFileName(name);
          if (!time || time.getTime() >= cutoff) continue;
          const filePath = path.join(dir, name);
          await nodeFs.rm(filePath, { force: true });
          await nodeFs.rm(sidecarPathOf(filePath), { force: true });
          removed += 1;
        }
        // An empty folder says nothing; leave folders that still hold anything at all.
        if ((await readDirSafe(dir)).length === 0) await nodeFs.rmdir(dir).catch(() => undefined);
      }
      return removed;
    },
  };
}

function sidecarOf(workshopId: string, preview: ReturnType<typeof previewOf>): Sidecar {
  return {
    workshopId,
    title: preview.title,
    organisation: preview.organisation,
    counts: {
      participants: preview.counts.participants,
      cards: preview.counts.cards.total,
      actions: preview.counts.actions,
    },
  };
}
