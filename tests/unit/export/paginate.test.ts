import { describe, expect, it } from 'vitest';
import { paginate } from '../../../renderer/src/features/export/pdfTable';

describe('paginate: where a table breaks across pages', () => {
  it('fills each page, repeating the head, and never leaves the last row alone', () => {
    // Head 5 mm, rows 10 mm: four rows fit the 45 mm left on the first page, but then the
    // fifth would sit alone, so the fourth goes over with it.
    expect(paginate([10, 10, 10, 10, 10], 5, 45, 100)).toEqual([0, 3]);
  });

  it('keeps every row on one page when they fit', () => {
    expect(paginate([10, 10, 10], 5, 100, 100)).toEqual([0]);
  });

  it('breaks long tables page by page, by the rows that fit', () => {
    expect(paginate(Array<number>(10).fill(10), 5, 25, 35)).toEqual([0, 2, 5, 8]);
  });

  it('puts a row taller than a page on a page of its own rather than an empty page first', () => {
    expect(paginate([300, 10, 10], 5, 100, 250)).toEqual([0, 1]);
  });
});
