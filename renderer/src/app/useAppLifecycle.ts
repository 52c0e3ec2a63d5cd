import { useEffect } from 'react';
import { getPlatform } from '../platform';
import { getDatabase } from '../db';
import { writeMeta } from '../db/repositories';
import { getAppStore } from '../store';

/**
 * Start-up and shutdown duties: ask for persistent storage (so the browser does not evict the
 * workshops under storage pressure) and record the answer; flush pending writes whenever the
 * host says the window is going away (blur, hidden, page hide, or Electron's quit).
 */
export const useAppLifecycle = (): void => {
  useEffect(() => {
    const platform = getPlatform();
    void platform.requestPersistentStorage().then(async (answer) => {
      try {
        await writeMeta(getDatabase(), 'storagePersisted', {
          answer,
          askedAt: new Date().toISOString(),
        });
      } catch {
        // The database failure screen already explains storage problems.
      }
    });
    // flushSaves says whether everything was written: the desktop app asks before quitting
    // only when it was not.
    return platform.onFlushRequest(() => getAppStore().getState().flushSaves());
  }, []);
};
