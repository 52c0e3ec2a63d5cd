/** What a saved plan file is called and which files the dialogs offer. */
import type { Workshop } from '@shared/domain';
import { PLAN_FILE_EXTENSION } from '@shared/planfile/constants';
import type { FileFilter } from '../../platform';

export const PLAN_FILE_FILTERS: FileFilter[] = [
  { name: 'Star Workshop plan', extensions: [PLAN_FILE_EXTENSION.slice(1)] },
];

/** Characters no common file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const MAX_STEM = 150;

/**
 * `<organisation> <title> <YYYY-MM-DD>.heestar`, using the workshop date when set (the file
 * belongs to that workshop) and otherwise today. Unsafe characters become hyphens, so the main
 * process's file name check always passes.
 */
export const planFileName = (
  workshop: Workshop,
  today: string,
  options: { anonymised?: boolean } = {},
): string => {
  const { organisation, title, date } = workshop.scope;
  const parts = [organisation, title, date || today, options.anonymised ? '(anonymised)' : '']
    .map((part) => part.replace(UNSAFE, '-').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const stem =
    parts
      .join(' ')
      .slice(0, MAX_STEM)
      .replace(/[ .]+$/, '') || 'Star workshop plan';
  return `${stem}${PLAN_FILE_EXTENSION}`;
};
