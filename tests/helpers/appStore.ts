/** A real store on a real (fake-indexeddb) database with a unique name per test. */
import { StarDatabase } from '../../renderer/src/db/schema';
import { setDatabase } from '../../renderer/src/db';
import { resetAppStore, type StoreDeps } from '../../renderer/src/store';
import type { AppStore } from '../../renderer/src/store';

let counter = 0;

export interface TestApp {
  readonly store: AppStore;
  readonly db: StarDatabase;
  readonly deps: StoreDeps;
}

export const makeTestApp = (name?: string): TestApp => {
  counter += 1;
  const db = new StarDatabase(name ?? `test-${String(Date.now())}-${String(counter)}`);
  setDatabase(db);
  let ids = 0;
  let clock = Date.parse('2026-11-23T09:00:00.000Z');
  const deps: StoreDeps = {
    db,
    newId: () => `id-${String(counter)}-${String((ids += 1))}`,
    now: () => new Date((clock += 1000)).toISOString(),
  };
  return { store: resetAppStore(deps), db, deps };
};

/** Reopen the same database in a fresh store: what a restart of the app sees. */
export const restartTestApp = (app: TestApp): TestApp => {
  app.db.close();
  const db = new StarDatabase(app.db.name);
  setDatabase(db);
  const deps = { ...app.deps, db };
  return { store: resetAppStore(deps), db, deps };
};
