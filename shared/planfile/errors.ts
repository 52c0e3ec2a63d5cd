/**
 * Everything that can stop a plan file from opening, as data: a typed code for the program, a
 * message and a next step a facilitator understands, and the cause for whoever investigates.
 */
import { formatNumber } from '../domain/text';
import { fileTooLargeMessage } from '../ipc/messages';
import { CURRENT_FORMAT_VERSION, MAX_FILE_BYTES, MAX_NESTING_DEPTH } from './constants';

export const PLAN_FILE_ERROR_CODES = [
  'empty',
  'too-large',
  'could-not-read',
  'zip-file',
  'gzip-file',
  'pdf-file',
  'not-utf8',
  'too-deep',
  'not-json',
  'forbidden-key',
  'not-a-plan',
  'newer-format',
  'unknown-format',
  'migration-failed',
  'invalid-content',
  'internal-error',
] as const;
export type PlanFileErrorCode = (typeof PLAN_FILE_ERROR_CODES)[number];

export interface PlanFileError {
  readonly code: PlanFileErrorCode;
  /** What went wrong, in plain UK English. */
  readonly message: string;
  /** One sentence saying what the facilitator can do about it. */
  readonly nextStep: string;
  /** Specific problems (for example each invalid field), at most `MAX_DETAILS`. */
  readonly details: readonly string[];
  /** The underlying exception or data, kept for support; never shown as is. */
  readonly cause?: unknown;
}

export const MAX_DETAILS = 50;

const DAMAGED_NEXT_STEP =
  'Ask the person who shared it to save it again from Star Workshop and send you the new file.';
const WRONG_FILE_NEXT_STEP =
  'Check you chose a Star Workshop plan file (ending .heestar). If you did, ask the person who shared it to save it again.';

/** Formats any app could have written; beyond this a number is noise, not a version. */
const MAX_SHOWN_FORMAT = 9_999;

/** "format 3", or nothing for numbers no real format could be (1e+308, -4, 2.5). */
const formatName = (found: number): string | null =>
  Number.isInteger(found) && found >= 1 && found <= MAX_SHOWN_FORMAT
    ? `format ${formatNumber(found)}`
    : null;

interface ErrorArgs {
  readonly cause?: unknown;
  readonly details?: readonly string[];
}

const make = (
  code: PlanFileErrorCode,
  message: string,
  nextStep: string,
  args: ErrorArgs = {},
): PlanFileError => ({
  code,
  message,
  nextStep,
  details: (args.details ?? []).slice(0, MAX_DETAILS),
  ...(args.cause === undefined ? {} : { cause: args.cause }),
});

/** Builders for every error, so wording lives in one place. */
export const planFileErrors = {
  empty: (): PlanFileError =>
    make('empty', 'This file is empty, so there is no plan in it.', WRONG_FILE_NEXT_STEP),

  /** Worded exactly as the desktop and browser refusals before reading (shared/ipc/messages). */
  tooLarge: (bytes: number, limit = MAX_FILE_BYTES): PlanFileError =>
    make('too-large', fileTooLargeMessage(bytes, limit), WRONG_FILE_NEXT_STEP, {
      cause: { bytes, limit },
    }),

  /** The file could not even be read (moved, locked, too big for the open dialog…). */
  couldNotRead: (reason: string): PlanFileError =>
    make(
      'could-not-read',
      reason,
      'Check you chose the right file (a plan file ends .heestar) and that it is still there, then try again.',
      { cause: { reason } },
    ),

  zipFile: (): PlanFileError =>
    make(
      'zip-file',
      'This looks like a ZIP file — unzip it first, then open the .heestar file inside.',
      'Extract (unzip) the file, then choose the plan file ending .heestar that it contains.',
    ),

  gzipFile: (): PlanFileError =>
    make(
      'gzip-file',
      'This looks like a compressed (gzip) file — decompress it first, then open the .heestar file inside.',
      'Decompress the file, then choose the plan file ending .heestar.',
    ),

  pdfFile: (): PlanFileError =>
    make(
      'pdf-file',
      'This is a PDF document, not a plan file. A PDF board paper cannot be imported.',
      'Ask the person who shared it for the plan file ending .heestar, saved from Star Workshop.',
    ),

  notUtf8: (cause: unknown): PlanFileError =>
    make(
      'not-utf8',
      'This file is not readable text. It may be damaged, or it may not be a Star Workshop plan file.',
      DAMAGED_NEXT_STEP,
      { cause },
    ),

  tooDeep: (limit = MAX_NESTING_DEPTH): PlanFileError =>
    make(
      'too-deep',
      `This file is nested more than ${formatNumber(limit)} levels deep, which no Star Workshop plan is. It was not opened, to keep your computer safe.`,
      WRONG_FILE_NEXT_STEP,
      { cause: { limit } },
    ),

  notJson: (cause: unknown): PlanFileError =>
    make(
      'not-json',
      'This file is damaged or incomplete: its contents could not be read as a plan.',
      DAMAGED_NEXT_STEP,
      { cause },
    ),

  forbiddenKey: (key: string): PlanFileError =>
    make(
      'forbidden-key',
      `This file contains a field named "${key}", which Star Workshop refuses to open because it could be used to attack the app.`,
      'Do not open this file again. Tell the person who shared it, and your IT or information governance team if you did not expect it.',
      { cause: { key } },
    ),

  notAPlan: (reason: string): PlanFileError =>
    make('not-a-plan', 'This file is not a Star Workshop plan file.', WRONG_FILE_NEXT_STEP, {
      cause: { reason },
      details: [reason],
    }),

  newerFormat: (found: number, readsUpTo = CURRENT_FORMAT_VERSION): PlanFileError => {
    const named = formatName(found);
    return make(
      'newer-format',
      named === null
        ? `This file says it uses a newer format than this app can read; this version reads up to format ${formatNumber(readsUpTo)}. Update Star Workshop to open it.`
        : `This file was saved by a newer version of Star Workshop (${named}); this version reads up to format ${formatNumber(readsUpTo)}. Update Star Workshop to open it.`,
      'Update Star Workshop to the latest version, or ask the person who shared the file which version they use.',
      { cause: { found, readsUpTo } },
    );
  },

  unknownFormat: (found: unknown): PlanFileError => {
    const named = typeof found === 'number' ? formatName(found) : null;
    return make(
      'unknown-format',
      named !== null
        ? `This plan file says it uses ${named}, which no version of Star Workshop has written.`
        : 'This plan file does not say which format it uses in a way Star Workshop understands.',
      DAMAGED_NEXT_STEP,
      { cause: { found } },
    );
  },

  migrationFailed: (from: number, to: number, cause: unknown): PlanFileError =>
    make(
      'migration-failed',
      `This plan file uses the older format ${formatNumber(from)} and could not be brought up to format ${formatNumber(to)}.`,
      DAMAGED_NEXT_STEP,
      { cause },
    ),

  invalidContent: (details: readonly string[], cause?: unknown): PlanFileError => {
    const count = details.length;
    const first = details.slice(0, 3).join('; ');
    const more = count > 3 ? ` and ${formatNumber(count - 3)} more` : '';
    return make(
      'invalid-content',
      `This plan file has ${count === 1 ? 'a problem' : `${formatNumber(count)} problems`} Star Workshop cannot fix: ${first}${more}.`,
      DAMAGED_NEXT_STEP,
      { details, cause },
    );
  },

  internal: (cause: unknown): PlanFileError =>
    make(
      'internal-error',
      'Star Workshop could not open this file because of an unexpected problem in the app.',
      'Try again. If it happens again, report it with the file so it can be fixed.',
      { cause },
    ),
} as const;
