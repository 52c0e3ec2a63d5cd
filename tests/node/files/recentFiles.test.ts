// The recent plan files list on real files: newest first, one entry per file, at most 10,
// files that have gone are pruned (and the pruning saved), and a damaged list starts afresh.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentFiles, MAX_RECENT_FILES } from '../../../electron/main/services/recentFiles';

let dir: string;
let listFile: string;
let tick = 0;
const now = (): Date => new Date(Date.parse('2026-11-23T09:00:00.000Z') + (tick += 1000));

const plan = async (name: string): Promise<string> => {
  const filePath = path.join(dir, name);
  await writeFile(filePath, 'plan');
  return filePath;
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'star-recent-'));
  listFile = path.join(dir, 'userData', 'recent-files.json');
  tick = 0;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('recent files', () => {
  it('starts empty and keeps files newest first, in a JSON file that survives a restart', async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    expect(await recent.list()).toEqual([]);
    const a = await plan('A.heestar');
    const b = await plan('B.heestar');
    await recent.add(a);
    await recent.add(b);
    const again = createRecentFiles({ file: listFile, now, platform: 'linux' });
    const list = await again.list();
    expect(list.map((f) => f.name)).toEqual(['B.heestar', 'A.heestar']);
    expect(list[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      path: b,
      name: 'B.heestar',
      usedAt: '2026-11-23T09:00:02.000Z',
    });
    expect(JSON.parse(await readFile(listFile, 'utf8'))).toHaveLength(2);
  });

  it('moves a file opened again to the top instead of listing it twice', async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    const a = await plan('A.heestar');
    const b = await plan('B.heestar');
    await recent.add(a);
    await recent.add(b);
    await recent.add(a);
    expect((await recent.list()).map((f) => f.name)).toEqual(['A.heestar', 'B.heestar']);
  });

  it('treats names differing only in case as one file on Windows and macOS', async () => {
    const recent = createRecentFiles({
      file: listFile,
      now,
      platform: 'win32',
      exists: () => Promise.resolve(true),
    });
    await recent.add(path.join(dir, 'Plan.heestar'));
    await recent.add(path.join(dir, 'PLAN.heestar'));
    expect(await recent.list()).toHaveLength(1);
  });

  it(`keeps at most ${String(MAX_RECENT_FILES)}`, async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    for (let i = 1; i <= 13; i += 1) await recent.add(await plan(`P${String(i)}.heestar`));
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT_FILES);
    expect(list[0]?.name).toBe('P13.heestar');
    expect(list.at(-1)?.name).toBe('P4.heestar');
  });

  it('prunes files that no longer exist and saves the shorter list', async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    const a = await plan('A.heestar');
    const b = await plan('B.heestar');
    await recent.add(a);
    await recent.add(b);
    await rm(a);
    expect((await recent.list()).map((f) => f.name)).toEqual(['B.heestar']);
    expect(JSON.parse(await readFile(listFile, 'utf8'))).toEqual([
      expect.objectContaining({ path: b }),
    ]);
  });

  it('finds a path only by the id on the list, so it serves as an allowlist', async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    const a = await plan('A.heestar');
    await plan('Other.heestar');
    const [entry] = await recent.add(a);
    expect(await recent.find(entry?.id ?? '')).toBe(a);
    expect(await recent.find(a)).toBeNull();
    expect(await recent.find('A.heestar')).toBeNull();
    // Opening it again keeps its id.
    await recent.add(path.join(dir, 'sub', '..', 'A.heestar'));
    expect((await recent.list()).map((f) => f.id)).toEqual([entry?.id]);
  });

  it('gives entries saved before ids existed an id that stays the same', async () => {
    const a = await plan('A.heestar');
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    await recent.add(a);
    await writeFile(
      listFile,
      JSON.stringify([{ path: a, name: 'A.heestar', usedAt: '2026-01-01T00:00:00.000Z' }]),
    );
    const [first] = await recent.list();
    expect(first?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await recent.find(first?.id ?? '')).toBe(a);
  });

  it('starts afresh from a damaged list and ignores entries of the wrong shape', async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    await recent.add(await plan('A.heestar'));
    await writeFile(listFile, '{oops');
    expect(await recent.list()).toEqual([]);
    const b = await plan('B.heestar');
    await writeFile(
      listFile,
      JSON.stringify([
        { path: 'relative.heestar', name: 'x', usedAt: '' },
        { path: 42 },
        { path: b, name: 'B.heestar', usedAt: '2026-01-01T00:00:00.000Z' },
      ]),
    );
    expect((await recent.list()).map((f) => f.path)).toEqual([b]);
  });

  it('does not lose entries when several are added at once', async () => {
    const recent = createRecentFiles({ file: listFile, now, platform: 'linux' });
    const paths = await Promise.all(['A', 'B', 'C', 'D'].map((n) => plan(`${n}.heestar`)));
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await recent.list()).map((f) => f.name).sort()).toEqual([
      'A.heestar',
      'B.heestar',
      'C.heestar',
      'D.heestar',
    ]);
  });
});
