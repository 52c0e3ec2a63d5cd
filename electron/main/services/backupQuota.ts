/**
 * Limits on the backups the page asks main to write, so a busy, buggy or compromised page cannot
 * fill the disk: a byte cap per snapshot, count and byte caps per workshop and in total (the
 * oldest snapshots go first), and a cap on writes per minute. The choice of what to delete is a
 * pure function over a listing, so it is easy to test and to reason about.
 */
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import { MAX_BACKUP_BYTES } from '@shared/ipc/contract';
import { BACKUP_FOLDER_PATTERN } from '@shared/ipc/validators';

export interface BackupLimits {
  /** Largest snapshot, in UTF-8 bytes (the plan file limit). */
  maxSnapshotBytes: number;
  perWorkshopCount: number;
  /** Snapshots plus sidecars on disk, per workshop. */
  perWorkshopBytes: number;
  totalCount: number;
  totalBytes: number;
  /** A snapshot taken sooner than this after the previous one of its workshop replaces it. */
  replaceWithinMs: number;
  /** Writes allowed in any 60-second window, across all workshops. */
  maxWritesPerMinute: number;
}

const MB = 1024 * 1024;

/**
 * A 5-minute cadence over a 14-day retention period would keep ~4,000 snapshots of a busy
 * workshop; 50 recent ones are plenty to recover from, and 500 MB is a fair share of a laptop.
 */
export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxSnapshotBytes: MAX_BACKUP_BYTES,
  perWorkshopCount: 50,
  perWorkshopBytes: 100 * MB,
  totalCount: 500,
  totalBytes: 500 * MB,
  replaceWithinMs: 60_000,
  maxWritesPerMinute: 20,
};

export interface SnapshotOnDisk {
  folder: string;
  /** The `.heestar` file name. */
  fileName: string;
  time: number;
  /** Snapshot and sidecar together. */
  bytes: number;
}

const keyOf = (s: Pick<SnapshotOnDisk, 'folder' | 'fileName'>): string =>
  `${s.folder}/${s.fileName}`;

/**
 * Which snapshots to delete so every cap holds, oldest first, never `keep` (the one just
 * written). Per-workshop caps are applied first, then the totals.
 */
export function snapshotsOverQuota(
  snapshots: readonly SnapshotOnDisk[],
  limits: BackupLimits,
  keep: Pick<SnapshotOnDisk, 'folder' | 'fileName'>,
): SnapshotOnDisk[] {
  const keepKey = keyOf(keep);
  const oldestFirst = [...snapshots].sort((a, b) => a.time - b.time);
  const doomed = new Set<string>();
  const trim = (group: SnapshotOnDisk[], maxCount: number, maxBytes: number): void => {
    let live = group.filter((s) => !doomed.has(keyOf(s)));
    let bytes = live.reduce((sum, s) => sum + s.bytes, 0);
    for (const victim of [...live]) {
      if (live.length <= maxCount && bytes <= maxBytes) break;
      if (keyOf(victim) === keepKey) continue;
      doomed.add(keyOf(victim));
      live = live.filter((s) => s !== victim);
      bytes -= victim.bytes;
    }
  };
  const folders = new Set(oldestFirst.map((s) => s.folder));
  for (const folder of folders) {
    trim(
      oldestFirst.filter((s) => s.folder === folder),
      limits.perWorkshopCount,
      limits.perWorkshopBytes,
    );
  }
  trim(oldestFirst, limits.totalCount, limits.totalBytes);
  return oldestFirst.filter((s) => doomed.has(keyOf(s)));
}

const sizeOf = async (filePath: string): Promise<number> => {
  try {
    return (await nodeFs.stat(filePath)).size;
  } catch {
    return 0;
  }
};

/** Every snapshot under `root` with its time and size on disk (snapshot plus sidecar). */
export async function scanSnapshots(
  root: string,
  timeOf: (fileName: string) => Date | null,
  sidecarOf: (filePath: string) => string,
): Promise<SnapshotOnDisk[]> {
  const list = async (dir: string): Promise<string[]> => nodeFs.readdir(dir).catch(() => []);
  const found: SnapshotOnDisk[] = [];
  for (const folder of await list(root)) {
    if (!BACKUP_FOLDER_PATTERN.test(folder)) continue;
    for (const fileName of await list(path.join(root, folder))) {
      const time = timeOf(fileName);
      if (!time) continue;
      const filePath = path.join(root, folder, fileName);
      const bytes = (await sizeOf(filePath)) + (await sizeOf(sidecarOf(filePath)));
      found.push({ folder, fileName, time: time.getTime(), bytes });
    }
  }
  return found;
}

/** A sliding one-minute window of write times. */
export function createWriteRateLimit(maxPerMinute: number): (nowMs: number) => boolean {
  let times: number[] = [];
  return (nowMs) => {
    times = times.filter((t) => nowMs - t < 60_000);
    if (times.length >= maxPerMinute) return false;
    times.push(nowMs);
    return true;
  };
}
