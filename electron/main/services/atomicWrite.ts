/**
 * Crash-safe file writes: at every instant the target holds either the complete old contents
 * or the complete new contents, never a torn mix, and the previous version survives as
 * `<file>.bak`.
 *
 * Order: write a temp file beside the target → fsync it → copy the current target to a temp
 * backup → rename that over `<file>.bak` → rename the temp file over the target → fsync the
 * directory so the rename itself survives power loss. Renames within one folder are atomic.
 * The file-system functions are a parameter so tests can make any step fail.
 */
import { randomBytes } from 'node:crypto';
import nodeFs from 'node:fs/promises';
import path from 'node:path';

export interface WritableHandle {
  writeFile(data: Uint8Array | string): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The subset of `node:fs/promises` this module uses. */
export interface AtomicWriteFs {
  open(filePath: string, flags: string): Promise<WritableHandle>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
}

export const nodeAtomicWriteFs: AtomicWriteFs = {
  open: (filePath, flags) => nodeFs.open(filePath, flags),
  copyFile: (from, to) => nodeFs.copyFile(from, to),
  rename: (from, to) => nodeFs.rename(from, to),
  rm: (filePath, options) => nodeFs.rm(filePath, options),
};

export interface AtomicWriteOptions {
  fs?: AtomicWriteFs;
  /** Windows cannot open a directory to fsync it; NTFS journals the rename instead. */
  platform?: NodeJS.Platform;
}

export const backupPathFor = (target: string): string => `${target}.bak`;

function tempPathFor(target: string, purpose: string): string {
  const dir = path.dirname(target);
  const name = path.basename(target);
  return path.join(dir, `.${name}.${purpose}-${randomBytes(6).toString('hex')}.tmp`);
}

const isMissingFile = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'ENOENT';

async function writeAndSync(fs: AtomicWriteFs, filePath: string, data: Uint8Array | string) {
  // 'wx' refuses to follow or reuse anything already at the temp path.
  const handle = await fs.open(filePath, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(fs: AtomicWriteFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `data` to `target` atomically, keeping the previous contents as `<target>.bak`.
 * Throws the underlying error (with its `code`) on failure, after removing its temp files.
 */
export async function atomicWriteFile(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeAtomicWriteFs;
  const platform = options.platform ?? process.platform;
  const tempPath = tempPathFor(target, 'new');
  const backupTemp = tempPathFor(target, 'bak');
  try {
    await writeAndSync(fs, tempPath, data);
    try {
      await fs.copyFile(target, backupTemp);
      await fs.rename(backupTemp, backupPathFor(target));
    } catch (error) {
      // No previous version is fine: this is a new file. Anything else is a real failure.
      if (!isMissingFile(error)) throw error;
    }
    await fs.rename(tempPath, target);
  } catch (error) {
    await Promise.all([fs.rm(tempPath, { force: true }), fs.rm(backupTemp, { force: true })]).catch(
      () => undefined,
    );
    throw error;
  }
  if (platform !== 'win32') await syncDirectory(fs, path.dirname(target));
}
