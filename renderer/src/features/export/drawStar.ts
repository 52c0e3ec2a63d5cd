/**
 * The Star at a glance, drawn as vectors: five triangles in the points' colours around a centre
 * of enablers, each point labelled outside its tip with its counts, then the same counts as a
 * table for anyone who cannot read the diagram.
 */
import { plural } from '../../lib/format';
import type { Section, StarPointCount } from './model';
import { drawTable } from './pdfTable';
import { COLOURS, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

type StarSection = Extract<Section, { kind: 'star' }>;

const OUTER = 42;
const INNER = 18;
const LABEL_GAP = 5;

const polar = (cx: number, cy: number, radius: number, degrees: number): [number, number] => {
  const r = (degrees * Math.PI) / 180;
  return [cx + radius * Math.cos(r), cy + radius * Math.sin(r)];
};

const countLines = (p: StarPointCount): string[] => [
  `${String(p.current)} current · ${plural(p.gaps, 'gap')}`,
  `${plural(p.ideas, 'idea')} · ${plural(p.actions, 'action')}`,
];

const drawPointLabel = (
  w: PdfWriter,
  p: StarPointCount,
  x: number,
  y: number,
  cx: number,
): void => {
  const align = Math.abs(x - cx) < 2 ? 'center' : x < cx ? 'right' : 'left';
  w.font(10.5, 'bold', COLOURS.text);
  w.doc.text(p.label, x, y, { align, baseline: 'bottom' });
  w.font(8, 'normal', COLOURS.secondary);
  countLines(p).forEach((line, i) =>
    w.doc.text(line, x, y + 0.8 + i * w.lineHeight(8), { align, baseline: 'top' }),
  );
};

export const drawStar = async (w: PdfWriter, section: StarSection, s: Scheduler): Promise<void> => {
  const { doc } = w;
  const height = 2 * OUTER + 36;
  w.ensure(height);
  const cx = w.left + w.width / 2;
  const cy = w.y + OUTER + 16;
  const inner = Array.from({ length: 5 }, (_, k) => polar(cx, cy, INNER, -90 + 36 + 72 * k));
  doc.setLineWidth(0.4);
  section.points.forEach((p, k) => {
    const angle = -90 + 72 * k;
    const tip = polar(cx, cy, OUTER, angle);
    const a = inner[(k + 4) % 5] ?? tip;
    const b = inner[k] ?? tip;
    doc.setFillColor(p.colour);
    doc.setDrawColor(COLOURS.white);
    doc.triangle(tip[0], tip[1], a[0], a[1], b[0], b[1], 'FD');
    // The point's number inside its triangle, white on the point colour (all pass 4.5:1).
    const mid = polar(cx, cy, (OUTER + INNER) / 2, angle);
    w.font(11, 'bold', COLOURS.white);
    doc.text(String(k + 1), mid[0], mid[1], { align: 'center', baseline: 'middle' });
    const label = polar(cx, cy, OUTER + LABEL_GAP, angle);
    const labelY = k === 0 ? label[1] - 7 : k === 1 || k === 4 ? label[1] : label[1] + 4;
    drawPointLabel(w, p, label[0], labelY, cx);
  });
  // The centre: a pentagon of enablers.
  const first = inner[0];
  if (first) {
    const deltas = inner.slice(1).map((v, i) => {
      const prev = inner[i] ?? first;
      return [v[0] - prev[0], v[1] - prev[1]];
    });
    doc.setFillColor(COLOURS.paleBlue);
    doc.setDrawColor(COLOURS.blue);
    doc.lines(deltas, first[0], first[1], [1, 1], 'FD', true);
  }
  w.font(8.5, 'bold', COLOURS.blue);
  doc.text('Enablers', cx, cy, { align: 'center', baseline: 'middle' });
  w.y = cy + OUTER + 18;

  await drawTable(
    w,
    {
      head: ['', 'Star point', 'Current activity', 'Gaps', 'Ideas', 'Actions'],
      body: section.points.map((p, i) => [
        String(i + 1),
        p.label,
        p.current,
        p.gaps,
        p.ideas,
        p.actions,
      ]),
      columnStyles: {
        0: { cellWidth: 8, halign: 'center' },
        2: { halign: 'right' },
        3: { halign: 'right' },
        4: { halign: 'right' },
        5: { halign: 'right' },
      },
      didParseCell: (data, index) => {
        const colour = section.points[index]?.colour;
        if (data.column.index === 0 && colour) {
          data.cell.styles.fillColor = colour;
          data.cell.styles.textColor = COLOURS.white;
          data.cell.styles.fontStyle = 'bold';
        }
      },
    },
    s,
  );
  w.heading('Enablers at the centre', 3);
  w.paragraph(section.enablers.length ? section.enablers.join(' · ') : 'No enablers recorded.');
};
