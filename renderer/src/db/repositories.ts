/**
 * Reading from the database goes through the domain schemas, exactly as importing a file
 * will: a row that fails validation is reported and left untouched (never silently dropped or
 * deleted), so a bad row cannot crash a screen.
 */
import {
  compareListOrder,
  validateAction,
  validateCard,
  validateParticipant,
  validateWorkshop,
  type Action,
  type Card,
  type Participant,
  type Result,
  type Workshop,
  type WorkshopContent,
} from '@shared/domain';
import type { StarDatabase } from './schema';

export interface InvalidRow {
  readonly table: string;
  readonly id: string;
  readonly problems: readonly string[];
}

export interface Loaded<T> {
  readonly rows: T[];
  readonly invalid: InvalidRow[];
}

const partition = <T>(
  table: string,
  raw: readonly unknown[],
  validate: (row: unknown) => Result<T>,
): Loaded<T> => {
  const rows: T[] = [];
  const invalid: InvalidRow[] = [];
  for (const row of raw) {
    const result = validate(row);
    if (result.ok) rows.push(result.value);
    else {
      const id =
        typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : '(no id)';
      invalid.push({ table, id, problems: result.errors.map((e) => e.message) });
    }
  }
  return { rows, invalid };
};

export const loadWorkshops = async (db: StarDatabase): Promise<Loaded<Workshop>> =>
  partition('workshops', await db.workshops.toArray(), validateWorkshop);

export interface LoadedContent {
  readonly participants: Participant[];
  readonly cards: Card[];
  readonly actions: Action[];
  readonly invalid: InvalidRow[];
}

export const loadWorkshopChildren = async (
  db: StarDatabase,
  workshopId: string,
): Promise<LoadedContent> => {
  const [p, c, a] = await db.transaction('r', [db.participants, db.cards, db.actions], async () =>
    Promise.all([
      db.participants.where('workshopId').equals(workshopId).toArray(),
      db.cards.where('workshopId').equals(workshopId).toArray(),
      db.actions.where('workshopId').equals(workshopId).toArray(),
    ]),
  );
  const participants = partition('participants', p, validateParticipant);
  const cards = partition('cards', c, validateCard);
  const actions = partition('actions', a, validateAction);
  return {
    participants: participants.rows.sort(compareListOrder),
    cards: cards.rows.sort(compareListOrder),
    actions: actions.rows.sort(compareListOrder),
    invalid: [...participants.invalid, ...cards.invalid, ...actions.invalid],
  };
};

/** Delete forever: the workshop and everything in it, in one transaction. */
export const deleteWorkshopForever = async (
  db: StarDatabase,
  workshopId: string,
): Promise<void> => {
  await db.transaction('rw', [db.workshops, db.participants, db.cards, db.actions], async () => {
    await db.participants.where('workshopId').equals(workshopId).delete();
    await db.cards.where('workshopId').equals(workshopId).delete();
    await db.actions.where('workshopId').equals(workshopId).delete();
    await db.workshops.delete(workshopId);
  });
};

export const writeMeta = async (db: StarDatabase, key: string, value: unknown): Promise<void> => {
  await db.meta.put({ key, value });
};

export type { WorkshopContent };
