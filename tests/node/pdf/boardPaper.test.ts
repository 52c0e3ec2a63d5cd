/**
 * The PDF as a trust board reads it, page by page: the workforce challenge on the cover,
 * counts that agree with their nouns, every action field the facilitator filled, and page
 * breaks that never leave a heading, a lone row or a near-empty page behind. Checked on the
 * text poppler reads back (`pdftotext -layout`, `-bbox`); page images land in
 * test-results/pdf/ for a human to look at.
 */
import { describe, expect, it } from 'vitest';
import type { WorkshopContent } from '@shared/domain';
import { DEFAULT_SECTIONS } from '../../../renderer/src/features/export/layout';
import type { ExportOptions } from '../../../renderer/src/features/export/model';
import { exportActionPlanPdf } from '../../../renderer/src/features/export/renderPdf';
import {
  makeAction,
  makeCard,
  makeContent,
  makeParticipant,
  makeRealisticWorkshop,
  makeWorkshop,
} from '../../helpers/factories';
import { makeBigWorkshop } from './bigWorkshop';
import { pdfInfo, pdfLayoutText, poppler, renderPages, savePdf } from './poppler';

const OPTIONS: ExportOptions = {
  sections: DEFAULT_SECTIONS,
  anonymise: false,
  landscapeActions: false,
  exportedAt: '2027-02-15T10:30:00.000Z',
  planId: 'plan-board',
  formatVersion: 1,
  appVersion: '0.1.0',
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CHALLENGE = 'Too few senior decision makers overnight and at weekends in the frailty unit.';

/** One of everything, so every count is 1 and every plural shows. */
const smallWorkshop = (): WorkshopContent => {
  const workshop = makeWorkshop({
    title: 'Frailty unit workforce',
    organisation: 'Valeside NHS Trust',
    challenge: CHALLENGE,
    date: '2026-11-30',
  });
  return makeContent({
    workshop,
    participants: [makeParticipant({ name: 'Siân Ŵyn Roberts', mayBeNamed: true })],
    cards: [
      makeCard({ kind: 'current', text: 'Geriatrician cover four days a week' }),
      makeCard({ kind: 'gap', text: 'No senior review at weekends' }),
      makeCard({
        kind: 'idea',
        text: 'Seven-day consultant rota',
        votes: 1,
        impact: 70,
        effort: 40,
      }),
    ],
    actions: [
      makeAction({
        title: 'Agree a seven-day consultant rota',
        description: 'Job-plan two more geriatricians for weekend frailty reviews.',
        owner: 'Clinical director for older people',
        leadOrganisation: 'Valeside NHS Trust',
        startDate: '2026-12-01',
        dueDate: '2027-06-30',
        timescale: 'short',
        priority: 'high',
        rag: 'amber',
        resources: '£180,000 a year for two consultant posts',
        baseline: 'Weekend senior review for 35% of admissions',
        successMeasure: 'Senior review within 14 hours for 90% of weekend admissions',
        dependencies: 'Business case approved by the finance committee',
        risks: 'National shortage of geriatricians may delay recruitment',
        progressNotes: [
          { id: 'n1', date: '2026-12-05', text: 'Business case drafted.' },
          { id: 'n2', date: '2027-01-12', text: 'Finance committee approved the case.' },
        ],
        evidenceLinks: ['https://www.example.nhs.uk/frailty-standards'],
      }),
    ],
  });
};

const exportTo = async (name: string, content: WorkshopContent) => {
  const file = savePdf(name, await exportActionPlanPdf(content, OPTIONS));
  const pageCount = Number(pdfInfo(file).Pages);
  // pdftotext separates pages with a form feed.
  const pages = pdfLayoutText(file).split('\f').slice(0, pageCount);
  return { file, pages, text: pages.join('\n') };
};

/** A page's printed lines without the running header (first line) and footer (last line). */
const body = (page: string): string[] => {
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(1, -1);
};

const TABLE_HEADS =
  /^(Ref\s+Action|No\.\s+Idea|Name\s+Role|Role\s+Organisation|Enabler\s+Referenced|Tag\s+Referenced)/;
const LIST_ITEM = /^(•|[IA]\d+\s)/;
const HEADINGS =
  /^(Current activity|Gaps and challenges|Ideas|Actions|Key|Top ideas|Action details|Not yet placed on the matrix|Enablers|Tags|.+ \(\d+ actions?\)|\d\. .+)$/;

/** How far down the writing area the page's lowest word sits (0 top, 1 bottom margin). */
const fills = (file: string): number[] => {
  const xml = poppler('pdftotext', ['-bbox', file, '-']);
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, h, page]) => {
      const height = Number(h);
      const top = 20 * 2.835;
      const bottom = height - 18 * 2.835;
      const ys = [...(page ?? '').matchAll(/yMax="([\d.]+)"/g)]
        .map((m) => Number(m[1]))
        .filter((y) => y > top && y < bottom);
      return ys.length ? (Math.max(...ys) - top) / (bottom - top) : 0;
    },
  );
};

