/**
 * The real renderer (jsPDF in Node) writes PDFs that poppler then reads back: text of every
 * section, Unicode names, anonymisation, properties, fonts, bookmarks, orientation, hostile
 * text. Page images land in test-results/pdf/ for a human to look at.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAR_POINTS, type WorkshopContent } from '@shared/domain';
import { buildDocumentModel, DEFAULT_SECTIONS } from '../../../renderer/src/features/export/layout';
import { SECTION_TITLES, type ExportOptions } from '../../../renderer/src/features/export/model';
import { exportActionPlanPdf, renderPdf } from '../../../renderer/src/features/export/renderPdf';
import {
  makeAction,
  makeCard,
  makeContent,
  makeParticipant,
  makeRealisticWorkshop,
  makeWorkshop,
} from '../../helpers/factories';
import { pdfInfo, pdfText, poppler, renderPages, savePdf } from './poppler';

const OPTIONS: ExportOptions = {
  sections: DEFAULT_SECTIONS,
  anonymise: false,
  landscapeActions: false,
  exportedAt: '2027-02-15T10:30:00.000Z',
  planId: 'plan-7f3a',
  formatVersion: 1,
  appVersion: '0.1.0',
};

const flat = (text: string): string => text.replace(/\s+/g, ' ');

const exportTo = async (
  name: string,
  content: WorkshopContent,
  options: Partial<ExportOptions> = {},
) => {
  const file = savePdf(name, await exportActionPlanPdf(content, { ...OPTIONS, ...options }));
  return { file, text: flat(pdfText(file)), info: pdfInfo(file) };
};

/** The page margin is 18 mm (51 pt); allow a little for glyph side bearings. */
const MARGIN_PT = 45;

const UNICODE = 'Zoë Łukasz Siân Ŵyn Ørsted £ € – — ‘ ’ “ ” … ✓';

