// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '@shared/ipc/contract';
import { createPlatform } from '../../renderer/src/platform';
import { acceptFor } from '../../renderer/src/platform/browser';

let createdUrls: Blob[];
const NOW = '2026-11-23T09:00:00.000Z';

beforeEach(() => {
  createdUrls = [];
  // jsdom has no object URLs; record the blob the download was made from.
  URL.createObjectURL = (blob: Blob) => {
    createdUrls.push(blob);
    return `blob:test/${String(createdUrls.length)}`;
  };
  URL.revokeObjectURL = () => undefined;
});

afterEach(() => {
  delete window.api;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function fakeDesktopApi(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    getAppInfo: () =>
      Promise.resolve({ name: 'Star Workshop', version: '9.9.9', platform: 'win32' }),
    openExternal: () => Promise.resolve({ status: 'opened' }),
    saveFile: () => Promise.resolve({ status: 'saved', name: 'plan.heestar' }),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    onFlushRequest: () => () => undefined,
    writeBackup: () => Promise.resolve({ status: 'saved', savedAt: '2026-11-23T09:00:00.000Z' }),
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.resolve({ status: 'cancelled' }),
    getRecentFiles: () => Promise.resolve([]),
    openRecentFile: () => Promise.resolve({ status: 'cancelled' }),
    takeOpenRequests: () => Promise.resolve([]),
    onOpenRequested: () => () => undefined,
    onMenuCommand: () => () => undefined,
    setMenuState: () => undefined,
    ...overrides,
  };
}

describe('choosing the platform', () => {
  it('uses the desktop bridge when the preload exposed window.api', async () => {
    const recent = { id: 'recent-1', name: 'ward.heestar', usedAt: NOW };
    window.api = fakeDesktopApi({ getRecentFiles: () => Promise.resolve([recent]) });
    const platform = createPlatform(window);
    expect(await platform.getAppInfo()).toMatchObject({ version: '9.9.9', platform: 'win32' });
    expect(await platform.recentFiles.list()).toEqual([recent]);
  });

  it('falls back to the browser implementation otherwise', async () => {
    const platform = createPlatform(window);
    expect(await platform.getAppInfo()).toMatchObject({
      name: 'Star Workshop',
      platform: 'browser',
    });
    // No paths and no double-click in a browser: both are simply empty.
    expect(await platform.recentFiles.list()).toEqual([]);
    expect(await platform.openRequests.take()).toEqual([]);
  });
});

describe('desktop platform', () => {
  it('keeps backups through the main process, naming each by folder and file', async () => {
    const entry = {
      folder: 'ws-1',
      fileName: '2026-11-23T09-00-00.heestar',
      workshopId: 'ws-1',
      title: 'Frailty',
      organisation: 'Northbrook',
      savedAt: NOW,
      counts: { participants: 1, cards: 2, actions: 3 },
    };
    const asked: unknown[] = [];
    window.api = fakeDesktopApi({
      listBackups: () => Promise.resolve([entry]),
      readBackup: (ref) => {
        asked.push(ref);
        return Promise.resolve({ status: 'opened', name: 'x', bytes: new Uint8Array([1]) });
      },
      writeBackup: () => Promise.reject(new Error('IPC gone')),
    });
    const { backups } = createPlatform(window);
    const [item] = await backups.list(null);
    expect(item).toMatchObject({ title: 'Frailty', counts: entry.counts });
    if (!item) return;
    expect(await backups.read(item)).toMatchObject({ status: 'opened', name: 'Frailty (backup)' });
    expect(asked).toEqual([{ folder: entry.folder, fileName: entry.fileName }]);
    const written = await backups.write({ ...entry, data: '{}' });
    expect(written.ok).toBe(false);
    expect(backups.description).toMatch(/on this computer/);
  });

  it('turns a broken bridge into a failed result the UI can show', async () => {
    window.api = fakeDesktopApi({ saveFile: () => Promise.reject(new Error('IPC gone')) });
    const result = await createPlatform(window).saveFile({
      suggestedName: 'a.pdf',
      kind: 'pdf',
      data: 'x',
    });
    expect(result).toMatchObject({ status: 'failed' });
  });

  it('flushes before quit and when the page is hidden, and unsubscribes from both', () => {
    let quitHandler: (() => Promise<unknown>) | undefined;
    const unsubscribeQuit = vi.fn();
    window.api = fakeDesktopApi({
      onFlushRequest: (handler) => {
        quitHandler = handler;
        return unsubscribeQuit;
      },
    });
    const handler = vi.fn(() => Promise.resolve());
    const stop = createPlatform(window).onFlushRequest(handler);
    expect(quitHandler).toBe(handler);
    window.dispatchEvent(new Event('blur'));
    expect(handler).toHaveBeenCalledOnce();
    stop();
    expect(unsubscribeQuit).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('blur'));
    expect(handler).toHaveBeenCalledOnce();
  });
});

