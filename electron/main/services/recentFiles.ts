/**
 * The recent plan files list shown on Home: a JSON file in userData, newest first,
 * de-duplicated by path, at most `MAX_RECENT_FILES`, and files that no longer exist are pruned
 * whenever it is read. The page sees only each file's name and a random id (paths reveal user
 * names and folder layouts); "open this recent file" names the id, so main only ever opens a
 * path on this list. Plain Node: paths and clock are parameters.
 */
import { randomUUID } from 'node:crypto';
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { RecentFile } from '@shared/ipc/contract';
import { RECENT_ID_PATTERN } from '@shared/ipc/validators';
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

/** What main stores: the page's view plus the path, which never leaves main. */
export interface StoredRecentFile extends RecentFile {
  path: string;
}

export interface RecentFiles {
  /** The list with missing files removed (and the removal saved). */
  list(): Promise<StoredRecentFile[]>;
  /** Puts `filePath` first (keeping its id if listed); returns the new list. */
  add(filePath: string): Promise<StoredRecentFile[]>;
  /** The stored path with this id, or null when no listed file has it. */
  find(id: string): Promise<string | null>;
  /** Empties the list (File › Open Recent › Clear recent files). */
  clear(): Promise<void>;
}

/** The page's view of the list: names and ids, no paths. */
export const publicRecentFiles = (files: readonly StoredRecentFile[]): RecentFile[] =>
  files.map(({ id, name, usedAt }) => ({ id, name, usedAt }));

const newId = (): string => randomUUID();

const fileExists = async (filePath: string): Promise<boolean> => {
  try {
    return (await nodeFs.stat(filePath)).isFile();
  } catch {
    return false;
  }
};

/** Entries written before ids existed get one when read (and keep it once saved). */
const toStored = (value: unknown): StoredRecentFile | null => {
  if (!isStoredShape(value)) return null;
  const id = typeof value.id === 'string' && RECENT_ID_PATTERN.test(value.id) ? value.id : newId();
  return { id, path: value.path, name: value.name, usedAt: value.usedAt };
};

const isStoredShape = (
  value: unknown,
): value is { id?: unknown; path: string; name: string; usedAt: string } => {
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

  // Ids given to old entries on reading must be saved at once, or the next read changes them.
  let hasNewIds = false;
  const read = async (): Promise<StoredRecentFile[]> => {
    try {
      const parsed: unknown = JSON.parse(await nodeFs.readFile(options.file, 'utf8'));
      if (!Array.isArray(parsed)) return [];
      const files: StoredRecentFile[] = [];
      hasNewIds = false;
      for (const raw of parsed as unknown[]) {
        const file = toStored(raw);
        if (!file) continue;
        files.push(file);
        if ((raw as { id?: unknown }).id !== file.id) hasNewIds = true;
      }
      return files;
    } catch {
      return []; // No list yet, or a damaged one: start again rather than fail.
    }
  };

  const save = async (files: StoredRecentFile[]): Promise<void> => {
    await nodeFs.mkdir(path.dirname(options.file), { recursive: true });
    await atomicWriteFile(options.file, JSON.stringify(files, null, 2));
  };

  const dedupe = (files: readonly StoredRecentFile[]): StoredRecentFile[] => {
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

  const listUnlocked = async (): Promise<StoredRecentFile[]> => {
    const stored = await read();
    const present: StoredRecentFile[] = [];
    for (const file of dedupe(stored)) if (await exists(file.path)) present.push(file);
    if (present.length !== stored.length || hasNewIds) await save(present).catch(() => undefined);
    return present;
  };

  return {
    list: () => serial(listUnlocked),

    add: (filePath) =>
      serial(async () => {
        const resolved = path.resolve(filePath);
        const stored = await read();
        const known = stored.find((f) => keyOf(f.path) === keyOf(resolved));
        const entry: StoredRecentFile = {
          id: known?.id ?? newId(),
          path: resolved,
          name: path.basename(resolved),
          usedAt: now().toISOString(),
        };
        const next = dedupe([entry, ...stored]);
        await save(next);
        return next;
      }),

    find: (id) => serial(async () => (await listUnlocked()).find((f) => f.id === id)?.path ?? null),

    clear: () => serial(() => save([])),
  };
}
