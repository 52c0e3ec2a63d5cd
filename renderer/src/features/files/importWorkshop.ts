/** Import into the running app: a copy under new ids, committed through the store. */
import type { Workshop, WorkshopContent } from '@shared/domain';
import { getAppStore } from '../../store';
import { remapForImport } from './importPlan';

export type ImportOutcome = { ok: true; workshop: Workshop } | { ok: false; message: string };

export const importIntoLibrary = async (
  content: WorkshopContent,
  title?: string,
): Promise<ImportOutcome> => {
  const state = getAppStore().getState();
  const copy = remapForImport(content, state.newId, new Date().toISOString(), title);
  const result = await state.addWorkshopCopy(copy, 'Import workshop');
  if (result.ok) return { ok: true, workshop: copy.workshop };
  return { ok: false, message: `Nothing was imported. ${result.message}` };
};
