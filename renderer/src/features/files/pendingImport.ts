/**
 * The plan file waiting on the import preview screen, and any more queued behind it (several
 * files double-clicked at once). Kept outside the app store: it is screen state for the files
 * feature, not workshop data.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import { planFileErrors, restorePlan, type RestoreResult } from '@shared/planfile';

export type ImportOrigin = 'file' | 'backup' | 'system';

export interface PendingImport {
  /** The file's name, or for a backup its description. */
  readonly name: string;
  readonly origin: ImportOrigin;
  readonly result: RestoreResult;
}

interface PendingState {
  readonly current: PendingImport | null;
  readonly waiting: readonly PendingImport[];
}

const store = createStore<PendingState>()(() => ({ current: null, waiting: [] }));

/** Runs the one restore pipeline on the bytes; never throws. */
export const restoreFile = (
  name: string,
  bytes: Uint8Array,
  origin: ImportOrigin,
): PendingImport => ({
  name,
  origin,
  result: restorePlan(bytes),
});

/** A file too big to read: refused before any byte is read, with the plan file's own wording. */
export const tooLargeFile = (name: string, size: number, origin: ImportOrigin): PendingImport => ({
  name,
  origin,
  result: { ok: false, error: planFileErrors.tooLarge(size, MAX_OPEN_FILE_BYTES) },
});

/** Shows `item` now, replacing whatever was on the preview. */
export const showImport = (item: PendingImport): void => {
  store.setState({ current: item });
};

/** Queues items; the first shows at once if nothing is on the preview. */
export const queueImports = (items: readonly PendingImport[]): void => {
  const { current, waiting } = store.getState();
  const [first, ...rest] = items;
  if (!first) return;
  if (current) store.setState({ waiting: [...waiting, ...items] });
  else store.setState({ current: first, waiting: [...waiting, ...rest] });
};

/** Done with the current file (imported or cancelled): the next waiting one, if any, shows. */
export const finishImport = (): PendingImport | null => {
  const [next = null, ...rest] = store.getState().waiting;
  store.setState({ current: next, waiting: rest });
  return next;
};

export const usePendingImport = (): PendingImport | null => useStore(store, (s) => s.current);
export const useWaitingCount = (): number => useStore(store, (s) => s.waiting.length);
