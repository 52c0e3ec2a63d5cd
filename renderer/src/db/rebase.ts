/**
 * Three-way merge of one stored row, for the rare case where another window wrote the row
 * between this window reading it and writing its own edit (issue 9 item 5: Home in one tab
 * renames or trashes a workshop that another tab is editing).
 *
 * `base` is the row as this window last knew it, `ours` is this window's edited row and
 * `theirs` is what is stored now. A field this window changed takes our value; every other
 * field keeps theirs, so an edit never writes back a stale copy of fields it did not touch.
 * Plain objects (the workshop's scope, step notes) merge field by field; arrays and values are
 * replaced whole. When both sides changed the same field, this window's edit wins: it is the
 * newer edit of that field.
 */

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality for JSON-like rows (what IndexedDB stores for us). */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
  );
};

const mergeValue = (base: unknown, ours: unknown, theirs: unknown): unknown => {
  if (sameValue(base, ours)) return theirs;
  if (isPlain(base) && isPlain(ours) && isPlain(theirs)) {
    const keys = new Set([...Object.keys(theirs), ...Object.keys(base), ...Object.keys(ours)]);
    // A field this window removed stays removed (undefined values are left out).
    return Object.fromEntries(
      [...keys]
        .map((key) => [key, mergeValue(base[key], ours[key], theirs[key])] as const)
        .filter(([, value]) => value !== undefined),
    );
  }
  return ours;
};

/** `ours` replayed on top of `theirs`: only the fields this window changed from `base`. */
export const rebaseRow = <T extends object>(base: T, ours: T, theirs: T): T => {
  const merged = mergeValue(base, ours, theirs) as T;
  // The newest edit time of the two, so "last edited" ordering stays right in both windows.
  if ('updatedAt' in merged && 'updatedAt' in theirs && 'updatedAt' in ours) {
    const [a, b] = [String(ours.updatedAt), String(theirs.updatedAt)];
    return { ...merged, updatedAt: a > b ? a : b };
  }
  return merged;
};
