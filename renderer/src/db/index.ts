/** The app's one database connection, opened once at start. */
import { StarDatabase } from './schema';

let instance: StarDatabase | null = null;

export const getDatabase = (): StarDatabase => {
  instance ??= new StarDatabase();
  return instance;
};

/** Tests and benchmarks point the app at a throwaway database. */
export const setDatabase = (db: StarDatabase | null): void => {
  instance = db;
};

export { StarDatabase, DB_NAME } from './schema';
export type { ContentTable, RowOf } from './schema';
