import { describe, expect, it } from 'vitest';
import { spreadPositions } from '../../../renderer/src/features/export/drawMatrix';
import { suggestedPdfName } from '../../../renderer/src/features/export/fileName';
import {
  clean,
  makeRedactor,
  splitPeople,
  truncate,
} from '../../../renderer/src/features/export/text';

const scope = (organisation: string, title: string) => ({
  scope: {
    organisation,
    title,
    service: '',
    system: '',
    population: '',
    challenge: '',
    sponsor: '',
    facilitators: '',
    date: '',
    venue: '',
  },
});

describe('suggestedPdfName', () => {
  it('is "<organisation> <title> action plan <YYYY-MM-DD>.pdf", using the local date', () => {
    expect(
      suggestedPdfName(scope('Northbrook NHS Trust', 'ED workforce'), new Date(2027, 0, 5, 23, 59)),
    ).toBe('Northbrook NHS Trust ED workforce action plan 2027-01-05.pdf');
  });

  it('removes characters no file system accepts and tidies the spaces', () => {
    const name = suggestedPdfName(
      scope('A/B: "C" <D>', '  Why? *Now*|\u0000 \\ end.  '),
      '2027-03-01T10:00:00Z',
    );
    expect(name).toBe('A B C D Why Now end. action plan 2027-03-01.pdf');
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });

  it('leaves out an empty organisation and never starts with a dot', () => {
    expect(suggestedPdfName(scope('', '...hidden'), '2027-03-01')).toBe(
      'hidden action plan 2027-03-01.pdf',
    );
  });

  it('keeps accented names and stays a reasonable length', () => {
    expect(suggestedPdfName(scope('Ysbyty Gwynedd', 'Siân’s ward'), '2027-03-01')).toContain(
      'Siân’s ward',
    );
    expect(
      suggestedPdfName(scope('x'.repeat(200), 'y'.repeat(200)), '2027-03-01').length,
    ).toBeLessThan(170);
  });
});

describe('text helpers', () => {
  it('clean keeps newlines, turns tabs into spaces and drops controls and bidi overrides', () => {
    expect(clean('a\r\nb\tc\u0000d\u202Ee\u2066f')).toBe('a\nb cdef');
    expect(clean('\uD800x')).toBe('\uFFFDx');
    expect(clean('Zoe\u0308')).toBe('Zoë');
  });

  it('truncate cuts at a word boundary with an ellipsis, only when needed', () => {
    expect(truncate('short', 10)).toBe('short');
    const cut = truncate('the quick brown fox jumps over the lazy dog', 20);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).toBe('the quick brown fox…');
  });

  it('the redactor replaces whole names in any case and spacing, not parts of other words', () => {
    const redact = makeRedactor([{ name: 'Ann Lee', replacement: '[Matron]' }]);
    expect(redact('Ask ann   LEE today')).toBe('Ask [Matron] today');
    expect(redact('Joann Leeds')).toBe('Joann Leeds');
  });

  it('splitPeople reads a free-text list of people', () => {
    expect(splitPeople('Sam Jones and Priya Patel; Dr Lee, Jo / Kim & Bo')).toEqual([
      'Sam Jones',
      'Priya Patel',
      'Dr Lee',
      'Jo',
      'Kim',
      'Bo',
    ]);
  });
});

describe('spreadPositions', () => {
  const bounds = { minX: 0, maxX: 100, minY: 0, maxY: 100 };

  it('keeps ideas on the same spot apart and inside the plot', () => {
    const spots = spreadPositions(
      Array.from({ length: 30 }, () => ({ x: 50, y: 50 })),
      bounds,
    );
    for (const [i, a] of spots.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x).toBeLessThanOrEqual(100);
      for (const b of spots.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(5.8);
    }
  });

  it('leaves ideas that do not overlap where they are', () => {
    const targets = [
      { x: 10, y: 10 },
      { x: 90, y: 90 },
    ];
    expect(spreadPositions(targets, bounds)).toEqual(targets);
  });
});
