/**
 * Enablers at the centre of the Star. No source confirms the official list, so this is our
 * seed: each workshop keeps its own editable copy ("edit to match your local Star").
 */
export const DEFAULT_ENABLERS: readonly string[] = [
  'Funding',
  'Commissioning',
  'Education capacity',
  'Regulation',
  'Digital and technology',
  'Estates',
  'Workforce data',
];

export const ENABLERS_HINT = 'Edit to match your local Star.';

/** Optional lenses facilitators use to tag cards and actions. */
export const LENS_TAGS: Readonly<Record<string, readonly string[]>> = {
  'Long Term Workforce Plan': ['Train', 'Retain', 'Reform'],
  THREAD: ['Task share', 'Help', 'Recruit and retain', 'Educate', 'Appreciate', 'Develop'],
};

export const MAX_ENABLERS = 50;
export const MAX_TAG_LENGTH = 60;

/** Tidy an edited enabler list: trim, drop blanks and case-insensitive duplicates, keep order. */
export const normaliseTagList = (tags: readonly string[]): string[] => {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    const key = tag.toLocaleLowerCase('en-GB');
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out.slice(0, MAX_ENABLERS);
};
