import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE, type InvokeChannel } from '@shared/ipc/contract';
import { INVOKE_ARGS_SCHEMAS, parseInvokeArgs } from '@shared/ipc/validators';
import { registerAppInfoHandlers } from '../../electron/main/ipc/appInfo';
import { registerFileHandlers, type FileDialogs } from '../../electron/main/ipc/files';
import { isTrustedSender } from '../../electron/main/ipc/guard';
import { registerPlanFileHandlers } from '../../electron/main/ipc/planFiles';
import { registerShellHandlers } from '../../electron/main/ipc/shell';
import { createBackups } from '../../electron/main/services/backups';
import { createExternalLinks } from '../../electron/main/services/externalLinks';
import { createOpenRequestQueue } from '../../electron/main/services/openRequests';
import { createRecentFiles } from '../../electron/main/services/recentFiles';
import { APP_FRAME, FakeIpcMain, foreignFrame } from './helpers/fakeIpcMain';

let dir: string;
let ipc: FakeIpcMain;
let opened: string[];
let saveChoice: { canceled: boolean; filePath: string };
let openChoice: { canceled: boolean; filePaths: string[] };
let saveOptions: SaveDialogOptions[];
let openOptions: OpenDialogOptions[];

const PLAN_FILTER = [{ name: 'Star Workshop plan', extensions: ['heestar'] }];

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'star-ipc-'));
  ipc = new FakeIpcMain();
  opened = [];
  saveOptions = [];
  openOptions = [];
  saveChoice = { canceled: false, filePath: path.join(dir, 'plan.heestar') };
  openChoice = { canceled: false, filePaths: [path.join(dir, 'plan.heestar')] };
  const dialogs: FileDialogs = {
    showSave: (options) => {
      saveOptions.push(options);
      return Promise.resolve(saveChoice);
    },
    showOpen: (options) => {
      openOptions.push(options);
      return Promise.resolve(openChoice);
    },
    confirmOverwrite: () => Promise.resolve(true),
  };
  registerAppInfoHandlers(
    ipc,
    { getName: () => 'Star Workshop', getVersion: () => '0.1.0' },
    'linux',
  );
  registerShellHandlers(
    ipc,
    createExternalLinks({
      openExternal: (url) => {
        opened.push(url);
        return Promise.resolve();
      },
      confirm: () => Promise.resolve(true),
      log: () => undefined,
    }),
  );
  registerFileHandlers(ipc, { dialogs, defaultDirectory: () => dir, maxOpenBytes: 1024 });
  registerPlanFileHandlers(ipc, {
    backups: createBackups({ root: path.join(dir, 'backups') }),
    recentFiles: createRecentFiles({ file: path.join(dir, 'recent.json') }),
    openRequests: createOpenRequestQueue(),
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sender checks', () => {
  it('trusts only frames on app://star-workshop', () => {
    expect(isTrustedSender(APP_FRAME)).toBe(true);
    expect(isTrustedSender(foreignFrame('app://star-workshop/workshops/1?x#y'))).toBe(true);
    for (const url of [
      'https://star-workshop/index.html',
      'app://evil.example/index.html',
      'app://star-workshop.evil.example/',
      'file:///C:/app/dist/index.html',
      'http://127.0.0.1:5173/',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender(foreignFrame(url)), url).toBe(false);
    }
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it.each(Object.values(INVOKE))('%s refuses a foreign frame and does nothing', async (channel) => {
    const args: Record<InvokeChannel, unknown[]> = {
      'app:get-info': [],
      'shell:open-external': ['https://www.england.nhs.uk/', 'app'],
      'file:save': [{ suggestedName: 'plan.heestar', kind: 'plan', data: 'x' }],
      'file:open': [{ filters: PLAN_FILTER }],
      'plan:write-backup': [{ workshopId: 'ws-1', data: 'x' }],
      'plan:list-backups': [null],
      'plan:read-backup': [{ folder: 'ws-1', fileName: '2026-11-23T09-00-00-000Z.heestar' }],
      'plan:recent-files': [],
      'plan:open-recent': ['0b5e8c1a-9f2d-4c7e-8a1b-2c3d4e5f6a7b'],
      'plan:take-open-requests': [],
    };
    const call = ipc.invoke(channel, foreignFrame('https://evil.example/'), ...args[channel]);
    await expect(call).rejects.toThrow(/did not come from Star Workshop/);
    expect(opened).toEqual([]);
    expect(saveOptions).toEqual([]);
    expect(openOptions).toEqual([]);
  });

  it('registers a handler for every channel in the contract', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.keys(INVOKE_ARGS_SCHEMAS).sort());
  });
});

