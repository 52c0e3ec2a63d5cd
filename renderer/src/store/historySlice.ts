/**
 * Undo and redo across every step, for card, action, participant and workshop edits.
 * Consecutive edits with the same coalescing key within a short window (typing in one field)
 * become one undo step.
 */
import { applyChanges, invert, mergeChanges, toWriteOps, type Change } from './changes';
import type { HistorySlice, SliceCreator } from './types';

const COALESCE_MS = 1500;
const MAX_HISTORY = 200;

export const createHistorySlice: SliceCreator<HistorySlice> =
  ({ queue }) =>
  (set, get) => {
    let lastKey: string | null = null;
    let lastAt = 0;

    const apply = (changes: readonly Change[]): void => {
      set(applyChanges(get(), changes, get().currentId));
      queue.enqueue(toWriteOps(changes));
    };

    return {
      undoStack: [],
      redoStack: [],

      commit: (changes, label, coalesceKey, options) => {
        // A window following another window's edits is read-only: never write from it.
        if (changes.length === 0 || get().editAccess !== 'editing') return false;
        apply(changes);
        if (options?.history === false) return true;
        const now = Date.now();
        const { undoStack } = get();
        const top = undoStack.at(-1);
        if (coalesceKey && top && coalesceKey === lastKey && now - lastAt < COALESCE_MS) {
          set({
            undoStack: [
              ...undoStack.slice(0, -1),
              { label, changes: mergeChanges(top.changes, changes) },
            ],
            redoStack: [],
          });
        } else {
          set({
            undoStack: [...undoStack, { label, changes: [...changes] }].slice(-MAX_HISTORY),
            redoStack: [],
          });
        }
        lastKey = coalesceKey ?? null;
        lastAt = now;
        return true;
      },

      undo: () => {
        if (get().editAccess !== 'editing') return null;
        const entry = get().undoStack.at(-1);
        if (!entry) return null;
        apply(invert(entry.changes));
        set({ undoStack: get().undoStack.slice(0, -1), redoStack: [...get().redoStack, entry] });
        lastKey = null;
        return entry.label;
      },

      redo: () => {
        if (get().editAccess !== 'editing') return null;
        const entry = get().redoStack.at(-1);
        if (!entry) return null;
        apply(entry.changes);
        set({ redoStack: get().redoStack.slice(0, -1), undoStack: [...get().undoStack, entry] });
        lastKey = null;
        return entry.label;
      },

      clearHistory: () => {
        lastKey = null;
        set({ undoStack: [], redoStack: [] });
      },
    };
  };
