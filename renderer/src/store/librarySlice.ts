/**
 * The library of workshops (Home and the Trash). Every library edit goes through `commit()`
 * like any workshop edit, with its edit-access check, but outside the open workshop's undo
 * history. Another window may be editing the workshop Home renames or trashes: the write
 * queue keeps both edits (db/rebase.ts), the edit is announced to other windows, and the
 * library re-reads itself whenever another window announces a saved workshop.
 */
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
import { copyWorkshopContent } from '@shared/domain/copyWorkshop';
import { describeStorageError } from '../db/errors';
import { rebaseRow, sameValue } from '../db/rebase';
import { deleteWorkshopForever, loadWorkshopChildren, loadWorkshops } from '../db/repositories';
import { invert, type Change } from './changes';
import type { LibrarySlice, SliceCreator } from './types';

/** Coalesces a burst of other windows' saves (typing there) into one re-read here. */
const REFRESH_DELAY_MS = 150;

const READ_ONLY_MESSAGE = 'This window is read-only: make the change in the other window';
const READ_ONLY = {
  ok: false as const,
  errors: [{ field: 'scope.title', message: READ_ONLY_MESSAGE }],
};

export const createLibrarySlice: SliceCreator<LibrarySlice> =
  ({ db, queue, newId, now, sync }) =>
  (set, get) => {
    const find = (id: string): Workshop | undefined => get().workshops.find((w) => w.id === id);
    const sortLibrary = (): void => {
      set({ workshops: [...get().workshops].sort(byLastEdited) });
    };

    /** Writes through commit, then tells other windows once the write is durable. */
    const commitLibrary = async (changes: readonly Change[], label: string): Promise<boolean> => {
      if (!get().commit(changes, label, undefined, { history: false })) return false;
      sortLibrary();
      const saved = await queue.flush();
      const id = (changes[0]?.after ?? changes[0]?.before)?.id;
      if (saved && id) sync?.announce(id);
      return saved;
    };
    const editWorkshop = (after: Workshop, label: string): Promise<boolean> =>
      commitLibrary([{ table: 'workshops', before: find(after.id) ?? null, after }], label);

    /** Re-read every workshop; an edit made here meanwhile is newer than what was read. */
    const readLibrary = async (): Promise<void> => {
      await queue.flush();
      const before = get().workshops;
      const { rows, invalid } = await loadWorkshops(db);
      const local = new Map(
        get()
          .workshops.filter((w) => !before.includes(w))
          .map((w) => [w.id, w]),
      );
      const read = new Set(rows.map((w) => w.id));
      set({
        workshops: [
          ...rows.map((w) => local.get(w.id) ?? w),
          ...[...local.values()].filter((w) => !read.has(w.id)),
        ].sort(byLastEdited),
        invalidRows: [...invalid, ...get().invalidRows.filter((r) => r.table !== 'workshops')],
        libraryStatus: 'ready',
      });
    };

    let following: (() => void) | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | null = null;
    const refreshSoon = (): void => {
      if (refreshTimer !== null) return;
      refreshTimer = setTimeout(() => {
        refreshTimer = null;
        void readLibrary().catch(() => undefined); // the next load reports storage failures
      }, REFRESH_DELAY_MS);
    };

    return {
      workshops: [],
      libraryStatus: 'loading',
      startupFailure: null,
      invalidRows: [],

      loadLibrary: async () => {
        try {
          await db.openChecked();
          await readLibrary();
          following ??= sync?.subscribe(refreshSoon) ?? null;
        } catch (error) {
          set({ libraryStatus: 'failed', startupFailure: describeStorageError(error) });
        }
      },

      applyStoredRows: (rows) => {
        let workshops = get().workshops;
        for (const { op, stored } of rows) {
          if (op.table !== 'workshops') continue;
          const mine = workshops.find((w) => w.id === op.row.id);
          if (!mine) continue;
          const shown = stored as Workshop | null;
          // Keep any edit made here after the one just written, on top of what is stored.
          const next = shown && !sameValue(mine, op.row) ? rebaseRow(op.row, mine, shown) : shown;
          workshops = next
            ? workshops.map((w) => (w.id === next.id ? next : w))
            : workshops.filter((w) => w.id !== op.row.id);
        }
        set({ workshops: workshops.sort(byLastEdited) });
      },

      createWorkshop: async (title) => {
        if (get().editAccess !== 'editing') return READ_ONLY;
        const result = createWorkshop({ title }, { id: newId(), now: now() });
        if (!result.ok) return result;
        await commitLibrary(
          [{ table: 'workshops', before: null, after: result.value }],
          'Create workshop',
        );
        return result;
      },

      renameWorkshop: (id, title) => {
        const workshop = find(id);
        if (!workshop)
          return {
            ok: false,
            errors: [{ field: 'scope.title', message: 'This workshop no longer exists' }],
          };
        if (get().editAccess !== 'editing') return READ_ONLY;
        const result = renameWorkshop(workshop, title, now());
        if (result.ok) void editWorkshop(result.value, 'Rename workshop');
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
        const copy = copyWorkshopContent({ workshop, ...children }, { newId, now: now(), title });
        const added = await get().addWorkshopCopy(copy, 'Duplicate workshop');
        return added.ok
          ? { ok: true, value: copy.workshop }
          : { ok: false, errors: [{ field: 'id', message: added.message }] };
      },

      addWorkshopCopy: async (copy, label) => {
        if (get().editAccess !== 'editing') return { ok: false, message: READ_ONLY_MESSAGE };
        const added = <T>(after: T) => ({ before: null, after });
        const changes: Change[] = [
          { table: 'workshops', ...added(copy.workshop) },
          ...copy.participants.map((p) => ({ table: 'participants' as const, ...added(p) })),
          ...copy.cards.map((c) => ({ table: 'cards' as const, ...added(c) })),
          ...copy.actions.map((a) => ({ table: 'actions' as const, ...added(a) })),
        ];
        // One commit, so one transaction: the whole workshop arrives or none of it.
        if (await commitLibrary(changes, label)) return { ok: true };
        const { save } = get();
        // Nothing half-added stays behind: take it back out (its queued writes become deletes).
        get().commit(invert(changes), label, undefined, { history: false });
        return {
          ok: false,
          message:
            save.state === 'error'
              ? `${save.failure.title}. ${save.failure.nextStep}`
              : 'It could not be saved.',
        };
      },

      trashWorkshop: async (id) => {
        const workshop = find(id);
        if (workshop) await editWorkshop(moveToTrash(workshop, now()), 'Move to Trash');
      },

      restoreWorkshop: async (id) => {
        const workshop = find(id);
        if (workshop) await editWorkshop(restoreFromTrash(workshop, now()), 'Restore');
      },

      deleteWorkshopForever: async (id) => {
        const workshop = find(id);
        // Only from the Trash: the UI offers it there, after confirmation.
        if (!workshop || workshop.deletedAt === null || get().editAccess !== 'editing') return;
        await queue.flush();
        // By index in one transaction, so rows that fail validation (never loaded) go too.
        // Not an undoable edit: it is the one permanent step, confirmed in the Trash.
        await deleteWorkshopForever(db, id);
        set({ workshops: get().workshops.filter((w) => w.id !== id) });
        sync?.announce(id);
      },
    };
  };