describe('payload validation', () => {
  it('accepts well-formed requests', () => {
    expect(parseInvokeArgs('app:get-info', []).ok).toBe(true);
    expect(parseInvokeArgs('shell:open-external', ['https://example.org', 'content']).ok).toBe(
      true,
    );
    const data = new Uint8Array([1, 2, 3]);
    expect(
      parseInvokeArgs('file:save', [{ suggestedName: 'Plan – Zoë.pdf', kind: 'pdf', data }]),
    ).toEqual({ ok: true, args: [{ suggestedName: 'Plan – Zoë.pdf', kind: 'pdf', data }] });
  });

  it.each([
    ['extra arguments', 'app:get-info', ['surprise']],
    ['a number for a URL', 'shell:open-external', [42, 'app']],
    ['an unknown link source', 'shell:open-external', ['https://example.org', 'admin']],
    ['an over-long URL', 'shell:open-external', [`https://a.example/${'a'.repeat(2_100)}`, 'app']],
    [
      'a path as the file name',
      'file:save',
      [{ suggestedName: '../../.bashrc', kind: 'pdf', data: '' }],
    ],
    ['a Windows path', 'file:save', [{ suggestedName: 'C:\\x.txt', kind: 'pdf', data: '' }]],
    ['an empty file name', 'file:save', [{ suggestedName: '', kind: 'pdf', data: '' }]],
    ['a NUL in the name', 'file:save', [{ suggestedName: 'a\u0000.pdf', kind: 'pdf', data: '' }]],
    ['an object as data', 'file:save', [{ suggestedName: 'a.pdf', kind: 'pdf', data: { a: 1 } }]],
    [
      'unknown fields',
      'file:save',
      [{ suggestedName: 'a.pdf', kind: 'pdf', data: '', path: '/etc' }],
    ],
    [
      'filters chosen by the page',
      'file:save',
      [
        {
          suggestedName: 'a.exe',
          kind: 'pdf',
          filters: [{ name: 'x', extensions: ['exe'] }],
          data: '',
        },
      ],
    ],
    ['an unknown kind', 'file:save', [{ suggestedName: 'a.exe', kind: 'exe', data: '' }]],
    ['no kind', 'file:save', [{ suggestedName: 'a.pdf', data: '' }]],
    ['a bad extension', 'file:open', [{ filters: [{ name: 'x', extensions: ['../*'] }] }]],
    ['no request at all', 'file:open', []],
  ] as const)('refuses %s', (_label, channel, args) => {
    expect(parseInvokeArgs(channel, args).ok).toBe(false);
  });

  it('turns an invalid save into a failed result without showing a dialog', async () => {
    const result = await ipc.invoke('file:save', APP_FRAME, {
      suggestedName: '/etc/passwd',
      kind: 'pdf',
      data: 'x',
    });
    expect(result).toMatchObject({ status: 'failed' });
    expect(saveOptions).toEqual([]);
  });
});

describe('app info', () => {
  it('returns name, version and platform', async () => {
    expect(await ipc.invoke('app:get-info', APP_FRAME)).toEqual({
      name: 'Star Workshop',
      version: '0.1.0',
      platform: 'linux',
    });
  });
});

describe('open external', () => {
  it('opens https links and refuses everything else', async () => {
    expect(
      await ipc.invoke('shell:open-external', APP_FRAME, 'https://www.hee.nhs.uk/star', 'app'),
    ).toEqual({ status: 'opened' });
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.org/']) {
      expect(await ipc.invoke('shell:open-external', APP_FRAME, url, 'app')).toMatchObject({
        status: 'refused',
      });
    }
    expect(opened).toEqual(['https://www.hee.nhs.uk/star']);
  });
});

