/**
 * Plan files the operating system asks us to open: double-clicked `.heestar` files arrive as
 * command-line arguments on Windows and Linux (at first launch, or in `second-instance` when the
 * app is already running) and as macOS `open-file` events, which can fire before the window has
 * loaded. They are queued here and handed to the renderer when it asks, so none is lost.
 */
import path from 'node:path';

export const PLAN_EXTENSION = '.heestar';

/**
 * Plan file paths in a command line: flags (`--foo`, `-x`, and Chromium's switches) and any
 * argument that does not end `.heestar` are ignored, so neither the executable, `.` (the app
 * folder in development) nor a stray document can be mistaken for a plan.
 */
export function planPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  for (const arg of argv) {
    if (arg === '' || arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith(PLAN_EXTENSION)) continue;
    // file:// URLs come from some Linux file managers.
    const raw = arg.startsWith('file://') ? decodeFileUrl(arg) : arg;
    if (raw === null) continue;
    const resolved = path.resolve(workingDirectory, raw);
    if (!paths.includes(resolved)) paths.push(resolved);
  }
  return paths;
}

function decodeFileUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) {
      return null;
    }
    return decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
}

export interface OpenRequestQueue {
  /** Adds paths not already waiting; calls the listener when anything was added. */
  enqueue(paths: readonly string[]): void;
  /** Everything waiting, oldest first; the queue is then empty. */
  take(): string[];
  /** Called after paths are queued, e.g. to tell the renderer. Returns unsubscribe. */
  onQueued(listener: () => void): () => void;
}

export function createOpenRequestQueue(): OpenRequestQueue {
  let waiting: string[] = [];
  const listeners = new Set<() => void>();
  return {
    enqueue(paths) {
      const fresh = paths.filter((p) => !waiting.includes(p));
      if (fresh.length === 0) return;
      waiting = [...waiting, ...fresh];
      for (const listener of listeners) listener();
    },
    take() {
      const taken = waiting;
      waiting = [];
      return taken;
    },
    onQueued(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
