import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/ipc/contract';

// Importing the real 'electron' package in Node throws, so the preload's only import is faked.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    invoke: vi.fn((..._args: unknown[]) => Promise.resolve('result')),
    send: vi.fn(),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: electron.invoke,
    send: electron.send,
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      electron.listeners.set(channel, listener);
    },
  },
}));

let api: DesktopApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  api = electron.exposed.get('api') as DesktopApi;
});

describe('preload bridge', () => {
  it('exposes only window.api with the named methods of the contract', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'getAppInfo',
        'onFlushRequest',
        'openExternal',
        'openFile',
        'saveFile',
        'writeBackup',
        'listBackups',
        'readBackup',
        'getRecentFiles',
        'openRecentFile',
        'takeOpenRequests',
        'onOpenRequested',
        'onMenuCommand',
        'setMenuState',
      ].sort(),
    );
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'require']) {
      expect(api).not.toHaveProperty(generic);
    }
  });

  it('sends each method to its own channel', async () => {
    await api.getAppInfo();
    await api.openExternal('https://example.org');
    await api.openExternal('https://www.england.nhs.uk/', 'app');
    const save = { suggestedName: 'a.pdf', kind: 'pdf' as const, data: 'x' };
    await api.saveFile(save);
    await api.openFile({ filters: [] });
    expect(electron.invoke.mock.calls).toEqual([
      ['app:get-info'],
      // Links are page content unless the page says otherwise: main then asks the user.
      ['shell:open-external', 'https://example.org', 'content'],
      ['shell:open-external', 'https://www.england.nhs.uk/', 'app'],
      ['file:save', save],
      ['file:open', { filters: [] }],
    ]);
  });

  it('passes menu commands to subscribers and reports menu state on its own channel', () => {
    const seen: unknown[] = [];
    const stop = api.onMenuCommand((command) => seen.push(command));
    electron.listeners.get('menu:command')?.({}, { command: 'save-plan' });
    electron.listeners.get('menu:command')?.({}, 'not an object');
    stop();
    electron.listeners.get('menu:command')?.({}, { command: 'undo' });
    expect(seen).toEqual([{ command: 'save-plan' }]);
    api.setMenuState({ hasWorkshop: true });
    expect(electron.send).toHaveBeenLastCalledWith('menu:state', { hasWorkshop: true });
    electron.send.mockClear();
  });

  it('replies to a flush request once, after every handler has settled', async () => {
    let finishSlow: () => void = () => undefined;
    const slow = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finishSlow = resolve;
        }),
    );
    const failing = vi.fn(() => Promise.reject(new Error('disk full')));
    const stopSlow = api.onFlushRequest(slow);
    const stopFailing = api.onFlushRequest(failing);

    electron.listeners.get('lifecycle:flush-request')?.({}, 7);
    await vi.waitFor(() => {
      expect(slow).toHaveBeenCalledOnce();
    });
    expect(failing).toHaveBeenCalledOnce();
    expect(electron.send).not.toHaveBeenCalled();

    finishSlow();
    await vi.waitFor(() => {
      // A failed handler means edits may be unsaved: main will ask before quitting.
      expect(electron.send).toHaveBeenCalledWith('lifecycle:flush-done', 7, false);
    });
    expect(electron.send).toHaveBeenCalledOnce();

    stopSlow();
    stopFailing();
    electron.listeners.get('lifecycle:flush-request')?.({}, 8);
    await vi.waitFor(() => {
      expect(electron.send).toHaveBeenLastCalledWith('lifecycle:flush-done', 8, true);
    });
    expect(slow).toHaveBeenCalledOnce();
    // A handler that reports unsaved edits (the store's flushSaves resolving false).
    const stopUnsaved = api.onFlushRequest(() => Promise.resolve(false));
    electron.listeners.get('lifecycle:flush-request')?.({}, 9);
    await vi.waitFor(() => {
      expect(electron.send).toHaveBeenLastCalledWith('lifecycle:flush-done', 9, false);
    });
    stopUnsaved();
  });
});
