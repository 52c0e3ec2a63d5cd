/** Text comparison for merging breakout files: normalisation and token Jaccard similarity. */

/** Lower case, compatibility-folded, punctuation removed, whitespace collapsed. */
export const normaliseText = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const tokensOf = (text: string): ReadonlySet<string> =>
  new Set(normaliseText(text).split(' ').filter(Boolean));

/** |A ∩ B| / |A ∪ B|; two empty sets are identical (1). */
export const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared += 1;
  return shared / (a.size + b.size - shared);
};

/** Threshold at or above which two texts are flagged as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
