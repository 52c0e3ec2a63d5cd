/** What a saved plan file is called and which files the dialogs offer. */
import type { Workshop } from '@shared/domain';
import { PLAN_FILE_EXTENSION } from '@shared/planfile/constants';
import type { FileFilter } from '../../platform';
import { workshopFileName } from '../../lib/workshopFileName';

export const PLAN_FILE_FILTERS: FileFilter[] = [
  { name: 'Star Workshop plan', extensions: [PLAN_FILE_EXTENSION.slice(1)] },
];

/**
 * `<organisation> <title> <YYYY-MM-DD>.heestar`, by the same rule as the PDF (see
 * workshopFileName), so the main process's file name check always passes.
 */
export const planFileName = (
  workshop: Workshop,
  today: string,
  options: { anonymised?: boolean } = {},
): string =>
  workshopFileName(workshop.scope, PLAN_FILE_EXTENSION, {
    today,
    anonymised: options.anonymised ?? false,
  });
