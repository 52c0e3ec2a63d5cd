import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLUSH_TIMEOUT_MS } from '@shared/ipc/contract';
import {
  createQuitGuard,
  type FlushTarget,
  type GuardedWindow,
  type PreventableEvent,
} from '../../electron/main/ipc/lifecycle';
import { APP_FRAME, FakeIpcMain, foreignFrame } from './helpers/fakeIpcMain';

/** A page that records flush requests; `reply` answers like the preload does. */
function fakePage(ipc: FakeIpcMain) {
  const requests: number[] = [];
  let destroyed = false;
  const target: FlushTarget = {
    isDestroyed: () => destroyed,
    send: (channel, requestId) => {
      expect(channel).toBe('lifecycle:flush-request');
      requests.push(requestId as number);
    },
  };
  return {
    target,
    requests,
    destroy: () => {
      destroyed = true;
    },
    reply: (requestId = requests.at(-1)) => {
      ipc.send('lifecycle:flush-done', APP_FRAME, requestId);
    },
  };
}

function fakeWindow(page: ReturnType<typeof fakePage>) {
  let onClose: ((event: PreventableEvent) => void) | undefined;
  const window: GuardedWindow & { closed: boolean } = {
    webContents: page.target,
    closed: false,
    on: (_event, listener) => {
      onClose = listener;
    },
    close: () => {
      // Like Electron: close() runs the close listeners again, and closes unless prevented.
      if (!tryClose()) return;
      window.closed = true;
    },
  };
  const tryClose = (): boolean => {
    let prevented = false;
    onClose?.({
      preventDefault: () => {
        prevented = true;
      },
    });
    return !prevented;
  };
  return window;
}

function fakeApp() {
  let onBeforeQuit: ((event: PreventableEvent) => void) | undefined;
  const app = {
    quitCount: 0,
    on: (_event: 'before-quit', listener: (event: PreventableEvent) => void) => {
      onBeforeQuit = listener;
    },
    quit: () => {
      const event = { isPrevented: false, preventDefault: () => (event.isPrevented = true) };
      onBeforeQuit?.(event);
      if (!event.isPrevented) app.quitCount += 1;
    },
  };
  return app;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('flush before quit', () => {
  it('asks the page to flush and quits only after it replies', async () => {
    const ipc = new FakeIpcMain();
    const app = fakeApp();
    const page = fakePage(ipc);
    const window = fakeWindow(page);
    createQuitGuard({ app, ipcMain: ipc, getWindows: () => [window] });

    app.quit();
    expect(page.requests).toHaveLength(1);
    expect(app.quitCount).toBe(0);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(app.quitCount).toBe(0);
    page.reply();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCount).toBe(1);
  });

  it('quits anyway after the timeout if the page never answers', async () => {
    const ipc = new FakeIpcMain();
    const app = fakeApp();
    const page = fakePage(ipc);
    createQuitGuard({ app, ipcMain: ipc, getWindows: () => [fakeWindow(page)] });

    app.quit();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(app.quitCount).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quitCount).toBe(1);
  });

  it('ignores replies from foreign frames and with the wrong id', async () => {
    const ipc = new FakeIpcMain();
    const guard = createQuitGuard({ app: fakeApp(), ipcMain: ipc, getWindows: () => [] });
    const page = fakePage(ipc);
    const outcome = guard.requestFlush(page.target);
    const requestId = page.requests[0];

    ipc.send('lifecycle:flush-done', foreignFrame('https://evil.example/'), requestId);
    ipc.send('lifecycle:flush-done', APP_FRAME, 999);
    ipc.send('lifecycle:flush-done', APP_FRAME, String(requestId));
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS);
    expect(await outcome).toBe('timed-out');
  });

  it('does not wait for a page that is already gone', async () => {
    const ipc = new FakeIpcMain();
    const guard = createQuitGuard({ app: fakeApp(), ipcMain: ipc, getWindows: () => [] });
    const page = fakePage(ipc);
    page.destroy();
    expect(await guard.requestFlush(page.target)).toBe('gone');
    expect(page.requests).toEqual([]);
  });

  it('flushes once even if quit is requested repeatedly', async () => {
    const ipc = new FakeIpcMain();
    const app = fakeApp();
    const page = fakePage(ipc);
    createQuitGuard({ app, ipcMain: ipc, getWindows: () => [fakeWindow(page)] });
    app.quit();
    app.quit();
    expect(page.requests).toHaveLength(1);
    page.reply();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCount).toBe(1);
  });
});

describe('flush before the window closes', () => {
  it('holds the close until the page has flushed', async () => {
    const ipc = new FakeIpcMain();
    const page = fakePage(ipc);
    const window = fakeWindow(page);
    const guard = createQuitGuard({ app: fakeApp(), ipcMain: ipc, getWindows: () => [window] });
    guard.guardWindow(window);

    window.close();
    expect(window.closed).toBe(false);
    expect(page.requests).toHaveLength(1);
    // A second click while waiting must not send a second request.
    window.close();
    expect(page.requests).toHaveLength(1);

    page.reply();
    await vi.advanceTimersByTimeAsync(0);
    expect(window.closed).toBe(true);
  });

  it('does not block windows closing during a quit that has already flushed', async () => {
    const ipc = new FakeIpcMain();
    const app = fakeApp();
    const page = fakePage(ipc);
    const window = fakeWindow(page);
    const guard = createQuitGuard({ app, ipcMain: ipc, getWindows: () => [window] });
    guard.guardWindow(window);

    app.quit();
    page.reply();
    await vi.advanceTimersByTimeAsync(0);
    expect(app.quitCount).toBe(1);
    window.close();
    expect(window.closed).toBe(true);
    expect(page.requests).toHaveLength(1);
  });
});
