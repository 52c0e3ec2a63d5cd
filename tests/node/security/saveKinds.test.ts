// Review findings: (1) the page chose the save dialog's filters and main appended
// `filters[0].extensions[0]`, so a page could write any extension; (2) main handed absolute paths
// to the page (save results, recent files), revealing user names and folders. Now the page names
// only a kind, main owns the filter and extension, asks again before replacing a file whose
// name it extended, and the page sees only file names and opaque ids.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAVE_KIND_NAMES, type SaveKind } from '@shared/ipc/contract';
import { registerFileHandlers } from '../../../electron/main/ipc/files';
import { registerPlanFileHandlers } from '../../../electron/main/ipc/planFiles';
import { SAVE_KINDS } from '../../../electron/main/ipc/saveKinds';
import { createBackups } from '../../../electron/main/services/backups';
import { createOpenRequestQueue } from '../../../electron/main/services/openRequests';
import { createRecentFiles } from '../../../electron/main/services/recentFiles';
import { APP_FRAME, FakeIpcMain } from '../helpers/fakeIpcMain';

let dir: string;
let ipc: FakeIpcMain;
let chosen: string;
let shown: SaveDialogOptions[];
let asked: string[];
let replace: boolean;
let saved: [string, SaveKind][];
let recentWrites: Promise<unknown>[];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'star-savekinds-'));
  ipc = new FakeIpcMain();
  shown = [];
  asked = [];
  saved = [];
  recentWrites = [];
  replace = false;
  chosen = path.join(dir, 'out');
  const recentFiles = createRecentFiles({ file: path.join(dir, 'recent.json') });
  registerFileHandlers(ipc, {
    defaultDirectory: () => dir,
    dialogs: {
      showSave: (options) => {
        shown.push(options);
        return Promise.resolve({ canceled: false, filePath: chosen });
      },
      showOpen: () => Promise.resolve({ canceled: true, filePaths: [] }),
      confirmOverwrite: (name) => {
        asked.push(name);
        return Promise.resolve(replace);
      },
    },
    onSaved: (target, kind) => {
      saved.push([target, kind]);
      if (kind === 'plan') recentWrites.push(recentFiles.add(target));
    },
  });
  registerPlanFileHandlers(ipc, {
    backups: createBackups({ root: path.join(dir, 'backups') }),
    recentFiles,
    openRequests: createOpenRequestQueue(),
  });
});

afterEach(async () => {
  await Promise.allSettled(recentWrites);
  await rm(dir, { recursive: true, force: true });
});

const save = (request: Record<string, unknown>) =>
  ipc.invoke('file:save', APP_FRAME, request) as Promise<Record<string, unknown>>;

