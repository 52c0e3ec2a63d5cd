/**
 * A headed list for the PDF (bullets, ideas, actions). The heading stays with the first two
 * items; an item that fits on a page is never split; a page that starts part way through the
 * list repeats the heading "(continued)", so no page opens with items of an unnamed list.
 */
import { COLOURS, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

export interface ListItem {
  readonly marker: string;
  readonly text: string;
}

export const MARKER_WIDTH = 10;
export const BULLET_WIDTH = 5;

export const drawList = async (
  w: PdfWriter,
  title: { readonly text: string; readonly level: 2 | 3 },
  items: readonly ListItem[],
  empty: string,
  s: Scheduler,
  markerWidth = MARKER_WIDTH,
): Promise<void> => {
  // Wide enough for the longest marker ("I100", "A153") with a gap before the text.
  w.font(10, 'bold');
  const widest = Math.max(0, ...items.map((item) => w.doc.getTextWidth(item.marker)));
  const opts = { markerWidth: Math.max(markerWidth, widest + 2.5) };
  const heights = items.map((item) => w.itemHeight(item.text, opts));
  // The first two items stay with the heading; a list of three stays whole.
  const kept = heights.length <= 3 ? heights.length : 2;
  const keep = Math.min(
    heights.slice(0, kept).reduce((a, b) => a + b, 0),
    w.pageRoom / 2,
  );
  w.heading(title.text, title.level, undefined, undefined, keep || w.lineHeight(10) * 2);
  if (items.length === 0) w.paragraph(empty, { colour: COLOURS.secondary });
  for (const [i, item] of items.entries()) {
    const h = heights[i] ?? 0;
    // The last item never goes over alone: the one before it goes with it.
    const isPenultimate = i === items.length - 2 && i >= kept;
    const withLast = isPenultimate ? h + (heights[i + 1] ?? 0) : h;
    if (w.room < Math.min(withLast, w.pageRoom / 3)) {
      w.newPage(w.orientation);
      w.heading(`${title.text} (continued)`, title.level, undefined, undefined, 0);
    }
    w.item(item.marker, item.text, opts);
    await s.maybeYield();
  }
};
