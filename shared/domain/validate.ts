/**
 * Turns zod issues into sentences a facilitator understands (GOV.UK/NHS error message style:
 * "Enter a workshop title", "Owner must be 200 characters or fewer").
 */
import type { z } from 'zod';
import type { FieldError, Result } from './result';

export interface FieldLabels {
  /** Lower-case noun phrase per field path, e.g. `{ 'scope.title': 'workshop title' }`. */
  readonly [path: string]: string;
}

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const messageFor = (issue: z.core.$ZodIssue, label: string): string => {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return `Enter ${articleFor(label)} ${label}`;
      if (issue.origin === 'array') return `Choose at least ${String(issue.minimum)} ${label}`;
      return `${sentence(label)} must be ${String(issue.minimum)} or more`;
    case 'too_big':
      if (issue.origin === 'string')
        return `${sentence(label)} must be ${String(issue.maximum)} characters or fewer`;
      if (issue.origin === 'array')
        return `${sentence(label)} can have at most ${String(issue.maximum)} entries`;
      return `${sentence(label)} must be ${String(issue.maximum)} or less`;
    case 'invalid_format':
      if (issue.format === 'date') return `${sentence(label)} must be a real date`;
      if (issue.format === 'url')
        return `${sentence(label)} must be a web address starting https://`;
      return `${sentence(label)} is not in the right format`;
    case 'invalid_value':
      return `Choose a valid ${label}`;
    default:
      return `${sentence(label)} is not valid`;
  }
};

const articleFor = (label: string): string => (/^[aeiou]/i.test(label) ? 'an' : 'a');

export const toFieldErrors = (
  error: z.ZodError,
  labels: FieldLabels,
  prefix = '',
): FieldError[] => {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const label =
      labels[field] ?? labels[field.replace(/\.\d+$/, '')] ?? field.split('.').pop() ?? 'value';
    out.push({ field, message: messageFor(issue, label) });
  }
  return out;
};

export const parseWith = <T>(
  schema: z.ZodType<T>,
  value: unknown,
  labels: FieldLabels,
  prefix = '',
): Result<T> => {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: toFieldErrors(parsed.error, labels, prefix) };
};
