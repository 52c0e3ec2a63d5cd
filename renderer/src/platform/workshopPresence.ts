/**
 * Two windows or tabs on one workshop must never overwrite each other. The first window to
 * open a workshop holds a Web Lock on it and edits; any other window follows read-only,
 * reloading whenever the editing window reports a completed save over a BroadcastChannel, and
 * takes over editing automatically when the first window closes.
 */

export type EditAccess = 'editing' | 'following';

export interface PresenceHandlers {
  readonly onAccess: (access: EditAccess) => void;
  /** Another window saved changes to this workshop: reload it. */
  readonly onRemoteSave: () => void;
}

export interface WorkshopPresence {
  /** Tell other windows this one has just saved the workshop. */
  announceSave(): void;
  release(): void;
}

const CHANNEL = 'star-workshop-saves';

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
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data;
    if (
      typeof data === 'object' &&
      data !== null &&
      'workshopId' in data &&
      data.workshopId === workshopId
    ) {
      handlers.onRemoteSave();
    }
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
    announceSave: () => channel?.postMessage({ workshopId }),
    release: () => {
      released = true;
      controller.abort();
      releaseLock?.();
      channel?.close();
    },
  };
};
