import {
  byLastEdited,
  copyTitle,
  createWorkshop,
  moveToTrash,
  renameWorkshop,
  restoreFromTrash,
  type Result,
  type Workshop,
} from '@shared/domain';
import { describeStorageError } from '../db/errors';
import { copyWorkshopContent } from '../db/duplicate';
import { deleteWorkshopForever, loadWorkshopChildren, loadWorkshops } from '../db/repositories';
import type { LibrarySlice, SliceCreator } from './types';

const replace = (list: Workshop[], next: Workshop): Workshop[] =>
  list.map((w) => (w.id === next.id ? next : w)).sort(byLastEdited);

export const createLibrarySlice: SliceCreator<LibrarySlice> =
  ({ db, queue, newId, now }) =>
  (set, get) => {
    const putWorkshop = (workshop: Workshop): void => {
      set({ workshops: replace(get().workshops, workshop) });
      queue.enqueue([{ table: 'workshops', type: 'put', row: workshop }]);
    };
    const find = (id: string): Workshop | undefined => get().workshops.find((w) => w.id === id);

    return {
      workshops: [],
      libraryStatus: 'loading',
      startupFailure: null,
      invalidRows: [],

      loadLibrary: async () => {
        try {
          await db.openChecked();
          const { rows, invalid } = await loadWorkshops(db);
          set({
            workshops: rows.sort(byLastEdited),
            invalidRows: invalid,
            libraryStatus: 'ready',
          });
        } catch (error) {
          set({ libraryStatus: 'failed', startupFailure: describeStorageError(error) });
        }
      },

      createWorkshop: async (title) => {
        const result = createWorkshop({ title }, { id: newId(), now: now() });
        if (!result.ok) return result;
        set({ workshops: [result.value, ...get().workshops].sort(byLastEdited) });
        queue.enqueue([{ table: 'workshops', type: 'put', row: result.value }]);
        await queue.flush();
        return result;
      },

      renameWorkshop: (id, title) => {
        const workshop = find(id);
        if (!workshop)
          return {
            ok: false,
            errors: [{ field: 'scope.title', message: 'This workshop no longer exists' }],
          };
        const result = renameWorkshop(workshop, title, now());
        if (result.ok) putWorkshop(result.value);
        return result;
      },

      duplicateWorkshop: async (id): Promise<Result<Workshop>> => {
        const workshop = find(id);
        if (!workshop)
          return {
            ok: false,
            errors: [{ field: 'id', message: 'This workshop no longer exists' }],
          };
        await queue.flush();
        const children = await loadWorkshopChildren(db, id);
        const title = copyTitle(
          workshop.scope.title,
          get().workshops.map((w) => w.scope.title),
        );
        const copy = copyWorkshopContent({ workshop, ...children }, title, newId, now());
        set({ workshops: [copy.workshop, ...get().workshops].sort(byLastEdited) });
        queue.enqueue([
          { table: 'workshops', type: 'put', row: copy.workshop },
          ...copy.participants.map((row) => ({
            table: 'participants' as const,
            type: 'put' as const,
            row,
          })),
          ...copy.cards.map((row) => ({ table: 'cards' as const, type: 'put' as const, row })),
          ...copy.actions.map((row) => ({ table: 'actions' as const, type: 'put' as const, row })),
        ]);
        await queue.flush();
        return { ok: true, value: copy.workshop };
      },

      trashWorkshop: async (id) => {
        const workshop = find(id);
        if (!workshop) return;
        putWorkshop(moveToTrash(workshop, now()));
        await queue.flush();
      },

      restoreWorkshop: async (id) => {
        const workshop = find(id);
        if (!workshop) return;
        putWorkshop(restoreFromTrash(workshop, now()));
        await queue.flush();
      },

      deleteWorkshopForever: async (id) => {
        const workshop = find(id);
        // Only from the Trash: the UI offers it there, after confirmation.
        if (!workshop || workshop.deletedAt === null) return;
        await queue.flush();
        await deleteWorkshopForever(db, id);
        set({ workshops: get().workshops.filter((w) => w.id !== id) });
      },
    };
  };
