/**
 * The one zustand store, combined from typed slices (zustand's slices pattern). The write
 * queue reports save states straight into the store, so the status the user sees always
 * reflects completed transactions.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { WriteQueue } from '../db/writeQueue';
import { getDatabase } from '../db';
import { createLibrarySync } from '../platform/workshopPresence';
import { createContentSlice } from './contentSlice';
import { createLibrarySlice } from './librarySlice';
import { createSaveSlice } from './saveSlice';
import { createHistorySlice } from './historySlice';
import { createEntitySlice } from './entitySlice';
import { createFacilitationSlice } from './facilitationSlice';
import type { AppState, StoreDeps } from './types';

export type AppStore = StoreApi<AppState>;

export const createAppStore = (deps: StoreDeps): AppStore => {
  let store: AppStore | null = null;
  const queue = new WriteQueue(deps.db, {
    now: deps.now,
    onState: (save) => store?.setState({ save }),
    onRebased: (rows) => store?.getState().applyStoredRows(rows),
  });
  const all = { ...deps, queue };
  store = createStore<AppState>()((...a) => ({
    ...createLibrarySlice(all)(...a),
    ...createContentSlice(all)(...a),
    ...createSaveSlice(all)(...a),
    ...createHistorySlice(all)(...a),
    ...createEntitySlice(all)(...a),
    ...createFacilitationSlice(all)(...a),
  }));
  return store;
};

let appStore: AppStore | null = null;

export const defaultDeps = (): StoreDeps => ({
  db: getDatabase(),
  newId: () => crypto.randomUUID(),
  now: () => new Date().toISOString(),
  sync: createLibrarySync(),
});

export const getAppStore = (): AppStore => {
  appStore ??= createAppStore(defaultDeps());
  return appStore;
};

/** Tests start each case from a fresh store (and usually a fresh database). */
export const resetAppStore = (deps?: StoreDeps): AppStore => {
  appStore = createAppStore(deps ?? defaultDeps());
  return appStore;
};

export const useApp = <T>(selector: (state: AppState) => T): T => useStore(getAppStore(), selector);

export type { AppState, StoreDeps } from './types';
