/**
 * The impact/effort matrix as vectors: impact up, effort to the right (as on screen), quadrant
 * names in the corners, each placed idea a numbered disc in its point's colour. Ideas placed on
 * the same spot are nudged apart along a spiral with a hairline back to their true position, so
 * every number stays readable. A key table lists every plotted idea by number.
 */
import { QUADRANT_LABEL, STAR_POINTS, type PlacedQuadrant } from '@shared/domain';
import { drawList } from './drawList';
import type { IdeaItem, Section } from './model';
import { drawTable } from './pdfTable';
import { COLOURS, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

type MatrixSection = Extract<Section, { kind: 'matrix' }>;

const SIZE = 130;
const DISC = 2.7;
const MIN_GAP = DISC * 2 + 0.4;
/** Bands at the top and bottom kept clear of discs, so the quadrant names stay readable. */
const LABEL_BAND = 8;

const QUADRANT_FILL: Readonly<Record<PlacedQuadrant, string>> = {
  'quick-win': '#e3f1e8',
  'major-project': '#e8f1f8',
  'fill-in': '#f0f4f5',
  thankless: '#fbeee6',
};

const colourOf = (idea: IdeaItem): string =>
  STAR_POINTS.find((p) => p.id === idea.pointId)?.colour ?? COLOURS.blue;

/** Positions that keep discs apart, in the order given (deterministic). */
export const spreadPositions = (
  targets: readonly { x: number; y: number }[],
  bounds: { minX: number; maxX: number; minY: number; maxY: number },
): { x: number; y: number }[] => {
  const placed: { x: number; y: number }[] = [];
  const clear = (x: number, y: number): boolean =>
    placed.every((p) => (p.x - x) ** 2 + (p.y - y) ** 2 >= MIN_GAP ** 2);
  const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
  for (const t of targets) {
    let best = { x: clamp(t.x, bounds.minX, bounds.maxX), y: clamp(t.y, bounds.minY, bounds.maxY) };
    for (let step = 0; step < 200 && !clear(best.x, best.y); step += 1) {
      const angle = step * 2.4; // golden-angle spiral: even spread, no repeated spots
      const radius = MIN_GAP * (0.6 + 0.22 * step);
      best = {
        x: clamp(t.x + radius * Math.cos(angle), bounds.minX, bounds.maxX),
        y: clamp(t.y + radius * Math.sin(angle), bounds.minY, bounds.maxY),
      };
    }
    placed.push(best);
  }
  return placed;
};

const drawGrid = (w: PdfWriter, x0: number, y0: number): void => {
  const { doc } = w;
  const half = SIZE / 2;
  const cells: [PlacedQuadrant, number, number][] = [
    ['quick-win', x0, y0],
    ['major-project', x0 + half, y0],
    ['fill-in', x0, y0 + half],
    ['thankless', x0 + half, y0 + half],
  ];
  for (const [q, x, y] of cells) {
    doc.setFillColor(QUADRANT_FILL[q]);
    doc.rect(x, y, half, half, 'F');
    w.font(9, 'bold', COLOURS.secondary);
    const right = q === 'major-project' || q === 'thankless';
    const top = q === 'quick-win' || q === 'major-project';
    doc.text(QUADRANT_LABEL[q], right ? x + half - 2 : x + 2, top ? y + 2 : y + half - 2, {
      align: right ? 'right' : 'left',
      baseline: top ? 'top' : 'bottom',
    });
  }
  doc.setDrawColor(COLOURS.secondary);
  doc.setLineWidth(0.3);
  doc.rect(x0, y0, SIZE, SIZE, 'S');
  doc.setLineDashPattern([1, 1], 0);
  doc.line(x0 + half, y0, x0 + half, y0 + SIZE);
  doc.line(x0, y0 + half, x0 + SIZE, y0 + half);
  doc.setLineDashPattern([], 0);
  w.font(9, 'bold', COLOURS.text);
  doc.text('Effort →', x0 + half, y0 + SIZE + 6, { align: 'center', baseline: 'top' });
  doc.text('Impact →', x0 - 6, y0 + half, { align: 'center', angle: 90 });
  w.font(8, 'normal', COLOURS.secondary);
  doc.text('Low', x0, y0 + SIZE + 1.5, { baseline: 'top' });
  doc.text('High', x0 + SIZE, y0 + SIZE + 1.5, { baseline: 'top', align: 'right' });
  doc.text('Low', x0 - 1.5, y0 + SIZE, { align: 'right', baseline: 'bottom' });
  doc.text('High', x0 - 1.5, y0, { align: 'right', baseline: 'top' });
};

/** Which colour is which point: the numbers alone would leave readers guessing. */
const drawLegend = (w: PdfWriter, y: number): void => {
  w.font(8, 'normal', COLOURS.text);
  const gap = 5;
  const widths = STAR_POINTS.map((p) => 4 + w.doc.getTextWidth(p.label));
  let x = w.left + (w.width - widths.reduce((a, b) => a + b + gap, -gap)) / 2;
  STAR_POINTS.forEach((p, i) => {
    w.doc.setFillColor(p.colour);
    w.doc.circle(x + 1.4, y + 1.6, 1.4, 'F');
    w.doc.text(p.label, x + 4, y, { baseline: 'top' });
    x += (widths[i] ?? 0) + gap;
  });
};

export const drawMatrix = async (
  w: PdfWriter,
  section: MatrixSection,
  s: Scheduler,
): Promise<void> => {
  const { doc } = w;
  w.paragraph(
    'Each idea placed on the matrix is shown by its number (see the key below and the five points section). Higher is more impact; further right is more effort.',
    { colour: COLOURS.secondary },
  );
  w.ensure(SIZE + 14);
  const x0 = w.left + 14 + (w.width - 14 - SIZE) / 2;
  const y0 = w.y + 2;
  drawGrid(w, x0, y0);
  // Impact maps into the plot minus the label bands; both bands are equal, so 50 stays on the
  // dashed midline.
  const inner = SIZE - 2 * LABEL_BAND;
  const targets = section.plotted.map((i) => ({
    x: x0 + ((i.effort ?? 0) / 100) * SIZE,
    y: y0 + LABEL_BAND + (1 - (i.impact ?? 0) / 100) * inner,
  }));
  const spots = spreadPositions(targets, {
    minX: x0 + DISC,
    maxX: x0 + SIZE - DISC,
    minY: y0 + LABEL_BAND,
    maxY: y0 + SIZE - LABEL_BAND,
  });
  targets.forEach((target, i) => {
    const spot = spots[i];
    if (!spot) return;
    if (Math.hypot(spot.x - target.x, spot.y - target.y) > 0.5) {
      doc.setDrawColor(COLOURS.secondary);
      doc.setLineWidth(0.15);
      doc.line(target.x, target.y, spot.x, spot.y);
      doc.setFillColor(COLOURS.secondary);
      doc.circle(target.x, target.y, 0.45, 'F');
    }
  });
  for (const [i, idea] of section.plotted.entries()) {
    const spot = spots[i];
    if (!spot) continue;
    doc.setFillColor(colourOf(idea));
    doc.setDrawColor(COLOURS.white);
    doc.setLineWidth(0.3);
    doc.circle(spot.x, spot.y, DISC, 'FD');
    const label = idea.ref.slice(1);
    w.font(label.length > 2 ? 5 : 6.5, 'bold', COLOURS.white);
    doc.text(label, spot.x, spot.y, { align: 'center', baseline: 'middle' });
    if (i % 50 === 49) await s.maybeYield();
  }
  drawLegend(w, y0 + SIZE + 12);
  w.y = y0 + SIZE + 20;

  if (section.plotted.length === 0) {
    w.paragraph('No ideas have been placed on the matrix yet.');
  } else {
    await drawTable(
      w,
      {
        title: { text: 'Key', level: 3 },
        head: ['No.', 'Idea', 'Star point', 'Impact', 'Effort', 'Votes', 'Quadrant'],
        body: section.plotted.map((i) => [
          i.ref,
          i.shortText,
          STAR_POINTS.find((p) => p.id === i.pointId)?.label ?? i.pointId,
          i.impact ?? '',
          i.effort ?? '',
          i.votes,
          QUADRANT_LABEL[i.quadrant],
        ]),
        fontSize: 8,
        columnStyles: {
          0: { cellWidth: 11 },
          2: { cellWidth: 24 },
          3: { cellWidth: 15, halign: 'right' },
          4: { cellWidth: 15, halign: 'right' },
          5: { cellWidth: 13, halign: 'right' },
          6: { cellWidth: 24 },
        },
      },
      s,
    );
  }
  if (section.unplaced.length > 0) {
    // Named, not just numbered: the reader has no matrix position to look the number up by.
    await drawList(
      w,
      { text: 'Not yet placed on the matrix', level: 3 },
      section.unplaced.map((i) => ({ marker: i.ref, text: i.shortText })),
      '',
      s,
    );
  }
};
