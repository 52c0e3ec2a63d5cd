// Confirm-before-quit only while a save is pending: the page's flush reply says whether every
// edit was written. When it was, the app quits without a question; when it was not (a failed
// write, or no answer in time), main asks, and "Keep working" cancels the quit or close.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createQuitGuard,
  DISCARD_CONFIRMATION,
  type GuardedWindow,
  type PreventableEvent,
} from '../../electron/main/ipc/lifecycle';
import { APP_FRAME, FakeIpcMain } from './helpers/fakeIpcMain';

function setup(answer: boolean) {
  const ipc = new FakeIpcMain();
  const requests: number[] = [];
  let onBeforeQuit: ((event: PreventableEvent) => void) | undefined;
  let onClose: ((event: PreventableEvent) => void) | undefined;
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
  const window: GuardedWindow & { closed: boolean } = {
    closed: false,
    webContents: {
      isDestroyed: () => false,
      send: (_channel, requestId) => requests.push(requestId as number),
    },
    on: (_event, listener) => {
      onClose = listener;
    },
    close: () => {
      const event = { isPrevented: false, preventDefault: () => (event.isPrevented = true) };
      onClose?.(event);
      if (!event.isPrevented) window.closed = true;
    },
  };
  const confirmDiscard = vi.fn(() => Promise.resolve(answer));
  const guard = createQuitGuard({ app, ipcMain: ipc, getWindows: () => [window], confirmDiscard });
  guard.guardWindow(window);
  const reply = (isSaved?: boolean) => {
    const args = isSaved === undefined ? [requests.at(-1)] : [requests.at(-1), isSaved];
    ipc.send('lifecycle:flush-done', APP_FRAME, ...args);
  };
  return { app, window, reply, confirmDiscard };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('confirm before quit', () => {
  it('quits without asking when everything was saved', async () => {
    const { app, reply, confirmDiscard } = setup(false);
    app.quit();
    reply(true);
    await settle();
    expect(confirmDiscard).not.toHaveBeenCalled();
    expect(app.quitCount).toBe(1);
  });

  it('asks when a save is still pending, and Keep working cancels the quit', async () => {
    const { app, reply, confirmDiscard } = setup(false);
    app.quit();
    reply(false);
    await settle();
    expect(confirmDiscard).toHaveBeenCalledOnce();
    expect(app.quitCount).toBe(0);
    // A later quit asks the page again.
    app.quit();
    reply(true);
    await settle();
    expect(app.quitCount).toBe(1);
  });

  it('quits when the user chooses Quit anyway, and asks when the page never answered', async () => {
    const { app, confirmDiscard } = setup(true);
    app.quit();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(confirmDiscard).toHaveBeenCalledOnce();
    expect(app.quitCount).toBe(1);
  });

  it('keeps a window open when its page has unsaved edits and the user keeps working', async () => {
    const { window, reply, confirmDiscard } = setup(false);
    window.close();
    reply(false);
    await settle();
    expect(confirmDiscard).toHaveBeenCalledOnce();
    expect(window.closed).toBe(false);
    window.close();
    reply(true);
    await settle();
    expect(window.closed).toBe(true);
  });

  it('treats a reply without the flag (an older page) as saved', async () => {
    const { app, reply, confirmDiscard } = setup(false);
    app.quit();
    reply();
    await settle();
    expect(confirmDiscard).not.toHaveBeenCalled();
    expect(app.quitCount).toBe(1);
  });

  it('defaults to Keep working in the question', () => {
    expect(DISCARD_CONFIRMATION.buttons[DISCARD_CONFIRMATION.defaultId]).toBe('Keep working');
    expect(DISCARD_CONFIRMATION.cancelId).toBe(DISCARD_CONFIRMATION.defaultId);
  });
});
