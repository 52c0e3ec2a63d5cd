/**
 * The recent plan files list shown on Home: a JSON file in userData, newest first,
 * de-duplicated by path, at most `MAX_RECENT_FILES`, and files that no longer exist are pruned
 * whenever it is read. It is also the allowlist for "open this recent file": main opens a path
 * the renderer names only if this list holds it. Plain Node: paths and clock are parameters.
 */
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { RecentFile } from '@shared/ipc/contract';
import { atomicWriteFile } from './atomicWrite';

export const MAX_RECENT_FILES = 10;

export interface RecentFilesOptions {
  /** `<userData>/recent-files.json`. */
  file: string;
  now?: () => Date;
  platform?: NodeJS.Platform;
  /** True when a regular file exists at the path. */
  exists?: (filePath: string) => Promise<boolean>;
}

export interface RecentFiles {
  /** The list with missing files removed (and the removal saved). */
  list(): Promise<RecentFile[]>;
  /** Puts `filePath` first; returns the new list. */
  add(filePath: string): Promise<RecentFile[]>;
  /** The stored path equal to `filePath`, or null when it is not on the list. */
  find(filePath: string): Promise<string | null>;
}

const fileExists = async (filePath: string): Promise<boolean> => {
  try {
    return (await nodeFs.stat(filePath)).isFile();
  } catch {
    return false;
  }
};

const isRecentFile = (value: unknown): value is RecentFile => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.path === 'string' &&
    path.isAbsolute(v.path) &&
    typeof v.name === 'string' &&
    typeof v.usedAt === 'string'
  );
};

export function createRecentFiles(options: RecentFilesOptions): RecentFiles {
  const now = options.now ?? (() => new Date());
  const exists = options.exists ?? fileExists;
  // Windows and macOS file systems ignore case by default: "Plan.heestar" is "plan.heestar".
  const ignoresCase = (options.platform ?? process.platform) !== 'linux';
  const keyOf = (p: string): string => {
    const resolved = path.resolve(p);
    return ignoresCase ? resolved.toLowerCase() : resolved;
  };

  // Calls are chained so two quick adds cannot interleave their read and write.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const read = async (): Promise<RecentFile[]> => {
    try {
      const parsed: unknown = JSON.parse(await nodeFs.readFile(options.file, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter(isRecentFile) : [];
    } catch {
      return []; // No list yet, or a damaged one: start again rather than fail.
    }
  };

  const save = async (files: RecentFile[]): Promise<void> => {
    await nodeFs.mkdir(path.dirname(options.file), { recursive: true });
    await atomicWriteFile(options.file, JSON.stringify(files, null, 2));
  };

  const dedupe = (files: readonly RecentFile[]): RecentFile[] => {
    const seen = new Set<string>();
    return files
      .filter((f) => {
        const key = keyOf(f.path);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, MAX_RECENT_FILES);
  };

  const listUnlocked = async (): Promise<RecentFile[]> => {
    const stored = await read();
    const present: RecentFile[] = [];
    for (const file of dedupe(stored)) if (await exists(file.path)) present.push(file);
    if (present.length !== stored.length) await save(present).catch(() => undefined);
    return present;
  };

  return {
    list: () => serial(listUnlocked),

    add: (filePath) =>
      serial(async () => {
        const resolved = path.resolve(filePath);
        const entry = {
          path: resolved,
          name: path.basename(resolved),
          usedAt: now().toISOString(),
        };
        const next = dedupe([entry, ...(await read())]);
        await save(next);
        return next;
      }),

    find: (filePath) =>
      serial(async () => {
        if (!path.isAbsolute(filePath)) return null;
        const key = keyOf(filePath);
        return (await listUnlocked()).find((f) => keyOf(f.path) === key)?.path ?? null;
      }),
  };
}
