/**
 * "Flush before quit": before a window closes or the app quits, main asks the renderer to
 * finish its pending database writes, waits for the reply (at most FLUSH_TIMEOUT_MS, so a hung
 * page can never stop the app from closing), then lets the close or quit continue.
 *
 * Closing the last window on Windows/Linux destroys the page before `before-quit` fires, so
 * both the window's `close` and the app's `before-quit` are intercepted.
 *
 * The flush reply says whether everything was saved. Only when it was not (a write failed, or
 * the page did not answer in time) does main ask before closing: "Quit anyway?" never appears
 * while everything is safely saved.
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

/** 'unsaved': the page answered but some edits could not be written. */
export type FlushOutcome = 'flushed' | 'unsaved' | 'timed-out' | 'gone';

export interface QuitGuardDeps {
  app: QuittableApp;
  ipcMain: Pick<IpcMainLike, 'on'>;
  getWindows: () => readonly GuardedWindow[];
  timeoutMs?: number;
  /**
   * Asked only when a save is still pending after the flush; resolves true to close anyway.
   * Without it, the app closes (the old behaviour).
   */
  confirmDiscard?: () => Promise<boolean>;
}

/** The question shown when closing would lose edits (Keep working is the default). */
export const DISCARD_CONFIRMATION = {
  type: 'warning',
  title: 'Changes not saved',
  message: 'Some of your latest changes have not been saved yet.',
  detail:
    'Star Workshop could not finish saving them. Keep working to try again, or quit and lose ' +
    'the changes that were not saved.',
  buttons: ['Keep working', 'Quit anyway'],
  defaultId: 0,
  cancelId: 0,
  noLink: true,
} as const;

const isSafe = (outcome: FlushOutcome): boolean => outcome === 'flushed' || outcome === 'gone';

export interface QuitGuard {
  /** Intercepts this window's close until its page has flushed. */
  guardWindow(window: GuardedWindow): void;
  /** Asks one page to flush; resolves when it replies, times out, or is gone. */
  requestFlush(target: FlushTarget): Promise<FlushOutcome>;
}

export function createQuitGuard(deps: QuitGuardDeps): QuitGuard {
  const timeoutMs = deps.timeoutMs ?? FLUSH_TIMEOUT_MS;
  const pending = new Map<number, (isSaved: boolean) => void>();
  const confirmDiscard = deps.confirmDiscard ?? (() => Promise.resolve(true));
  let nextRequestId = 1;
  let isQuitReady = false;
  let isQuitting = false;

  deps.ipcMain.on(MESSAGES.flushDone, (event, ...args) => {
    if (!isTrustedSender(event)) return;
    const parsed = flushDoneSchema.safeParse(args);
    // An older page sends no flag: it has flushed, which is all it could say.
    if (parsed.success) pending.get(parsed.data[0])?.(parsed.data[1] ?? true);
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
      pending.set(requestId, (isSaved) => {
        finish(isSaved ? 'flushed' : 'unsaved');
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
    void Promise.all(flushes)
      .then(async (outcomes) => outcomes.every(isSafe) || (await confirmDiscard()))
      .then((isQuitAllowed) => {
        if (!isQuitAllowed) {
          isQuitting = false;
          return;
        }
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
      void requestFlush(window.webContents)
        .then(async (outcome) => isSafe(outcome) || (await confirmDiscard()))
        .then((isCloseAllowed) => {
          closing.delete(window);
          if (!isCloseAllowed) return;
          closeReady.add(window);
          window.close();
        });
    });
  }

  return { guardWindow, requestFlush };
}
