/**
 * The Star board page: the board as the room left it, drawn as vectors from the same layout as
 * the canvas, scaled to fit the page. Each card shows its kind (a letter, and a dashed outline
 * for gaps, so nothing relies on colour) and its idea reference; actions show theirs, with a
 * line from each idea to the actions it became. A key under the picture says how to read it.
 */
import { BOARD_CARD as BOARD_CARD_PX } from '@shared/domain';
import type { BoardPicture, Section } from './model';
import { COLOURS, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

type BoardSection = Extract<Section, { kind: 'board' }>;

const KIND_LETTER = { current: 'C', gap: 'G', idea: 'I' } as const;
const KIND_FILL = { current: '#e8f1f8', gap: '#fde8e4', idea: '#fff9c4' } as const;
const KEY =
  'How to read the board: C = current activity, G = gap or challenge (dashed outline), I7 = idea 7 ' +
  'and A3 = action 3, as numbered in the five points and the action plan. A line joins an idea ' +
  'to each action it became. The centre lists the enablers.';

export const drawBoard = async (
  w: PdfWriter,
  section: BoardSection,
  s: Scheduler,
): Promise<void> => {
  const { doc } = w;
  const keyHeight = w.textHeight(KEY, w.width, 8) + 3;
  const room = { width: w.width, height: w.bottom - w.y - keyHeight };
  const picture: BoardPicture = section.board;
  const scale = Math.min(room.width / picture.bounds.width, room.height / picture.bounds.height);
  const ox = w.left + (room.width - picture.bounds.width * scale) / 2;
  const oy = w.y;
  const X = (x: number): number => ox + x * scale;
  const Y = (y: number): number => oy + y * scale;
  const L = (n: number): number => n * scale;

  for (const z of picture.zones) {
    doc.setLineWidth(0.6);
    doc.setDrawColor(z.colour);
    doc.setFillColor(COLOURS.white);
    doc.roundedRect(X(z.x), Y(z.y), L(z.width), L(z.height), 2, 2, 'FD');
    doc.setFillColor(z.colour);
    doc.rect(X(z.x), Y(z.y), L(z.width), Math.max(5, L(60)), 'F');
    w.font(9, 'bold', COLOURS.white);
    doc.text(`${z.label} (${String(z.count)})`, X(z.x) + 1.5, Y(z.y) + Math.max(5, L(60)) / 2, {
      baseline: 'middle',
    });
  }
  const c = picture.centre;
  doc.setLineWidth(0.3);
  doc.setDrawColor(COLOURS.secondary);
  doc.setFillColor(COLOURS.paleGrey);
  doc.roundedRect(X(c.x), Y(c.y), L(c.width), L(c.height), 2, 2, 'FD');
  w.font(8, 'bold');
  doc.text('Enablers', X(c.x) + 2, Y(c.y) + 2, { baseline: 'top' });
  // As many enablers as fit in the centre; the appendix lists them all.
  w.font(7, 'normal');
  const top = Y(c.y) + 2 + w.lineHeight(8);
  const fit = Math.max(1, Math.floor((Y(c.y + c.height) - 1.5 - top) / w.lineHeight(7)));
  const lines = doc.splitTextToSize(
    c.enablers.join(' · ') || 'None listed',
    L(c.width) - 4,
  ) as string[];
  const shown =
    lines.length > fit ? [...lines.slice(0, fit - 1), `${lines[fit - 1] ?? ''} …`] : lines;
  doc.text(shown, X(c.x) + 2, top, { baseline: 'top' });
  await s.maybeYield();

  const cardById = new Map(picture.cards.map((card) => [card.id, card]));
  const actionById = new Map(picture.actions.map((a) => [a.id, a]));
  doc.setLineWidth(0.25);
  doc.setDrawColor(COLOURS.secondary);
  for (const link of picture.links) {
    const from = cardById.get(link.cardId);
    const to = actionById.get(link.actionId);
    if (!from || !to) continue;
    doc.line(X(from.x + from.width), Y(from.y + from.height / 2), X(to.x), Y(to.y + to.height / 2));
  }

  // Labels half a card tall (mm to pt), at most 10 pt.
  const label = Math.min(10, (L(BOARD_CARD_PX.height) * 0.5) / MM_PER_PT);
  for (const card of picture.cards) {
    doc.setLineWidth(0.2);
    doc.setDrawColor(COLOURS.secondary);
    doc.setFillColor(KIND_FILL[card.kind]);
    if (card.kind === 'gap') doc.setLineDashPattern([0.8, 0.5], 0);
    doc.rect(X(card.x), Y(card.y), L(card.width), L(card.height), 'FD');
    doc.setLineDashPattern([], 0);
    w.font(label, 'bold');
    doc.text(
      card.kind === 'idea' && card.ref ? card.ref : KIND_LETTER[card.kind],
      X(card.x + card.width / 2),
      Y(card.y + card.height / 2),
      { align: 'center', baseline: 'middle' },
    );
  }
  for (const a of picture.actions) {
    doc.setLineWidth(0.4);
    doc.setDrawColor(COLOURS.text);
    doc.setFillColor(COLOURS.white);
    doc.rect(X(a.x), Y(a.y), L(a.width), L(a.height), 'FD');
    w.font(label, 'bold');
    doc.text(a.ref, X(a.x + a.width / 2), Y(a.y + a.height / 2), {
      align: 'center',
      baseline: 'middle',
    });
  }
  await s.maybeYield();

  w.y = oy + picture.bounds.height * scale + 3;
  w.paragraph(KEY, { size: 8, colour: COLOURS.secondary });
};

const MM_PER_PT = 25.4 / 72;
