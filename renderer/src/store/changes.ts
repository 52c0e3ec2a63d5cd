/**
 * Every edit to workshop data is a list of row changes (before → after). The same record
 * drives three things: the in-memory state, the write queue, and undo/redo, so no view can
 * change data in a way the others do not see.
 */
import {
  compareListOrder,
  type Action,
  type Card,
  type Participant,
  type Workshop,
} from '@shared/domain';
import type { WriteOp } from '../db/writeQueue';

export type Change =
  | {
      readonly table: 'workshops';
      readonly before: Workshop | null;
      readonly after: Workshop | null;
    }
  | {
      readonly table: 'participants';
      readonly before: Participant | null;
      readonly after: Participant | null;
    }
  | { readonly table: 'cards'; readonly before: Card | null; readonly after: Card | null }
  | { readonly table: 'actions'; readonly before: Action | null; readonly after: Action | null };

export interface ContentArrays {
  workshops: Workshop[];
  participants: Participant[];
  cards: Card[];
  actions: Action[];
}

const idOf = (c: Change): string => (c.after ?? c.before)?.id ?? '';

const applyTo = <T extends { id: string }>(
  list: readonly T[],
  id: string,
  after: T | null,
): T[] => {
  const index = list.findIndex((x) => x.id === id);
  if (after === null) return index < 0 ? [...list] : list.filter((x) => x.id !== id);
  if (index < 0) return [...list, after];
  const next = [...list];
  next[index] = after;
  return next;
};

/**
 * Apply changes to the in-memory arrays; returns only the arrays that changed. The participant,
 * card and action arrays hold the open workshop only, so rows of any other workshop (a
 * duplicate or an import made from Home) are written but not added to them.
 */
export const applyChanges = (
  state: ContentArrays,
  changes: readonly Change[],
  openWorkshopId: string | null = null,
): Partial<ContentArrays> => {
  const out: Partial<ContentArrays> = {};
  for (const c of changes) {
    if (c.table !== 'workshops' && (c.after ?? c.before)?.workshopId !== openWorkshopId) continue;
    switch (c.table) {
      case 'workshops':
        out.workshops = applyTo(out.workshops ?? state.workshops, idOf(c), c.after);
        break;
      case 'participants':
        out.participants = applyTo(out.participants ?? state.participants, idOf(c), c.after);
        break;
      case 'cards':
        out.cards = applyTo(out.cards ?? state.cards, idOf(c), c.after);
        break;
      case 'actions':
        out.actions = applyTo(out.actions ?? state.actions, idOf(c), c.after);
        break;
    }
  }
  out.participants?.sort(compareListOrder);
  out.cards?.sort(compareListOrder);
  out.actions?.sort(compareListOrder);
  return out;
};

export const toWriteOps = (changes: readonly Change[]): WriteOp[] =>
  changes.map((c): WriteOp => {
    if (c.after === null) return { table: c.table, type: 'delete', id: idOf(c) };
    switch (c.table) {
      case 'workshops':
        // Home in another window may rename or trash a workshop while this one edits it:
        // the base lets the write queue keep that edit (db/rebase.ts). Only workshop rows
        // are ever written by two windows, so only they pay for the extra read.
        return { table: 'workshops', type: 'put', row: c.after, base: c.before };
      case 'participants':
        return { table: 'participants', type: 'put', row: c.after };
      case 'cards':
        return { table: 'cards', type: 'put', row: c.after };
      case 'actions':
        return { table: 'actions', type: 'put', row: c.after };
    }
  });

/** The reverse of a set of changes, in reverse order: what undo applies. */
export const invert = (changes: readonly Change[]): Change[] =>
  [...changes].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change);

/** Merge a later edit into an earlier history entry (typing in one field is one undo step). */
export const mergeChanges = (earlier: readonly Change[], later: readonly Change[]): Change[] => {
  const merged = [...earlier];
  for (const c of later) {
    const i = merged.findIndex((m) => m.table === c.table && idOf(m) === idOf(c));
    const existing = merged[i];
    if (i >= 0 && existing) merged[i] = { ...c, before: existing.before } as Change;
    else merged.push(c);
  }
  return merged;
};
