/**
 * Two windows or tabs on one workshop must never overwrite each other. The first window to
 * open a workshop holds a Web Lock on it and edits; any other window follows read-only,
 * reloading whenever the editing window reports a completed save over a BroadcastChannel, and
 * takes over editing automatically when the first window closes.
 *
 * Home may still rename, trash or restore a workshop that another window is editing: the
 * write queue merges such a row with what is stored (db/rebase.ts), and the library edit is
 * announced on the same channel so the editing window shows it and every Home refreshes.
 */

export type EditAccess = 'editing' | 'following';

export interface PresenceHandlers {
  readonly onAccess: (access: EditAccess) => void;
  /** Another window saved this workshop (its edits, or Home's rename or Trash): reload it. */
  readonly onRemoteSave: () => void;
}

export interface WorkshopPresence {
  /** Tell other windows this one has just saved the workshop. */
  announceSave(): void;
  release(): void;
}

const CHANNEL = 'star-workshop-saves';

/** Tells this window's own messages apart: every channel object of one page hears them. */
const WINDOW_ID = Math.random().toString(36).slice(2);

interface SaveMessage {
  readonly workshopId: string;
  readonly from: string;
}

const asSaveMessage = (data: unknown): SaveMessage | null =>
  typeof data === 'object' &&
  data !== null &&
  'workshopId' in data &&
  typeof data.workshopId === 'string' &&
  'from' in data &&
  typeof data.from === 'string'
    ? { workshopId: data.workshopId, from: data.from }
    : null;

const openChannel = (): BroadcastChannel | null =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

/** How the library hears of, and tells other windows about, saved workshop changes. */
export interface LibrarySync {
  /** This window saved a library edit (rename, Trash, restore) of the workshop. */
  announce(workshopId: string): void;
  /** Calls `listener` when another window saved a workshop; returns an unsubscribe. */
  subscribe(listener: (workshopId: string) => void): () => void;
}

export const createLibrarySync = (): LibrarySync => {
  // Opened on first use only, so a store that never syncs holds no channel open.
  let channel: BroadcastChannel | null | undefined;
  const get = (): BroadcastChannel | null => (channel ??= openChannel());
  return {
    announce: (workshopId) => get()?.postMessage({ workshopId, from: WINDOW_ID }),
    subscribe: (listener) => {
      const own = openChannel();
      own?.addEventListener('message', (event: MessageEvent<unknown>) => {
        const message = asSaveMessage(event.data);
        if (message && message.from !== WINDOW_ID) listener(message.workshopId);
      });
      return () => own?.close();
    },
  };
};

export const joinWorkshop = (
  win: Window,
  workshopId: string,
  handlers: PresenceHandlers,
): WorkshopPresence => {
  const lockName = `star-workshop:workshop:${workshopId}`;
  const controller = new AbortController();
  let releaseLock: (() => void) | null = null;
  let released = false;
  // A function, not the variable, so checks inside async callbacks see the current value.
  const isReleased = (): boolean => released;
  const channel = openChannel();

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = asSaveMessage(event.data);
    if (message?.workshopId === workshopId && message.from !== WINDOW_ID) handlers.onRemoteSave();
  });

  const hold = (): Promise<void> =>
    new Promise<void>((resolve) => {
      releaseLock = resolve;
    });

  // Typed as always present, but missing in old hosts and some test environments.
  const locks = (win.navigator as Partial<Pick<Navigator, 'locks'>>).locks;
  if (!locks) {
    // No Web Locks (very old host): edit, as a single window always could.
    handlers.onAccess('editing');
  } else {
    void locks
      .request(lockName, { ifAvailable: true }, async (lock) => {
        if (isReleased()) return;
        if (lock) {
          handlers.onAccess('editing');
          await hold();
          return;
        }
        handlers.onAccess('following');
        // Queue for the lock: when the other window closes, this one takes over.
        void locks
          .request(lockName, { signal: controller.signal }, async () => {
            if (isReleased()) return;
            handlers.onRemoteSave();
            handlers.onAccess('editing');
            await hold();
          })
          .catch(() => undefined);
      })
      .catch(() => {
        handlers.onAccess('editing');
      });
  }

  return {
    announceSave: () => channel?.postMessage({ workshopId, from: WINDOW_ID } satisfies SaveMessage),
    release: () => {
      released = true;
      controller.abort();
      releaseLock?.();
      channel?.close();
    },
  };
};