describe('browser platform', () => {
  it('saves by downloading a blob with the suggested name', async () => {
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    const result = await createPlatform(window).saveFile({
      suggestedName: 'Ward 7 plan.heestar',
      kind: 'plan',
      data: new Uint8Array([123, 125]),
    });
    expect(result).toEqual({ status: 'downloaded', name: 'Ward 7 plan.heestar' });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.download).toBe('Ward 7 plan.heestar');
    expect(createdUrls[0]?.type).toBe('application/vnd.star-workshop+json');
    expect(await createdUrls[0]?.text()).toBe('{}');
    // The temporary link does not linger in the page.
    expect(document.querySelector('a')).toBeNull();
  });

  it('opens a chosen file through a hidden file input', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      const file = new File(['{"a":1}'], 'plan.heestar');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createPlatform(window).openFile({
      filters: [{ name: 'Star Workshop plan', extensions: ['heestar'] }],
    });
    expect(result).toEqual({
      status: 'opened',
      name: 'plan.heestar',
      bytes: new Uint8Array(new TextEncoder().encode('{"a":1}')),
    });
    expect(document.querySelector('input')).toBeNull();
  });

  it('refuses an oversized file before reading it', async () => {
    const read = vi.fn();
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      const file = new File(['x'], 'huge.heestar');
      Object.defineProperty(file, 'size', { value: 11 * 1024 * 1024 });
      Object.defineProperty(file, 'arrayBuffer', { value: read });
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const result = await createPlatform(window).openFile({ filters: [] });
    expect(result).toEqual({
      status: 'failed',
      reason: expect.stringContaining('11 MB, which is over the 10 MB limit') as unknown,
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('reports a dismissed picker as cancelled', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await createPlatform(window).openFile({ filters: [] })).toEqual({ status: 'cancelled' });
  });

  it('opens only https links, in a new tab without an opener', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const platform = createPlatform(window);
    expect(await platform.openExternal('https://www.england.nhs.uk/')).toEqual({
      status: 'opened',
    });
    for (const url of ['javascript:alert(1)', 'http://example.org/', 'file:///etc/passwd']) {
      expect(await platform.openExternal(url)).toMatchObject({ status: 'refused' });
    }
    expect(open.mock.calls).toEqual([
      ['https://www.england.nhs.uk/', '_blank', 'noopener,noreferrer'],
    ]);
  });

  it('flushes on pagehide, on becoming hidden and on blur, until unsubscribed', () => {
    const handler = vi.fn(() => Promise.resolve());
    const stop = createPlatform(window).onFlushRequest(handler);
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(new Event('blur'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(handler).toHaveBeenCalledTimes(3);
    stop();
    window.dispatchEvent(new Event('pagehide'));
    expect(handler).toHaveBeenCalledTimes(3);
  });

  it('asks for persistent storage when the browser supports it', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', {
      value: { persisted: () => Promise.resolve(false), persist },
      configurable: true,
    });
    expect(await createPlatform(window).requestPersistentStorage()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    expect(await createPlatform(window).requestPersistentStorage()).toBe('unsupported');
  });

  it('builds the file input accept list from the filters', () => {
    expect(acceptFor([{ name: 'Plan', extensions: ['heestar', 'json'] }])).toBe('.heestar,.json');
    expect(acceptFor([{ name: 'All', extensions: ['*'] }])).toBe('');
  });
});
