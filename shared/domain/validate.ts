/**
 * The one gate every domain object passes, whether typed in the app, loaded from the database
 * or read from a plan file: user text is cleaned (text.ts), then the zod schema decides, and
 * each problem becomes a sentence a facilitator understands (GOV.UK/NHS error message style:
 * "Enter a workshop title", "Owner must be 200 characters or fewer"), naming the field in
 * plain words and saying what was expected.
 */
import { z } from 'zod';
import type { FieldError, Result } from './result';
import { cleanStrings, cleanUserText, formatNumber } from './text';

export interface FieldLabels {
  /** Lower-case noun phrase per field path, e.g. `{ 'scope.title': 'workshop title' }`. */
  readonly [path: string]: string;
}

/** Labels for fields no entity names itself (ids, stamps, board positions…). */
const COMMON_LABELS: FieldLabels = {
  id: 'id',
  workshopId: 'workshop link',
  createdAt: 'date created',
  updatedAt: 'date last changed',
  deletedAt: 'date moved to the Trash',
  scope: 'workshop details',
  votesPerPerson: 'votes per person',
  completedSteps: 'completed steps',
  stepNotes: 'step notes',
  enablers: 'enablers',
  order: 'position in the list',
  position: 'position on the board',
  'position.x': 'position on the board',
  'position.y': 'position on the board',
  mayBeNamed: 'permission to be named',
  interest: 'interest',
  influence: 'influence',
  ideaIds: 'linked ideas',
  number: 'idea number',
  lastIdeaNumber: 'highest idea number given',
  'progressNotes.id': 'progress note id',
  'progressNotes.date': 'progress note date',
  'progressNotes.text': 'progress note text',
};

/** Years a workshop, action or note date may fall in; anything else is a typing slip. */
export const DATE_YEARS = { from: 1900, to: 2100 } as const;
const DATE_RANGE_RULE = 'date-range';

const yearInRange = (iso: string): boolean => {
  const year = Number(iso.slice(0, 4));
  return year >= DATE_YEARS.from && year <= DATE_YEARS.to;
};

/** `YYYY-MM-DD`, a real day, between 1900 and 2100: the date rule every schema shares. */
export const calendarDate = () =>
  z.iso.date().refine(yearInRange, { params: { rule: DATE_RANGE_RULE } });

/** An ISO date-time with offset whose year is between 1900 and 2100. */
export const calendarDateTime = () =>
  z.iso.datetime({ offset: true }).refine(yearInRange, { params: { rule: DATE_RANGE_RULE } });

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const articleFor = (label: string): string => (/^[aeiou]/i.test(label) ? 'an' : 'a');

/** "votesPerPerson" → "votes per person". */
const humanise = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

const labelFor = (field: string, labels: FieldLabels): string => {
  const generic = field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  const parts = generic.split('.');
  const last = parts.pop() ?? '';
  const parent = parts.join('.');
  const parentLabel = parent === '' ? undefined : (labels[parent] ?? COMMON_LABELS[parent]);
  return (
    labels[field] ??
    labels[generic] ??
    COMMON_LABELS[generic] ??
    // A keyed entry of a labelled record, e.g. the notes of one step: "step notes (review)".
    (parentLabel === undefined ? undefined : `${parentLabel} (${humanise(last)})`) ??
    labels[last] ??
    COMMON_LABELS[last] ??
    (generic === '' ? 'value' : humanise(generic.replace(/\./g, ' ')))
  );
};

/** The subject a whole-record message starts with; `inContext` swaps in "Card 4" etc. */
export const RECORD_SUBJECT = 'This record';

/** A key from outside, safe and short enough to quote in a message. */
const quoteKey = (key: string): string => {
  const clean = cleanUserText(key, { singleLine: true });
  return `'${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}'`;
};

const unknownFields = (keys: readonly string[], label: string, atRoot: boolean): string => {
  const what =
    keys.length === 1
      ? `a field this version does not know: ${quoteKey(keys[0] ?? '')}`
      : `fields this version does not know: ${keys.slice(0, 5).map(quoteKey).join(', ')}${keys.length > 5 ? ` and ${formatNumber(keys.length - 5)} more` : ''}`;
  return atRoot
    ? `${RECORD_SUBJECT} has ${what}`
    : `There ${keys.length === 1 ? 'is' : 'are'} ${what.replace(': ', ` in the ${label}: `)}`;
};

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of details',
  null: 'empty',
};

/** What a value from outside is, in words: "text", "a list", "a number"… */
const kindOf = (value: unknown): string => {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number with a fraction';
    case 'boolean':
      return 'yes or no';
    case 'object':
      return 'a group of details';
    default:
      return 'something else';
  }
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown => {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
};

