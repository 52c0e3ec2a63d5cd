/**
 * "Flush before quit": before a window closes or the app quits, main asks the renderer to
 * finish its pending database writes, waits for the reply (at most FLUSH_TIMEOUT_MS, so a hung
 * page can never stop the app from closing), then lets the close or quit continue.
 *
 * Closing the last window on Windows/Linux destroys the page before `before-quit` fires, so
 * both the window's `close` and the app's `before-quit` are intercepted.
 */
import { EVENTS, FLUSH_TIMEOUT_MS, MESSAGES } from '@shared/ipc/contract';
import { flushDoneSchema } from '@shared/ipc/validators';
import { isTrustedSender, type IpcMainLike } from './guard';

export interface PreventableEvent {
  preventDefault(): void;
}

/** A webContents as far as flushing is concerned. */
export interface FlushTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

export interface GuardedWindow {
  readonly webContents: FlushTarget;
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown;
  close(): void;
}

export interface QuittableApp {
  on(event: 'before-quit', listener: (event: PreventableEvent) => void): unknown;
  quit(): void;
}

export type FlushOutcome = 'flushed' | 'timed-out' | 'gone';

export interface QuitGuardDeps {
  app: QuittableApp;
  ipcMain: Pick<IpcMainLike, 'on'>;
  getWindows: () => readonly GuardedWindow[];
  timeoutMs?: number;
}

export interface QuitGuard {
  /** Intercepts this window's close until its page has flushed. */
  guardWindow(window: GuardedWindow): void;
  /** Asks one page to flush; resolves when it replies, times out, or is gone. */
  requestFlush(target: FlushTarget): Promise<FlushOutcome>;
}

export function createQuitGuard(deps: QuitGuardDeps): QuitGuard {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  const pending = new Map<number, () => void>();
  let nextRequestId = 1;
  let isQuitReady = false;
  let isQuitting = false;

  deps.ipcMain.on(MESSAGES.flushDone, (event, ...args) => {
    if (!isTrustedSender(event)) return;
    const parsed = flushDoneSchema.safeParse(args);
    if (parsed.success) pending.get(parsed.data[0])?.();
  });

  function requestFlush(target: FlushTarget): Promise<FlushOutcome> {
    if (target.isDestroyed()) return Promise.resolve('gone');
    const requestId = nextRequestId++;
    return new Promise((resolve) => {
      const finish = (outcome: FlushOutcome): void => {
        clearTimeout(timer);
        pending.delete(requestId);
        resolve(outcome);
      };
      const timer = setTimeout(() => {
        finish('timed-out');
      }, timeoutMs);
      pending.set(requestId, () => {
        finish('flushed');
      });
      try {
        target.send(EVENTS.flushRequest, requestId);
      } catch {
        finish('gone');
      }
    });
  }

  deps.app.on('before-quit', (event) => {
    if (isQuitReady) return;
    event.preventDefault();
    if (isQuitting) return;
    isQuitting = true;
    const flushes = deps.getWindows().map((window) => requestFlush(window.webContents));
    void Promise.all(flushes).then(() => {
      isQuitReady = true;
      deps.app.quit();
    });
  });

  const closeReady = new WeakSet<GuardedWindow>();
  const closing = new WeakSet<GuardedWindow>();

  function guardWindow(window: GuardedWindow): void {
    window.on('close', (event) => {
      // After a quit-wide flush the pages are already saved; blocking here would cancel the quit.
      if (isQuitReady || closeReady.has(window)) return;
      event.preventDefault();
      if (closing.has(window)) return;
      closing.add(window);
      void requestFlush(window.webContents).then(() => {
        closeReady.add(window);
        window.close();
      });
    });
  }

  return { guardWindow, requestFlush };
}