describe('a realistic workshop', () => {
  const content = makeRealisticWorkshop();
  let out: Awaited<ReturnType<typeof exportTo>>;
  beforeAll(async () => {
    out = await exportTo('realistic', content);
  });

  it('prints every section and every Star point', () => {
    for (const title of Object.values(SECTION_TITLES).filter((t) => t !== 'Cover')) {
      expect(out.text).toContain(title);
    }
    for (const p of STAR_POINTS) expect(out.text).toContain(p.label);
    expect(out.text).toContain(content.workshop.scope.title);
    expect(out.text).toContain('Enablers at the centre');
    expect(out.text).toContain('Not yet placed on the matrix');
  });

  it('prints every action, card and RAG word', () => {
    for (const a of content.actions) expect(out.text).toContain(flat(a.title));
    for (const c of content.cards) expect(out.text).toContain(flat(c.text));
    for (const word of ['Red', 'Amber', 'Green', 'Blue (complete)'])
      expect(out.text).toContain(word);
  });

  it('names the attendees who agreed, with their accents intact, and nobody else', () => {
    for (const p of content.participants.filter((x) => x.name)) {
      if (p.mayBeNamed) expect(out.text).toContain(p.name);
      else
        expect(out.text.toLocaleLowerCase('en-GB')).not.toContain(
          p.name.toLocaleLowerCase('en-GB'),
        );
    }
  });

  it('has a header and footer on every page: title, page x of y, plan id, format version, export time', () => {
    const pages = Number(out.info.Pages);
    expect(pages).toBeGreaterThan(8);
    for (let n = 1; n <= pages; n += 1) expect(out.text).toContain(`Page ${n} of ${pages}`);
    const footers = out.text.split('Plan plan-7f3a · format version 1 · Exported').length - 1;
    expect(footers).toBe(pages);
    expect(
      out.text.split('Emergency department medical workforce HEE Star action plan').length - 1,
    ).toBe(pages);
  });

  it('sets the document properties', () => {
    expect(out.info.Title).toBe('Emergency department medical workforce: action plan');
    expect(out.info.Author).toBe('Workforce transformation team');
    expect(out.info.Creator).toBe('Star Workshop 0.1.0');
    expect(out.info.Keywords).toContain('HEE Star');
    expect(out.info.Keywords).toContain('Northbrook Hospitals NHS Foundation Trust');
    expect(out.info['Page size']).toContain('(A4)');
    expect(out.info.JavaScript).toBe('no');
  });

  it('embeds only DejaVu Sans, every face embedded', () => {
    const rows = poppler('pdffonts', [out.file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      expect(row).toMatch(/^DejaVuSans\s/);
      expect(row).toMatch(/Identity-H\s+yes/);
    }
  });

  it('declares en-GB and opens with bookmarks for each section and Star point', () => {
    const raw = readFileSync(out.file).toString('latin1');
    expect(raw).toContain('/Lang (en-GB)');
    expect(raw).toContain('/PageMode /UseOutlines');
    for (const label of [
      'Summary',
      'The five points',
      'Action plan',
      ...STAR_POINTS.map((p) => p.label),
    ]) {
      expect(raw).toContain(`/Title (${label})`);
    }
  });

  it('renders every page to an image', () => {
    expect(renderPages(out.file, 'realistic')).toHaveLength(Number(out.info.Pages));
  });
});

describe('an anonymised export', () => {
  it('contains no attendee name, whole or in part, but keeps roles', async () => {
    const content = makeRealisticWorkshop();
    const { file, text, info } = await exportTo('anonymised', content, { anonymise: true });
    for (const p of content.participants.filter((x) => x.name)) {
      expect(text.toLocaleLowerCase('en-GB')).not.toContain(p.name.toLocaleLowerCase('en-GB'));
      for (const part of p.name.split(' '))
        expect(text).not.toMatch(new RegExp(`(?<!\\p{L})${part}(?!\\p{L})`, 'u'));
    }
    expect(text).toContain('Matron, emergency department');
    expect(text).toContain('Anonymised export');
    expect(info.Author).not.toContain('Workforce transformation team');
    renderPages(file, 'anonymised');
  });
});

describe('text that could break the PDF', () => {
  const long = Array.from({ length: 1500 }, (_, i) => `w${i}`)
    .join(' ')
    .slice(0, 10_000);
  const hostile = (): WorkshopContent =>
    makeContent({
      workshop: makeWorkshop({
        title: `${UNICODE} <b>bold</b>`,
        organisation: 'javascript:alert(1)',
      }),
      participants: [
        makeParticipant({ name: 'דוד לוי', role: 'Charge nurse', mayBeNamed: true }),
        makeParticipant({ name: 'مريم حداد', role: 'Pharmacist', mayBeNamed: true }),
      ],
      cards: [
        makeCard({ kind: 'current', text: UNICODE }),
        makeCard({ kind: 'gap', text: '<script>alert("pwned")</script>' }),
        makeCard({ kind: 'idea', text: 'A'.repeat(2000), impact: 80, effort: 20, votes: 3 }),
      ],
      actions: [
        makeAction({
          title: ') Tj ET BT (\\ endobj',
          description: long,
          owner: 'javascript:void(0)',
          successMeasure: 'x'.repeat(2000),
        }),
      ],
    });

  it('prints everything as literal text and keeps it inside the page', async () => {
    const { file, text, info } = await exportTo('hostile', hostile(), { landscapeActions: true });
    expect(text).toContain(UNICODE);
    expect(text).toContain('<script>alert("pwned")</script>');
    expect(text).toContain('javascript:alert(1)');
    expect(text).toContain(') Tj ET BT (\\ endobj');
    expect(text).toContain('w0 w1 w2');
    expect(text).toContain(long.split(' ').at(-2));
    expect(text).toMatch(/[\u05d0-\u05ea]/u);
    expect(text).toMatch(/[\u0600-\u06ff\ufe70-\ufeff]/u);
    expect(info.JavaScript).toBe('no');

    // Every word's box lies within the page: nothing ran off the edge.
    const boxes = poppler('pdftotext', ['-bbox', file, '-']);
    const pages = [
      ...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g),
    ];
    expect(pages).toHaveLength(Number(info.Pages));
    for (const [, width, height, body] of pages) {
      for (const m of (body ?? '').matchAll(
        /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g,
      )) {
        expect(Number(m[1])).toBeGreaterThanOrEqual(MARGIN_PT);
        expect(Number(m[3])).toBeLessThanOrEqual(Number(width) - MARGIN_PT);
        expect(Number(m[4])).toBeLessThanOrEqual(Number(height));
      }
    }
    renderPages(file, 'hostile');
  });
});