/** Whether the schema wants a whole number at `path` (zod reports only "number"). */
const wantsInteger = (schema: z.ZodType | undefined, path: readonly PropertyKey[]): boolean => {
  let current: unknown = schema;
  for (const key of path) {
    while (current instanceof z.ZodNullable || current instanceof z.ZodOptional)
      current = current.unwrap();
    if (current instanceof z.ZodObject)
      current = (current.shape as Record<string, unknown>)[String(key)];
    else if (current instanceof z.ZodArray) current = current.element;
    else return false;
  }
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional)
    current = current.unwrap();
  return current instanceof z.ZodNumber && /int/.test(current.format ?? '');
};

interface IssueContext {
  readonly label: string;
  readonly input: unknown;
  readonly schema: z.ZodType | undefined;
}

const flatIssues = (issue: z.core.$ZodIssue): z.core.$ZodIssue[] =>
  issue.code === 'invalid_union' ? issue.errors.flat().flatMap(flatIssues) : [issue];

const messageFor = (issue: z.core.$ZodIssue, context: IssueContext): string => {
  const { label } = context;
  const Label = sentence(label);
  const value = valueAt(context.input, issue.path);
  switch (issue.code) {
    case 'too_small':
      // An empty entry in a list (a blank tag): the list's label is plural.
      if (issue.origin === 'string' && typeof issue.path.at(-1) === 'number')
        return `${Label} cannot include an empty entry`;
      if (issue.origin === 'string') return `Enter ${articleFor(label)} ${label}`;
      if (issue.origin === 'array')
        return `Choose at least ${formatNumber(Number(issue.minimum))} ${label}`;
      return `${Label} must be ${formatNumber(Number(issue.minimum))} or more`;
    case 'too_big':
      if (issue.origin === 'string')
        return `${Label} must be ${formatNumber(Number(issue.maximum))} characters or fewer`;
      if (issue.origin === 'array')
        return `${Label} can have at most ${formatNumber(Number(issue.maximum))} entries`;
      return `${Label} must be ${formatNumber(Number(issue.maximum))} or less`;
    case 'invalid_format':
      if (issue.format === 'date') return `${Label} must be a real date`;
      if (issue.format === 'datetime') return `${Label} must be a real date and time`;
      if (issue.format === 'url') return `${Label} must be a web address starting https://`;
      return `${Label} is not in the right format`;
    case 'invalid_value':
      // Only files reach this with text (the app's own choices are always valid): say what it was.
      return typeof value === 'string'
        ? `${Label} ${quoteKey(value)} is not one this version knows`
        : `Choose a valid ${label}`;
    case 'unrecognized_keys':
      return unknownFields(issue.keys, label, issue.path.length === 0);
    case 'invalid_type': {
      if (value === undefined) return `${Label} is missing`;
      const expected =
        issue.expected === 'number' && wantsInteger(context.schema, issue.path)
          ? EXPECTED.int
          : (EXPECTED[issue.expected] ?? 'something else');
      return `${Label} must be ${expected}, not ${kindOf(value)}`;
    }
    case 'invalid_union': {
      if (value === undefined) return `${Label} is missing`;
      const inner = flatIssues(issue).find(
        (i) => i.code === 'custom' || i.code === 'invalid_format',
      );
      return inner ? messageFor({ ...inner, path: issue.path }, context) : `${Label} is not valid`;
    }
    case 'custom':
      if (issue.params?.rule === DATE_RANGE_RULE)
        return `${Label} must be between ${String(DATE_YEARS.from)} and ${String(DATE_YEARS.to)}`;
      return issue.message && issue.message !== 'Invalid input'
        ? `${Label}: ${issue.message}`
        : `${Label} is not valid`;
    default:
      return `${Label} is not valid`;
  }
};

export const toFieldErrors = (
  error: z.ZodError,
  labels: FieldLabels,
  prefix = '',
  input?: unknown,
  schema?: z.ZodType,
): FieldError[] => {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const label = labelFor(issue.path.map(String).join('.'), labels);
    out.push({ field, message: messageFor(issue, { label, input, schema }) });
  }
  return out;
};

/**
 * A message placed in context: "Card 4: Card text must be…", or for a whole-record message
 * "Card 4 has a field this version does not know: 'colour'". `recordSubject` replaces
 * `subject` there when grammar needs it ("The file has…" rather than "File details has…").
 */
export const inContext = (subject: string, message: string, recordSubject = subject): string =>
  message.startsWith(`${RECORD_SUBJECT} `)
    ? `${recordSubject}${message.slice(RECORD_SUBJECT.length)}`
    : `${subject}: ${message}`;

export const parseWith = <T>(
  schema: z.ZodType<T>,
  value: unknown,
  labels: FieldLabels,
  prefix = '',
): Result<T> => {
  // Invisible and direction-changing characters never reach storage, whatever the source.
  const { value: cleaned } = cleanStrings(value);
  const parsed = schema.safeParse(cleaned);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: toFieldErrors(parsed.error, labels, prefix, cleaned, schema) };
};