/** Checks every page break of a PDF the way a reader would notice a bad one. */
const expectCleanBreaks = (file: string, pages: readonly string[]): void => {
  pages.forEach((page, i) => {
    const lines = body(page);
    const where = `page ${String(i + 1)}: ${lines.slice(0, 3).join(' | ')}`;
    // A page never opens on a table's rows or a list's items without their heading.
    expect(lines[0] ?? '', where).not.toMatch(TABLE_HEADS);
    expect(lines[0] ?? '', where).not.toMatch(LIST_ITEM);
    // A page never ends on a heading whose content is on the next page.
    if (i < pages.length - 1) expect(lines.at(-1) ?? '', where).not.toMatch(HEADINGS);
  });
  // No page between the contents and the last is left nearly empty.
  const fill = fills(file);
  fill.slice(2, -1).forEach((f, i) => {
    expect(f, `page ${String(i + 3)} is only ${(f * 100).toFixed(0)}% full`).toBeGreaterThan(0.25);
  });
};

describe('a small workshop: one of everything', () => {
  it('puts the workforce challenge on the cover', async () => {
    const { pages } = await exportTo('small', smallWorkshop());
    expect(pages[0]?.replace(/\s+/g, ' ')).toContain(CHALLENGE);
    expect(pages[0]).toContain('The workforce challenge');
  });

  it('agrees every count with its noun: 1 action, 1 gap, 1 idea, 1 vote, 1 card', async () => {
    const { text } = await exportTo('small', smallWorkshop());
    expect(text).not.toMatch(/\b1 (actions|gaps|ideas|votes|attendees|cards)\b/);
    expect(text).toMatch(/\b1 current · 1 gap\b/);
    expect(text).toMatch(/\b1 idea · 1 action\b/);
    expect(text).toMatch(/\b1 vote · /);
    expect(text).toContain('1 idea (1 placed on the matrix)');
    expect(text).toContain('Supply (1 action)');
  });

  it('prints every action field the facilitator filled in the action details', async () => {
    const { text } = await exportTo('small', smallWorkshop());
    const details = text.slice(text.indexOf('Action details\n'));
    for (const [label, value] of [
      ['Owner', 'Clinical director for older people'],
      ['Lead organisation', 'Valeside NHS Trust'],
      ['Start date', '1 Dec 2026'],
      ['Due date', '30 Jun 2027'],
      ['Timescale', 'Short (up to 1 year)'],
      ['Priority', 'High'],
      ['RAG status', 'Amber'],
      ['Resources or cost', '£180,000 a year for two consultant posts'],
      ['Baseline', 'Weekend senior review for 35% of admissions'],
      ['Success measure', 'Senior review within 14 hours for 90% of weekend admissions'],
      ['Dependencies', 'Business case approved by the finance committee'],
      ['Risks', 'National shortage of geriatricians may delay recruitment'],
      ['Latest progress', '12 Jan 2027: Finance committee approved the case.'],
      ['Evidence', 'https://www.example.nhs.uk/frailty-standards'],
    ]) {
      expect(details, label).toMatch(new RegExp(`${label ?? ''}\\s+${escape(value ?? '')}`));
    }
    expect(details).toContain('Job-plan two more geriatricians for weekend frailty reviews.');
    expect(details).not.toContain('Business case drafted.');
  });
});

describe('page breaks', () => {
  it('a realistic workshop: no orphaned heading, no headless page, no near-empty page', async () => {
    const { file, pages } = await exportTo('board-realistic', makeRealisticWorkshop());
    expectCleanBreaks(file, pages);
    renderPages(file, 'board-realistic');
  }, 30_000);

  it('a big workshop: tables and lists that run on repeat their heading "(continued)"', async () => {
    const { file, pages, text } = await exportTo('board-big', makeBigWorkshop());
    expectCleanBreaks(file, pages);
    expect(text).toMatch(/Supply \(continued\)/);
    expect(text).toMatch(/Action details \(continued\)/);
    expect(text).toMatch(/\d\. [A-Za-z ]+ \(continued\)/);
    // 120-odd pages: render them by hand to look (pdftoppm -png -r 60), not on every run.
  }, 60_000);

  it('a small workshop fits on few pages, none nearly empty', async () => {
    const { file, pages } = await exportTo('small', smallWorkshop());
    expectCleanBreaks(file, pages);
    renderPages(file, 'small');
  }, 30_000);
});
