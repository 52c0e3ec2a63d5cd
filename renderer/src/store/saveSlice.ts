import type { SaveSlice, SliceCreator } from './types';

export const createSaveSlice: SliceCreator<SaveSlice> =
  ({ queue }) =>
  () => ({
    save: { state: 'idle' },
    flushSaves: () => queue.flush(),
    retrySave: () => queue.retry(),
  });
