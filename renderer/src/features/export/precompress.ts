/**
 * Spreads the PDF's compression over several event-loop turns. jsPDF compresses every page
 * stream inside doc.output(), one synchronous call that took 300–500 ms for a 90-page plan and
 * froze the window. Before output we compress each finished page ourselves, a few per chunk,
 * with jsPDF's own filter function; during output a thin wrapper around
 * jsPDF.API.processDataByFilters returns the stored result when it is asked for exactly the same
 * page text. A page changed after pre-compression simply misses the cache and is compressed as
 * usual, so the output never depends on the cache being right.
 */
import { jsPDF } from 'jspdf';
import type { Scheduler } from './schedule';

interface Processed {
  readonly data: string;
  readonly reverseChain: string;
}
type ProcessFn = (data: string, filters: unknown) => Processed;
interface FilterApi {
  processDataByFilters?: ProcessFn;
}

const FLATE = 'FlateEncode';
const cache = new Map<string, Processed>();
let original: ProcessFn | null = null;

const isFlateOnly = (filters: unknown): boolean =>
  Array.isArray(filters) &&
  filters.length === 1 &&
  (filters[0] === FLATE || filters[0] === `/${FLATE}`);

/** Installs the cache-aware wrapper once; returns jsPDF's own function. */
const install = (): ProcessFn | null => {
  if (original) return original;
  const api = jsPDF.API as unknown as FilterApi;
  const own = api.processDataByFilters;
  if (typeof own !== 'function') return null;
  original = own;
  api.processDataByFilters = (data, filters) =>
    (isFlateOnly(filters) ? cache.get(data) : undefined) ?? own(data, filters);
  return own;
};

/** Each page's content exactly as jsPDF joins it when writing the page. */
const pageContents = (doc: jsPDF): string[] => {
  const pages = (doc.internal as unknown as { pages?: unknown }).pages;
  if (!Array.isArray(pages)) return [];
  return pages
    .filter((p): p is string[] => Array.isArray(p) && p.every((s) => typeof s === 'string'))
    .map((p) => p.join('\n'));
};

/** Compresses every page now, yielding between pages. Call after the last drawing call. */
export const precompressPages = async (doc: jsPDF, s: Scheduler): Promise<void> => {
  const own = install();
  if (!own) return;
  for (const content of pageContents(doc)) {
    if (content && !cache.has(content)) cache.set(content, own(content, [FLATE]));
    await s.maybeYield();
  }
};

/** Frees the stored results once the PDF has been written (or the export failed). */
export const clearPrecompressed = (doc: jsPDF): void => {
  for (const content of pageContents(doc)) cache.delete(content);
};
