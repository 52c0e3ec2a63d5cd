/**
 * The IndexedDB schema. Never delete or edit an old `version()` declaration: add a new one with
 * an upgrade function, or existing users' data will not open.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Action, Card, Participant, Workshop } from '@shared/domain';
import { upgradeToV2 } from './upgrades';

export const DB_NAME = 'star-workshop';
/** The newest schema version this build declares. */
export const SCHEMA_VERSION = 2;

export interface MetaRow {
  key: string;
  value: unknown;
}

export class StarDatabase extends Dexie {
  workshops!: EntityTable<Workshop, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  cards!: EntityTable<Card, 'id'>;
  actions!: EntityTable<Action, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DB_NAME) {
    // 'strict' makes a completed transaction survive power loss, not just an app crash.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      cards: 'id, workshopId',
      actions: 'id, workshopId',
      meta: 'key',
    });
    // Version 2: stored idea numbers and actions linked to several ideas (same indexes).
    this.version(2)
      .stores({})
      .upgrade((tx) => upgradeToV2(tx));
  }

  /**
   * Open, refusing a database that a newer build has upgraded. Dexie 4 would open (and
   * re-version) it, and this build could then misread or damage data it does not understand,
   * so the installed version is read first without opening the database.
   */
  async openChecked(): Promise<void> {
    const installed = await installedVersion(this.name);
    // Dexie stores declared version N as IndexedDB version N × 10 (plus small bumps).
    if (installed !== null && Math.floor(installed / 10) > SCHEMA_VERSION) {
      const error = new Error(
        `Database version ${String(Math.floor(installed / 10))} is newer than ${String(SCHEMA_VERSION)}`,
      );
      error.name = 'VersionError';
      throw error;
    }
    await this.open();
  }
}

const installedVersion = async (name: string): Promise<number | null> => {
  if (typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  return found?.version ?? null;
};

export const CONTENT_TABLES = ['workshops', 'participants', 'cards', 'actions'] as const;
export type ContentTable = (typeof CONTENT_TABLES)[number];

export interface RowOf {
  workshops: Workshop;
  participants: Participant;
  cards: Card;
  actions: Action;
}
