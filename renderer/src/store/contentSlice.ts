import {
  setStepCompleted,
  updateScope,
  validateWorkshop,
  type Result,
  type Workshop,
} from '@shared/domain';
import { rebaseRow, sameValue } from '../db/rebase';
import { loadWorkshopChildren } from '../db/repositories';
import type { ContentSlice, SliceCreator } from './types';

export const createContentSlice: SliceCreator<ContentSlice> =
  ({ db, queue, now, newId }) =>
  (set, get) => {
    const current = (): Workshop | undefined => {
      const id = get().currentId;
      return get().workshops.find((w) => w.id === id);
    };
    /** Workshop-level edits are undoable like any other; typing in one field is one step. */
    const putWorkshop = (workshop: Workshop, label: string, key?: string): void => {
      const before = get().workshops.find((w) => w.id === workshop.id) ?? null;
      get().commit([{ table: 'workshops', before, after: workshop }], label, key);
    };
    const noWorkshop = {
      ok: false as const,
      errors: [{ field: 'id', message: 'No workshop is open' }],
    };
    /** Validated whole-record update for workshop-level settings. */
    const patchWorkshop = (patch: Partial<Workshop>): Result<Workshop> => {
      const workshop = current();
      if (!workshop) return noWorkshop;
      const result = validateWorkshop({ ...workshop, ...patch, updatedAt: now() });
      if (result.ok)
        putWorkshop(result.value, 'Edit workshop', `workshop:${Object.keys(patch).join()}`);
      return result;
    };

    return {
      currentId: null,
      contentStatus: 'idle',
      newId,
      participants: [],
      cards: [],
      actions: [],

      openWorkshop: async (id) => {
        if (get().currentId === id && get().contentStatus === 'ready') return;
        get().clearHistory();
        set({ currentId: id, contentStatus: 'loading', participants: [], cards: [], actions: [] });
        if (!get().workshops.some((w) => w.id === id)) {
          set({ contentStatus: 'missing' });
          return;
        }
        const loaded = await loadWorkshopChildren(db, id);
        if (get().currentId !== id) return; // another workshop was opened meanwhile
        set({
          participants: loaded.participants,
          cards: loaded.cards,
          actions: loaded.actions,
          invalidRows: [...get().invalidRows, ...loaded.invalid],
          contentStatus: 'ready',
        });
      },

      reloadWorkshop: async () => {
        const id = get().currentId;
        if (!id) return;
        // The editing window holds this workshop: only Home elsewhere (rename, Trash) can
        // have written it, and only its row. Keep this window's content and undo history.
        if (get().editAccess === 'editing') {
          await queue.flush();
          const read = current();
          const row = await db.workshops.get(id);
          const stored = row ? validateWorkshop(row) : null;
          const mine = current();
          if (get().currentId !== id || !stored?.ok || !read || !mine) return;
          const next = sameValue(read, mine) ? stored.value : rebaseRow(read, mine, stored.value);
          set({ workshops: get().workshops.map((w) => (w.id === id ? next : w)) });
          return;
        }
        const [row, loaded] = await Promise.all([
          db.workshops.get(id),
          loadWorkshopChildren(db, id),
        ]);
        if (get().currentId !== id) return;
        const workshop = row ? validateWorkshop(row) : null;
        set({
          workshops: workshop?.ok
            ? get().workshops.map((w) => (w.id === id ? workshop.value : w))
            : get().workshops,
          participants: loaded.participants,
          cards: loaded.cards,
          actions: loaded.actions,
        });
        // Another window's edits make our undo history meaningless.
        get().clearHistory();
      },

      closeWorkshop: () => {
        get().clearHistory();
        set({ currentId: null, contentStatus: 'idle', participants: [], cards: [], actions: [] });
      },

      updateScope: (patch) => {
        const workshop = current();
        if (!workshop) return noWorkshop;
        const result = updateScope(workshop, patch, now());
        if (result.ok)
          putWorkshop(result.value, 'Edit scope', `scope:${Object.keys(patch).join()}`);
        return result;
      },

      setStepCompleted: (step, completed) => {
        const workshop = current();
        if (workshop)
          putWorkshop(
            setStepCompleted(workshop, step, completed, now()),
            completed ? 'Mark step completed' : 'Mark step not completed',
          );
      },

      setStepNote: (step, text) =>
        patchWorkshop({ stepNotes: { ...current()?.stepNotes, [step]: text } }),

      setEnablers: (enablers) => patchWorkshop({ enablers: [...enablers] }),
    };
  };
