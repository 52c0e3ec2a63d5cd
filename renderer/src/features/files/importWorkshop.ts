/** Import into the running app: the store's id source, the app database, then a library reload. */
import type { Workshop, WorkshopContent } from '@shared/domain';
import { getDatabase } from '../../db';
import { describeStorageError } from '../../db/errors';
import { getAppStore } from '../../store';
import { importAsNewWorkshop } from './importPlan';

export type ImportOutcome = { ok: true; workshop: Workshop } | { ok: false; message: string };

export const importIntoLibrary = async (
  content: WorkshopContent,
  title?: string,
): Promise<ImportOutcome> => {
  const store = getAppStore();
  try {
    const workshop = await importAsNewWorkshop(
      content,
      { db: getDatabase(), newId: store.getState().newId, now: () => new Date().toISOString() },
      title,
    );
    await store.getState().loadLibrary();
    return { ok: true, workshop };
  } catch (error) {
    const failure = describeStorageError(error);
    return { ok: false, message: `Nothing was imported. ${failure.title}. ${failure.nextStep}` };
  }
};