describe('save file', () => {
  it('writes the chosen file atomically and reports its name', async () => {
    await writeFile(path.join(dir, 'plan.heestar'), 'old');
    const result = await ipc.invoke('file:save', APP_FRAME, {
      suggestedName: 'plan.heestar',
      kind: 'plan',
      data: new TextEncoder().encode('new'),
    });
    expect(result).toEqual({ status: 'saved', name: 'plan.heestar' });
    expect(await readFile(path.join(dir, 'plan.heestar'), 'utf8')).toBe('new');
    expect(await readFile(path.join(dir, 'plan.heestar.bak'), 'utf8')).toBe('old');
    expect(saveOptions[0]?.defaultPath).toBe(path.join(dir, 'plan.heestar'));
  });

  it('adds the extension when the dialog returns a bare name', async () => {
    saveChoice = { canceled: false, filePath: path.join(dir, 'my plan') };
    const result = await ipc.invoke('file:save', APP_FRAME, {
      suggestedName: 'plan.heestar',
      kind: 'plan',
      data: '{}',
    });
    expect(result).toEqual({ status: 'saved', name: 'my plan.heestar' });
  });

  it('reports cancel as cancelled and writes nothing', async () => {
    saveChoice = { canceled: true, filePath: '' };
    const result = await ipc.invoke('file:save', APP_FRAME, {
      suggestedName: 'plan.heestar',
      kind: 'plan',
      data: '{}',
    });
    expect(result).toEqual({ status: 'cancelled' });
  });

  it('explains a failed write in plain English', async () => {
    saveChoice = { canceled: false, filePath: path.join(dir, 'gone', 'plan.heestar') };
    const result = await ipc.invoke('file:save', APP_FRAME, {
      suggestedName: 'plan.heestar',
      kind: 'plan',
      data: '{}',
    });
    expect(result).toEqual({
      status: 'failed',
      reason: 'That folder no longer exists. Choose another folder.',
    });
  });
});

describe('open file', () => {
  it('returns the name and bytes of the chosen file', async () => {
    await writeFile(path.join(dir, 'plan.heestar'), '{"type":"star"}');
    const result = await ipc.invoke('file:open', APP_FRAME, { filters: PLAN_FILTER });
    expect(result).toEqual({
      status: 'opened',
      name: 'plan.heestar',
      bytes: new Uint8Array(Buffer.from('{"type":"star"}')),
    });
    expect(openOptions[0]?.properties).toEqual(['openFile']);
  });

  it('refuses a file over the size cap with a clear message, before reading it', async () => {
    await writeFile(path.join(dir, 'plan.heestar'), 'x'.repeat(3 * 1024));
    const result = await ipc.invoke('file:open', APP_FRAME, { filters: PLAN_FILTER });
    expect(result).toEqual({
      status: 'failed',
      reason:
        'This file is 3 KB, which is over the 1 KB limit. Star Workshop plan files are much ' +
        'smaller, so this is probably not a plan file.',
    });
  });

  it('reports cancel and missing files', async () => {
    openChoice = { canceled: true, filePaths: [] };
    expect(await ipc.invoke('file:open', APP_FRAME, { filters: [] })).toEqual({
      status: 'cancelled',
    });
    openChoice = { canceled: false, filePaths: [path.join(dir, 'nope.heestar')] };
    expect(await ipc.invoke('file:open', APP_FRAME, { filters: [] })).toEqual({
      status: 'failed',
      reason: 'The file could not be found. It may have been moved or deleted.',
    });
  });

  it('refuses a folder', async () => {
    openChoice = { canceled: false, filePaths: [dir] };
    expect(await ipc.invoke('file:open', APP_FRAME, { filters: [] })).toMatchObject({
      status: 'failed',
      reason: 'That is not a file. Choose a plan file.',
    });
  });
});

describe('handlers never run for a foreign sender', () => {
  it('does not even open the save dialog', async () => {
    const spy = vi.fn();
    const local = new FakeIpcMain();
    registerFileHandlers(local, {
      dialogs: { showSave: spy, showOpen: spy, confirmOverwrite: spy },
      defaultDirectory: () => dir,
    });
    await expect(
      local.invoke('file:open', foreignFrame('app://evil/'), { filters: [] }),
    ).rejects.toThrow();
    expect(spy).not.toHaveBeenCalled();
  });
});
