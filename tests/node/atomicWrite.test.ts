import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  atomicWriteFile,
  backupPathFor,
  nodeAtomicWriteFs,
  type AtomicWriteFs,
} from '../../electron/main/services/atomicWrite';

let dir: string;
let target: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'star-atomic-'));
  target = path.join(dir, 'plan.heestar');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const readText = (file: string) => readFile(file, 'utf8');
const tempFiles = async () => (await readdir(dir)).filter((name) => name.endsWith('.tmp'));

/** Every step the writer takes, in order, named so a test can make exactly one fail. */
const STEPS = [
  'open-new',
  'write-new',
  'sync-new',
  'close-new',
  'copy-backup',
  'rename-backup',
  'rename-target',
  'open-dir',
  'sync-dir',
  'close-dir',
] as const;
type Step = (typeof STEPS)[number];

/** Real file system calls, except that `failAt` throws (after doing any real close). */
function faultyFs(failAt: Step | null, seen: Step[] = []): AtomicWriteFs {
  const step = (name: Step): void => {
    seen.push(name);
    if (name === failAt) throw Object.assign(new Error(`injected ${name}`), { code: 'EIO' });
  };
  return {
    async open(filePath, flags) {
      const kind = filePath === dir ? 'dir' : 'new';
      step(`open-${kind}`);
      const handle = await nodeAtomicWriteFs.open(filePath, flags);
      return {
        writeFile: async (data) => {
          step('write-new');
          await handle.writeFile(data);
        },
        sync: async () => {
          step(`sync-${kind}`);
          await handle.sync();
        },
        close: async () => {
          await handle.close();
          step(`close-${kind}`);
        },
      };
    },
    async copyFile(from, to) {
      step('copy-backup');
      await nodeAtomicWriteFs.copyFile(from, to);
    },
    async rename(from, to) {
      step(to === target ? 'rename-target' : 'rename-backup');
      await nodeAtomicWriteFs.rename(from, to);
    },
    rm: (filePath, options) => nodeAtomicWriteFs.rm(filePath, options),
  };
}

describe('atomicWriteFile on real files', () => {
  it('creates the target and leaves no backup or temp file for a new file', async () => {
    await atomicWriteFile(target, 'first');
    expect(await readText(target)).toBe('first');
    expect(await readdir(dir)).toEqual(['plan.heestar']);
  });

  it('writes bytes exactly', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await atomicWriteFile(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('keeps the previous version as .bak on every save', async () => {
    await atomicWriteFile(target, 'first');
    await atomicWriteFile(target, 'second');
    expect(await readText(target)).toBe('second');
    expect(await readText(backupPathFor(target))).toBe('first');

    await atomicWriteFile(target, 'third');
    expect(await readText(target)).toBe('third');
    expect(await readText(backupPathFor(target))).toBe('second');
    expect(await tempFiles()).toEqual([]);
  });

  it('takes every step in the safe order and fsyncs the directory', async () => {
    await writeFile(target, 'old');
    const seen: Step[] = [];
    await atomicWriteFile(target, 'new', { fs: faultyFs(null, seen), platform: 'linux' });
    expect(seen).toEqual(STEPS);
  });

  it('skips the directory fsync on Windows, where directories cannot be opened', async () => {
    const seen: Step[] = [];
    await atomicWriteFile(target, 'new', { fs: faultyFs(null, seen), platform: 'win32' });
    expect(seen).not.toContain('open-dir');
    expect(await readText(target)).toBe('new');
  });

  describe.each(STEPS)('when %s fails', (failAt) => {
    const renamed = STEPS.indexOf(failAt) > STEPS.indexOf('rename-target');

    it('leaves the old or the new file whole and no temp file behind', async () => {
      await writeFile(target, 'old contents');
      await writeFile(backupPathFor(target), 'older contents');

      const write = atomicWriteFile(target, 'new contents', {
        fs: faultyFs(failAt),
        platform: 'linux',
      });
      await expect(write).rejects.toThrow(`injected ${failAt}`);

      expect(await readText(target)).toBe(renamed ? 'new contents' : 'old contents');
      expect(await tempFiles()).toEqual([]);
      const backup = await readText(backupPathFor(target));
      // The backup is only replaced, whole, once the previous version has been copied.
      const backupReplaced = STEPS.indexOf(failAt) > STEPS.indexOf('rename-backup');
      expect(backup).toBe(backupReplaced ? 'old contents' : 'older contents');
    });
  });

  it('reports a missing folder as an error with its code', async () => {
    const nowhere = path.join(dir, 'missing', 'plan.heestar');
    await expect(atomicWriteFile(nowhere, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
