/**
 * Backups for the browser build, which has no disk of its own: the last few snapshots of each
 * workshop in a separate small IndexedDB database, so the main database's schema is untouched
 * and clearing one does not clear the other by accident. Same retention as the desktop. Only
 * the browser platform (platform/backups.ts) uses it.
 */
import Dexie, { type EntityTable } from 'dexie';

export const BACKUPS_DB_NAME = 'star-workshop-backups';
/** Snapshots kept per workshop; older ones are deleted as new ones arrive. */
export const BROWSER_BACKUPS_PER_WORKSHOP = 10;
export const BROWSER_BACKUP_RETENTION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface SnapshotRow {
  id?: number;
  workshopId: string;
  title: string;
  organisation: string;
  savedAt: string;
  counts: { participants: number; cards: number; actions: number };
  data: string;
}

export class BackupsDatabase extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'id'>;

  constructor(name: string = BACKUPS_DB_NAME) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ snapshots: '++id, workshopId, savedAt' });
  }
}

let instance: BackupsDatabase | null = null;
export const getBackupsDatabase = (): BackupsDatabase => {
  instance ??= new BackupsDatabase();
  return instance;
};
/** Tests point this at a throwaway database. */
export const setBackupsDatabase = (db: BackupsDatabase | null): void => {
  instance = db;
};

/** Adds a snapshot, then keeps the newest per workshop and drops any past the retention. */
export const addSnapshot = async (
  db: BackupsDatabase,
  row: Omit<SnapshotRow, 'id'>,
  now: Date = new Date(),
): Promise<void> => {
  const cutoff = new Date(now.getTime() - BROWSER_BACKUP_RETENTION_DAYS * DAY_MS).toISOString();
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.add(row);
    await db.snapshots.where('savedAt').below(cutoff).delete();
    const mine = await db.snapshots.where('workshopId').equals(row.workshopId).sortBy('savedAt');
    const extra = mine.slice(0, Math.max(0, mine.length - BROWSER_BACKUPS_PER_WORKSHOP));
    await db.snapshots.bulkDelete(extra.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  });
};

/** Newest first, without the plan text (which can be megabytes). */
export const listSnapshots = async (
  db: BackupsDatabase,
  workshopId: string | null,
): Promise<Omit<SnapshotRow, 'data'>[]> => {
  const rows =
    workshopId === null
      ? await db.snapshots.toArray()
      : await db.snapshots.where('workshopId').equals(workshopId).toArray();
  return rows
    .map(({ data: _data, ...rest }) => rest)
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
};

export const readSnapshot = async (db: BackupsDatabase, id: number): Promise<string | null> =>
  (await db.snapshots.get(id))?.data ?? null;
