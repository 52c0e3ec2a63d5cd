import { describe, expect, it } from 'vitest';
import { spreadPositions } from '../../../renderer/src/features/export/drawMatrix';
import { suggestedPdfName } from '../../../renderer/src/features/export/fileName';
import { planFileName } from '../../../renderer/src/features/files/planFileName';
import { workshopFileName } from '../../../renderer/src/lib/workshopFileName';
import {
  clean,
  makeRedactor,
  splitPeople,
  truncate,
} from '../../../renderer/src/features/export/text';
import { makeWorkshop } from '../../helpers/factories';

const scope = (organisation: string, title: string, date = '') => ({
  scope: {
    organisation,
    title,
    service: '',
    system: '',
    population: '',
    challenge: '',
    sponsor: '',
    facilitators: '',
    date,
    venue: '',
  },
});

describe('file names: one rule for the PDF and the plan file', () => {
  it('names the PDF after the workshop date, not the export date, like the plan file', () => {
    const w = makeWorkshop({ organisation: 'Northbrook NHS Trust', title: 'ED workforce' });
    const dated = { ...w, scope: { ...w.scope, date: '2026-11-23' } };
    const exportedAt = new Date(2027, 0, 5, 23, 59);
    expect(suggestedPdfName(dated, exportedAt)).toBe(
      'Northbrook NHS Trust ED workforce 2026-11-23.pdf',
    );
    expect(planFileName(dated, '2027-01-05')).toBe(
      'Northbrook NHS Trust ED workforce 2026-11-23.heestar',
    );
  });

  it("uses the day of export, on this computer's calendar, when the workshop has no date", () => {
    expect(
      suggestedPdfName(scope('Northbrook NHS Trust', 'ED workforce'), new Date(2027, 0, 5, 23, 59)),
    ).toBe('Northbrook NHS Trust ED workforce 2027-01-05.pdf');
  });

  it('marks an anonymised copy the same way for both', () => {
    const s = scope('Trust', 'Ward 7', '2026-11-30');
    expect(suggestedPdfName(s, new Date(2027, 0, 5), { anonymised: true })).toBe(
      'Trust Ward 7 2026-11-30 (anonymised).pdf',
    );
    expect(workshopFileName(s.scope, '.heestar', { today: '2027-01-05', anonymised: true })).toBe(
      'Trust Ward 7 2026-11-30 (anonymised).heestar',
    );
  });

  it('removes characters no file system accepts, bidi overrides included, and tidies the spaces', () => {
    const name = suggestedPdfName(
      scope('A/B: "C" <D>', '  Why? *Now*|\u0000 \\ end\u202Efdp.exe.  '),
      new Date(2027, 2, 1),
    );
    expect(name).toBe('A B C D Why Now end fdp.exe 2027-03-01.pdf');
    // eslint-disable-next-line no-control-regex
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u202a-\u202e]/);
  });

  it('leaves out an empty organisation, never starts with a dot, and names an untitled workshop', () => {
    expect(suggestedPdfName(scope('', '...hidden'), new Date(2027, 2, 1))).toBe(
      'hidden 2027-03-01.pdf',
    );
    expect(suggestedPdfName(scope('', '  '), new Date(2027, 2, 1))).toBe(
      'Star workshop 2027-03-01.pdf',
    );
  });

  it('keeps accented names and the date, however long the title', () => {
    expect(suggestedPdfName(scope('Ysbyty Gwynedd', 'Siân’s ward'), new Date(2027, 2, 1))).toBe(
      'Ysbyty Gwynedd Siân’s ward 2027-03-01.pdf',
    );
    const long = suggestedPdfName(scope('x'.repeat(200), 'y'.repeat(200)), new Date(2027, 2, 1));
    expect(long.length).toBeLessThan(170);
    expect(long).toMatch(/x 2027-03-01\.pdf$/);
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