describe('main owns the save filters and extensions', () => {
  it.each(SAVE_KIND_NAMES)(
    'shows only the fixed filter for %s, whatever name the page suggests',
    async (kind) => {
      chosen = path.join(dir, `export.${SAVE_KINDS[kind].extension}`);
      await save({ suggestedName: 'Ward 7.exe', kind, data: 'x' });
      expect(shown[0]?.filters).toEqual([SAVE_KINDS[kind].filter]);
      expect(path.basename(shown[0]?.defaultPath ?? '')).toBe(
        `Ward 7.${SAVE_KINDS[kind].extension}`,
      );
    },
  );

  it('has exactly one extension per kind: plan, PDF, CSV, XLSX, DOCX and the board images', () => {
    expect(Object.fromEntries(SAVE_KIND_NAMES.map((k) => [k, SAVE_KINDS[k].extension]))).toEqual({
      plan: 'heestar',
      pdf: 'pdf',
      csv: 'csv',
      xlsx: 'xlsx',
      docx: 'docx',
      svg: 'svg',
      png: 'png',
    });
  });

  it('refuses a request that carries its own filters or an unknown kind, showing no dialog', async () => {
    for (const request of [
      {
        suggestedName: 'a.exe',
        kind: 'pdf',
        data: 'x',
        filters: [{ name: 'x', extensions: ['exe'] }],
      },
      { suggestedName: 'a.exe', kind: 'exe', data: 'x' },
      { suggestedName: 'a.pdf', data: 'x' },
    ]) {
      expect(await save(request)).toMatchObject({ status: 'failed' });
    }
    expect(shown).toEqual([]);
  });

  it('never writes an extension other than the kind’s, even when one is typed', async () => {
    chosen = path.join(dir, 'startup.bat');
    expect(await save({ suggestedName: 'plan.heestar', kind: 'plan', data: 'x' })).toEqual({
      status: 'saved',
      name: 'startup.bat.heestar',
    });
    chosen = path.join(dir, 'Report.PDF');
    expect(await save({ suggestedName: 'r.pdf', kind: 'pdf', data: 'x' })).toEqual({
      status: 'saved',
      name: 'Report.PDF',
    });
    expect((await readdir(dir)).filter((f) => !f.endsWith('.json')).sort()).toEqual([
      'Report.PDF',
      'startup.bat.heestar',
    ]);
  });

  it('asks before replacing a file whose name main extended, and keeps it when told no', async () => {
    await writeFile(path.join(dir, 'Ward 7.heestar'), 'precious');
    chosen = path.join(dir, 'Ward 7');
    expect(await save({ suggestedName: 'p.heestar', kind: 'plan', data: 'new' })).toEqual({
      status: 'cancelled',
    });
    expect(asked).toEqual(['Ward 7.heestar']);
    expect(await readFile(path.join(dir, 'Ward 7.heestar'), 'utf8')).toBe('precious');

    replace = true;
    expect(await save({ suggestedName: 'p.heestar', kind: 'plan', data: 'new' })).toEqual({
      status: 'saved',
      name: 'Ward 7.heestar',
    });
    expect(await readFile(path.join(dir, 'Ward 7.heestar'), 'utf8')).toBe('new');
  });

  it('does not ask again when the dialog saw the final name or nothing is replaced', async () => {
    chosen = path.join(dir, 'New plan');
    await save({ suggestedName: 'p.heestar', kind: 'plan', data: 'x' });
    chosen = path.join(dir, 'New plan.heestar');
    await save({ suggestedName: 'p.heestar', kind: 'plan', data: 'y' });
    expect(asked).toEqual([]);
  });
});

describe('no absolute paths reach the page', () => {
  it('a save result names the file only', async () => {
    chosen = path.join(dir, 'Users', 'jane.smith', 'Plan');
    await mkdir(path.dirname(chosen), { recursive: true });
    const result = await save({ suggestedName: 'p.heestar', kind: 'plan', data: 'x' });
    expect(result).toEqual({ status: 'saved', name: 'Plan.heestar' });
    expect(JSON.stringify(result)).not.toContain('jane.smith');
    // Main still knows where it went (for the recent list), the page does not.
    expect(saved).toEqual([[`${chosen}.heestar`, 'plan']]);
  });

  it('recent files carry a display name and an opaque id, never a path', async () => {
    chosen = path.join(dir, 'Plan.heestar');
    await save({ suggestedName: 'p.heestar', kind: 'plan', data: 'x' });
    await Promise.all(recentWrites);
    const recent = (await ipc.invoke('plan:recent-files', APP_FRAME)) as Record<string, unknown>[];
    expect(recent).toHaveLength(1);
    expect(Object.keys(recent[0] ?? {}).sort()).toEqual(['id', 'name', 'usedAt']);
    expect(recent[0]?.name).toBe('Plan.heestar');
    expect(JSON.stringify(recent)).not.toContain(dir);
    const opened = (await ipc.invoke('plan:open-recent', APP_FRAME, recent[0]?.id)) as {
      status: string;
      name: string;
    };
    expect(opened).toMatchObject({ status: 'opened', name: 'Plan.heestar' });
    expect(await ipc.invoke('plan:open-recent', APP_FRAME, chosen)).toMatchObject({
      status: 'failed',
    });
  });
});
