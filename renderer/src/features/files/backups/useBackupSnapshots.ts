/**
 * Automatic backups while a workshop is open: every 5 minutes, and whenever the host asks for
 * a flush (window hidden or closing, app quitting), a snapshot of the open workshop is kept if
 * it changed since the last one. Pending saves are flushed first so the snapshot matches the
 * database.
 */
import { useEffect } from 'react';
import { getPlatform } from '../../../platform';
import { getAppStore } from '../../../store';
import { contentOf } from '../currentContent';
import { writeBackup } from './backupHost';
import { createSnapshotter, SNAPSHOT_INTERVAL_MS } from './snapshotter';

export const useBackupSnapshots = (): void => {
  useEffect(() => {
    const store = getAppStore();
    const snapshotter = createSnapshotter((content) => writeBackup(content));
    snapshotter.observe(contentOf(store.getState()));
    const stopWatching = store.subscribe((state) => {
      snapshotter.observe(contentOf(state));
    });
    const snapshot = async (): Promise<void> => {
      await store.getState().flushSaves();
      await snapshotter.takeIfChanged();
    };
    const timer = window.setInterval(() => {
      void snapshot();
    }, SNAPSHOT_INTERVAL_MS);
    const stopFlush = getPlatform().onFlushRequest(snapshot);
    return () => {
      stopWatching();
      stopFlush();
      window.clearInterval(timer);
    };
  }, []);
};
