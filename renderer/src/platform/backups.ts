/**
 * Backups, one seam for both hosts (issue 9 item 7): the desktop hands snapshots to the main
 * process, which keeps them as files on disk; the browser keeps them in a small IndexedDB
 * database of its own (db/backupsDatabase.ts). Features call `getPlatform().backups` and never
 * ask which host they run in.
 */
import type { DesktopApi, OpenFileResult } from '@shared/ipc/contract';
import {
  addSnapshot,
  BROWSER_BACKUP_RETENTION_DAYS,
  BROWSER_BACKUPS_PER_WORKSHOP,
  listSnapshots,
  readSnapshot,
  type BackupsDatabase,
} from '../db/backupsDatabase';

export interface BackupCounts {
  readonly participants: number;
  readonly cards: number;
  readonly actions: number;
}

/** One snapshot to keep: the plan file text and what the Restore page lists it by. */
export interface BackupSnapshot {
  readonly workshopId: string;
  readonly title: string;
  readonly organisation: string;
  readonly savedAt: string;
  readonly counts: BackupCounts;
  /** The workshop as plan file text. */
  readonly data: string;
}

export interface BackupItem {
  /** Opaque: pass back to `read`. */
  readonly key: string;
  readonly workshopId: string;
  readonly title: string;
  readonly organisation: string;
  readonly savedAt: string;
  readonly counts: BackupCounts;
}

export type SnapshotOutcome = { ok: true } | { ok: false; reason: string };

export interface Backups {
  /** Where backups are kept and for how long, in words for the Restore page. */
  readonly description: string;
  write(snapshot: BackupSnapshot): Promise<SnapshotOutcome>;
  /** Newest first; every workshop's when `workshopId` is null. Empty if none can be read. */
  list(workshopId: string | null): Promise<BackupItem[]>;
  /** The snapshot's plan file text, named "<title> (backup)". */
  read(item: BackupItem): Promise<OpenFileResult>;
}

const NOT_FOUND = 'That backup no longer exists. It may have been removed after 14 days.';
const nameOf = (item: BackupItem): string => `${item.title} (backup)`;

export const createDesktopBackups = (
  api: Pick<DesktopApi, 'writeBackup' | 'listBackups' | 'readBackup'>,
  unreachable: string,
): Backups => ({
  description:
    'Star Workshop keeps a copy of each workshop on this computer every 5 minutes while it changes, and when you close the app, for 14 days.',
  write: async ({ workshopId, data }) => {
    const result = await api
      .writeBackup({ workshopId, data })
      .catch(() => ({ status: 'failed' as const, reason: unreachable }));
    return result.status === 'saved' ? { ok: true } : { ok: false, reason: result.reason };
  },
  list: async (workshopId) =>
    (await api.listBackups(workshopId).catch(() => [])).map((b) => ({
      key: `${b.folder}/${b.fileName}`,
      workshopId: b.workshopId,
      title: b.title,
      organisation: b.organisation,
      savedAt: b.savedAt,
      counts: b.counts,
    })),
  read: async (item) => {
    const [folder = '', fileName = ''] = item.key.split('/');
    const result = await api
      .readBackup({ folder, fileName })
      .catch(() => ({ status: 'failed' as const, reason: unreachable }));
    return result.status === 'opened' ? { ...result, name: nameOf(item) } : result;
  },
});

export const createBrowserBackups = (
  database: () => BackupsDatabase,
  now: () => Date = () => new Date(),
): Backups => ({
  description: `This browser keeps the last ${String(BROWSER_BACKUPS_PER_WORKSHOP)} copies of each workshop, taken every 5 minutes while it changes, for ${String(BROWSER_BACKUP_RETENTION_DAYS)} days.`,
  write: async (snapshot) => {
    try {
      await addSnapshot(database(), snapshot, now());
      return { ok: true };
    } catch {
      return { ok: false, reason: 'The backup could not be stored in this browser.' };
    }
  },
  list: async (workshopId) => {
    try {
      return (await listSnapshots(database(), workshopId)).map(({ id, ...rest }) => ({
        ...rest,
        key: String(id),
      }));
    } catch {
      return [];
    }
  },
  read: async (item) => {
    try {
      const data = await readSnapshot(database(), Number(item.key));
      if (data === null) return { status: 'failed', reason: NOT_FOUND };
      return { status: 'opened', name: nameOf(item), bytes: new TextEncoder().encode(data) };
    } catch {
      return { status: 'failed', reason: NOT_FOUND };
    }
  },
});
