/**
 * The board paper names each idea by the number the room saw in the app (issue 8 item 3), and
 * the action table names the ideas each action takes forward (item 4). Ideas are captured out
 * of Star order and one is deleted, so numbering by position could never pass.
 */
import { describe, expect, it } from 'vitest';
import { ideaNumbersById, numberIdeas, type WorkshopContent } from '@shared/domain';
import { DEFAULT_SECTIONS } from '../../../renderer/src/features/export/layout';
import type { ExportOptions } from '../../../renderer/src/features/export/model';
import { exportActionPlanPdf } from '../../../renderer/src/features/export/renderPdf';
import { makeAction, makeCard, makeContent, makeWorkshop } from '../../helpers/factories';
import { pdfLayoutText, savePdf } from './poppler';

const OPTIONS: ExportOptions = {
  sections: DEFAULT_SECTIONS,
  anonymise: false,
  landscapeActions: false,
  exportedAt: '2027-02-15T10:30:00.000Z',
  planId: 'plan-ideas',
  formatVersion: 2,
  appVersion: '0.2.0',
};

/** Captured in this order (so numbered 1–5 by the app), then idea 3 deleted. */
const CAPTURED = [
  { point: 'leadership', text: 'Clinical lead for workforce redesign', impact: 70, effort: 30 },
  { point: 'new-ways', text: 'Rota redesign for weekend nights', impact: 80, effort: 60 },
  { point: 'supply', text: 'Deleted idea about agency staff', impact: null, effort: null },
  { point: 'supply', text: 'International recruitment of nurses', impact: 40, effort: 20 },
  {
    point: 'new-roles',
    text: 'Physician associates in the emergency department',
    impact: null,
    effort: null,
  },
] as const;

const workshop = (): WorkshopContent => {
  const w = makeWorkshop({ id: 'w-ideas', title: 'Emergency department workforce' });
  const unnumbered = CAPTURED.map((c, i) =>
    makeCard({
      workshopId: w.id,
      kind: 'idea',
      point: c.point,
      text: c.text,
      order: i + 1,
      impact: c.impact,
      effort: c.effort,
      votes: 5 - i,
    }),
  ).map((c) => ({ ...c, number: null }));
  // Numbered exactly as the app numbers captured ideas, then one deleted.
  const { cards: numbered, lastIdeaNumber } = numberIdeas(unnumbered);
  const cards = numbered.filter((c) => !c.text.startsWith('Deleted'));
  const idOf = (start: string) => cards.find((c) => c.text.startsWith(start))?.id ?? '';
  return makeContent({
    workshop: { ...w, lastIdeaNumber },
    cards,
    actions: [
      makeAction({
        workshopId: w.id,
        title: 'Weekend staffing business case',
        points: ['supply'],
        ideaIds: [idOf('Physician'), idOf('Rota')],
      }),
      makeAction({
        workshopId: w.id,
        title: 'Appoint a workforce lead',
        points: ['leadership'],
        ideaIds: [idOf('Clinical lead')],
      }),
    ],
  });
};

describe('idea numbers in the PDF', () => {
  it('prints each idea beside the number the app shows for it, and the linked ideas of each action', async () => {
    const content = workshop();
    const file = savePdf('idea-numbers', await exportActionPlanPdf(content, OPTIONS));
    const lines = pdfLayoutText(file).split('\n');
    const appNumbers = ideaNumbersById(content.cards); // what Prioritise and the matrix show

    expect([...appNumbers.values()].sort()).toEqual([1, 2, 4, 5]);
    for (const card of content.cards) {
      const n = String(appNumbers.get(card.id));
      const start = card.text.slice(0, 25);
      const withText = lines.filter((l) => l.includes(start));
      expect(withText.length, card.text).toBeGreaterThan(0);
      // Wherever the idea is listed with a reference, it is its own number and no other.
      const refs = withText.flatMap((l) => [...l.matchAll(/\bI(\d+)\b/g)].map((m) => m[1]));
      expect(refs.length, card.text).toBeGreaterThan(0);
      expect(new Set(refs), card.text).toEqual(new Set([n]));
    }
    const text = lines.join('\n');
    expect(text).toMatch(/Ideas: I2, I5/);
    expect(text).toMatch(/Idea: I1/);
    expect(text).not.toMatch(/\bI3\b/); // the deleted idea's number is not reused
  });
});
