// The plan file channels as the renderer reaches them: each refuses foreign frames, checks its
// payload, and never opens a path the renderer made up — only backups under the backups root,
// files on main's own recent list, and files the operating system queued.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE } from '@shared/ipc/contract';
import { serialisePlan } from '@shared/planfile';
import type { FileDialogs } from '../../../electron/main/ipc/files';
import { recordingDialogs, registerPlanFileHandlers } from '../../../electron/main/ipc/planFiles';
import { createBackups } from '../../../electron/main/services/backups';
import { createOpenRequestQueue } from '../../../electron/main/services/openRequests';
import { createRecentFiles } from '../../../electron/main/services/recentFiles';
import { makeContent } from '../../helpers/planFactory';
import { APP_FRAME, FakeIpcMain, foreignFrame } from '../helpers/fakeIpcMain';

let dir: string;
let ipc: FakeIpcMain;
let queue: ReturnType<typeof createOpenRequestQueue>;
let recent: ReturnType<typeof createRecentFiles>;
let opened: string[];
const clock = new Date('2026-11-23T09:00:00.000Z');
const PLAN = serialisePlan(makeContent(), {
  anonymise: false,
  now: clock.toISOString(),
  appVersion: '0.1.0',
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'star-planipc-'));
  ipc = new FakeIpcMain();
  queue = createOpenRequestQueue();
  recent = createRecentFiles({ file: path.join(dir, 'recent.json'), platform: 'linux' });
  opened = [];
  registerPlanFileHandlers(ipc, {
    backups: createBackups({ root: path.join(dir, 'backups'), now: () => clock }),
    recentFiles: recent,
    openRequests: queue,
    onPlanOpened: (p) => opened.push(p),
    maxOpenBytes: 1024 * 1024,
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const call = (channel: string, ...args: unknown[]): Promise<unknown> =>
  ipc.invoke(channel, APP_FRAME, ...args);

describe('plan file channels', () => {
  it.each([
    [INVOKE.writeBackup, [{ workshopId: 'ws-1', data: PLAN }]],
    [INVOKE.listBackups, [null]],
    [INVOKE.readBackup, [{ folder: 'ws-1', fileName: '2026-11-23T09-00-00-000Z.heestar' }]],
    [INVOKE.getRecentFiles, []],
    [INVOKE.openRecentFile, ['0b5e8c1a-9f2d-4c7e-8a1b-2c3d4e5f6a7b']],
    [INVOKE.takeOpenRequests, []],
  ])('%s refuses a foreign frame', async (channel, args) => {
    await expect(
      ipc.invoke(channel, foreignFrame('https://evil.example/'), ...args),
    ).rejects.toThrow(/did not come from Star Workshop/);
  });

  it('writes a backup, lists it and reads it back', async () => {
    expect(await call(INVOKE.writeBackup, { workshopId: 'ws-1', data: PLAN })).toEqual({
      status: 'saved',
      savedAt: clock.toISOString(),
    });
    const list = (await call(INVOKE.listBackups, 'ws-1')) as { folder: string; fileName: string }[];
    expect(list).toHaveLength(1);
    const read = (await call(INVOKE.readBackup, {
      folder: list[0]?.folder,
      fileName: list[0]?.fileName,
    })) as {
      status: string;
      bytes: Uint8Array;
    };
    expect(read.status).toBe('opened');
    expect(new TextDecoder().decode(read.bytes)).toBe(PLAN);
  });

  it('refuses backup payloads and names that do not fit the patterns', async () => {
    expect(await call(INVOKE.writeBackup, { workshopId: '', data: PLAN })).toMatchObject({
      status: 'failed',
    });
    expect(
      await call(INVOKE.writeBackup, { workshopId: 'ws-1', data: PLAN, extra: 1 }),
    ).toMatchObject({
      status: 'failed',
    });
    for (const ref of [
      { folder: '..', fileName: '2026-11-23T09-00-00-000Z.heestar' },
      { folder: 'ws-1', fileName: '../../recent.json' },
      { folder: 'ws-1', fileName: '2026-11-23T09-00-00-000Z.json' },
    ]) {
      expect(await call(INVOKE.readBackup, ref)).toEqual({
        status: 'failed',
        reason: 'That is not a backup.',
      });
    }
  });

  it('opens a recent file only when main’s own list holds it', async () => {
    const listed = path.join(dir, 'Listed.heestar');
    const unlisted = path.join(dir, 'Unlisted.heestar');
    await writeFile(listed, PLAN);
    await writeFile(unlisted, PLAN);
    await recent.add(listed);

    const [entry] = (await call(INVOKE.getRecentFiles)) as { id: string; name: string }[];
    expect(entry?.name).toBe('Listed.heestar');
    const ok = (await call(INVOKE.openRecentFile, entry?.id)) as { status: string; name: string };
    expect(ok).toMatchObject({ status: 'opened', name: 'Listed.heestar' });
    // Paths are not ids: neither a listed nor an unlisted path opens anything.
    for (const notAnId of [listed, unlisted, path.join(dir, 'recent.json')]) {
      expect(await call(INVOKE.openRecentFile, notAnId)).toMatchObject({ status: 'failed' });
    }
    expect(await call(INVOKE.openRecentFile, '0b5e8c1a-9f2d-4c7e-8a1b-2c3d4e5f6a7b')).toMatchObject(
      { status: 'failed' },
    );
    expect(((await call(INVOKE.getRecentFiles)) as unknown[]).length).toBe(1);
  });

  it('hands over queued files once, reporting those that cannot be read', async () => {
    const good = path.join(dir, 'Breakout A.heestar');
    await writeFile(good, PLAN);
    queue.enqueue([good, path.join(dir, 'Gone.heestar')]);

    const files = (await call(INVOKE.takeOpenRequests)) as { status: string; name: string }[];
    expect(files.map((f) => [f.status, f.name])).toEqual([
      ['opened', 'Breakout A.heestar'],
      ['failed', 'Gone.heestar'],
    ]);
    expect(opened).toEqual([good]);
    expect(((await call(INVOKE.getRecentFiles)) as { name: string }[]).map((f) => f.name)).toEqual([
      'Breakout A.heestar',
    ]);
    expect(await call(INVOKE.takeOpenRequests)).toEqual([]);
  });
});

describe('dialogs that remember plan files', () => {
  it('records .heestar paths chosen to open, and nothing else', async () => {
    const choices = {
      save: { canceled: false, filePath: '/docs/Plan.heestar' },
      open: { canceled: false, filePaths: ['/docs/report.pdf'] },
    };
    const dialogs: FileDialogs = {
      showSave: () => Promise.resolve(choices.save),
      showOpen: () => Promise.resolve(choices.open),
      confirmOverwrite: () => Promise.resolve(true),
    };
    const record = vi.fn();
    const wrapped = recordingDialogs(dialogs, record);
    // Saves are recorded by the save handler once written (tests/node/security/saveKinds).
    expect(await wrapped.showSave({})).toBe(choices.save);
    await wrapped.showOpen({});
    choices.open = { canceled: false, filePaths: ['/docs/Other.HEESTAR'] };
    await wrapped.showOpen({});
    choices.open = { canceled: true, filePaths: ['/docs/Cancelled.heestar'] };
    await wrapped.showOpen({});
    expect(record.mock.calls).toEqual([['/docs/Other.HEESTAR']]);
  });
});