describe('options and control', () => {
  it('prints the action table on landscape pages when asked, the rest portrait', async () => {
    const { file, info } = await exportTo('landscape', makeRealisticWorkshop(), {
      landscapeActions: true,
    });
    const pages = Number(info.Pages);
    const sizes = poppler('pdfinfo', ['-f', '1', '-l', String(pages), file]);
    const landscape = [...sizes.matchAll(/Page\s+(\d+) size:\s+841\.89 x 595\.28/g)].map((m) =>
      Number(m[1]),
    );
    expect(landscape.length).toBeGreaterThan(0);
    const textOf = (n: number): string =>
      flat(poppler('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-']));
    // The Star board always has a landscape page of its own; then the action table and the
    // action details, on landscape pages as asked.
    const [boardPage, ...actionPages] = landscape;
    expect(textOf(boardPage ?? 0)).toContain('The Star board');
    expect(actionPages.length).toBeGreaterThan(0);
    for (const n of actionPages) {
      expect(textOf(n)).toMatch(/Ref Action Owner and lead organisation|Action details/);
    }
    const first = actionPages[0] ?? 0;
    expect(
      flat(
        poppler('pdftotext', [
          '-enc',
          'UTF-8',
          '-f',
          String(first),
          '-l',
          String(first),
          file,
          '-',
        ]),
      ),
    ).toContain('Ref Action Owner and lead organisation');
    expect(sizes).toMatch(/Page\s+1 size:\s+595\.28 x 841\.89/);
  });

  it('includes only the chosen sections', async () => {
    const { text } = await exportTo('actions-only', makeRealisticWorkshop(), {
      sections: new Set(['actions']),
    });
    expect(text).toContain('Action plan');
    expect(text).not.toContain('The Star at a glance');
    expect(text).not.toContain('Attendees');
  });

  it('starts on a landscape page when the landscape action table is the only section', async () => {
    const { file, info, text } = await exportTo('actions-landscape', makeRealisticWorkshop(), {
      sections: new Set(['actions']),
      landscapeActions: true,
    });
    const sizes = poppler('pdfinfo', ['-f', '1', '-l', info.Pages ?? '1', file]);
    expect(sizes).not.toMatch(/595\.28 x 841\.89/);
    expect(text).toContain(`Page 1 of ${info.Pages ?? ''}`);
  });

  it('prints an empty workshop without failing', async () => {
    const { file, text, info } = await exportTo('empty', makeContent());
    expect(text).toContain('No actions have been agreed yet.');
    expect(text).toContain('No attendees were recorded.');
    expect(text).toContain('No ideas have been placed on the matrix yet.');
    // Short sections follow on rather than each leaving a page nearly empty.
    expect(Number(info.Pages)).toBeLessThanOrEqual(8);
    renderPages(file, 'empty');
  });

  it('reports rising progress ending at 1, and stops with an AbortError when cancelled', async () => {
    const model = buildDocumentModel(makeRealisticWorkshop(), OPTIONS);
    const fractions: number[] = [];
    await renderPdf(model, { onProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);

    const controller = new AbortController();
    const cancelled = renderPdf(model, {
      signal: controller.signal,
      onProgress: (f) => {
        if (f > 0.2) controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });
});
