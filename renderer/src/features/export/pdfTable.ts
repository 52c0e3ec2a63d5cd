/**
 * jspdf-autotable with the house style (DejaVu Sans, bold NHS blue head, rows never split) and
 * the page breaks of a board paper, which autotable alone does not make:
 *
 * - a table's title is kept on the same page as the head and its first rows;
 * - every page a table continues on starts with the title again, "… (continued)", and the head;
 * - the last row never sits alone on a page: one more row moves over with it.
 *
 * To do that the rows are measured first (autotable's own layout, `__createTable`, run in
 * batches with event-loop yields between them), the page breaks are chosen from those heights,
 * and each page's rows are then drawn as one small table. Column widths are fixed from the
 * first measurement, so every page's columns line up.
 */
import {
  __createTable,
  autoTable,
  type CellHookData,
  type RowInput,
  type UserOptions,
} from 'jspdf-autotable';
import { FONT_FAMILY } from './fonts';
import { COLOURS, MARGIN, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

/** Rows measured per synchronous autotable call. */
export const ROWS_PER_BATCH = 16;
/**
 * A title is kept with at least this many of the table's first rows, and a table this short
 * or one row longer is kept whole, so it never leaves a single row behind.
 */
const KEEP_FIRST_ROWS = 2;
/** Space left below a table before what follows. */
const GAP_AFTER = 4;

/** Cell hooks get the row's index in the whole body, not just in its page's table. */
type Hook = (data: CellHookData, rowIndex: number) => void;

export interface TableTitle {
  readonly text: string;
  readonly level: 2 | 3;
  readonly colour?: string;
  /** Anchor for the contents page and bookmarks, set on the page the title lands on. */
  readonly anchor?: string;
  /** The heading above is already printed: show the title only on continuation pages. */
  readonly repeatOnly?: boolean;
  /** The title on continuation pages; by default the title followed by "(continued)". */
  readonly continued?: string;
}

export interface TableSpec {
  readonly title?: TableTitle;
  readonly head: readonly string[];
  readonly body: readonly RowInput[];
  readonly columnStyles?: UserOptions['columnStyles'];
  readonly fontSize?: number;
  readonly didParseCell?: Hook;
  readonly willDrawCell?: Hook;
  readonly didDrawCell?: Hook;
}

interface LastTable {
  readonly finalY?: number;
}

const baseOptions = (
  spec: TableSpec,
  columnStyles: UserOptions['columnStyles'],
  offset: number,
): UserOptions => ({
  margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
  head: [[...spec.head]],
  theme: 'grid',
  showHead: 'everyPage',
  rowPageBreak: 'avoid',
  styles: {
    font: FONT_FAMILY,
    fontStyle: 'normal',
    fontSize: spec.fontSize ?? 9,
    textColor: COLOURS.text,
    lineColor: COLOURS.border,
    lineWidth: 0.2,
    cellPadding: 1.8,
    overflow: 'linebreak',
    valign: 'top',
  },
  headStyles: {
    font: FONT_FAMILY,
    fontStyle: 'bold',
    fillColor: COLOURS.blue,
    textColor: COLOURS.white,
  },
  ...(columnStyles ? { columnStyles } : {}),
  didParseCell: (data) => {
    if (data.section !== 'body') return;
    const index = offset + data.row.index;
    // Striping by the row's place in the whole table, so it runs on unbroken across pages.
    if (index % 2 === 1) data.cell.styles.fillColor = COLOURS.paleGrey;
    spec.didParseCell?.(data, index);
  },
});

interface Measured {
  readonly headHeight: number;
  readonly rowHeights: number[];
  readonly columnStyles: UserOptions['columnStyles'];
}

/** Lays the table out without drawing it: the head's and each row's height, and fixed widths. */
const measure = async (w: PdfWriter, spec: TableSpec, s: Scheduler): Promise<Measured> => {
  let columnStyles = spec.columnStyles;
  let headHeight = 0;
  const rowHeights: number[] = [];
  for (let start = 0; start === 0 || start < spec.body.length; start += ROWS_PER_BATCH) {
    const table = __createTable(w.doc, {
      ...baseOptions(spec, columnStyles, start),
      startY: MARGIN.top,
      body: spec.body.slice(start, start + ROWS_PER_BATCH),
    });
    if (start === 0) {
      headHeight = table.head.reduce((sum, row) => sum + row.height, 0);
      const fixed: NonNullable<UserOptions['columnStyles']> = {};
      for (const column of table.columns) {
        fixed[column.index] = { ...spec.columnStyles?.[column.index], cellWidth: column.width };
      }
      columnStyles = fixed;
    }
    rowHeights.push(...table.body.map((row) => row.height));
    await s.maybeYield();
  }
  return { headHeight, rowHeights, columnStyles };
};

/**
 * Chooses the page breaks: index of the first row on each page. `firstRoom` is the space on
 * the page the table starts on, `room` the space on each later page (both below the title).
 */
export const paginate = (
  heights: readonly number[],
  headHeight: number,
  firstRoom: number,
  room: number,
): number[] => {
  const starts = [0];
  let used = headHeight;
  let available = firstRoom;
  let pageStart = 0;
  heights.forEach((h, i) => {
    if (i > pageStart && used + h > available) {
      starts.push(i);
      pageStart = i;
      used = headHeight;
      available = room;
    }
    used += h;
  });
  // The last row never sits alone on its page when the page before can spare one.
  const last = starts.length - 1;
  const lastStart = starts[last] ?? 0;
  const previousStart = starts[last - 1];
  if (last > 0 && lastStart === heights.length - 1 && previousStart !== undefined) {
    const moved = heights[lastStart - 1] ?? 0;
    const fits = headHeight + moved + (heights[lastStart] ?? 0) <= room;
    if (lastStart - previousStart >= 3 && fits) starts[last] = lastStart - 1;
  }
  return starts;
};

const continuedText = (title: TableTitle): string => title.continued ?? `${title.text} (continued)`;

const drawTitle = (w: PdfWriter, title: TableTitle, continued: boolean, keepWith: number) => {
  w.heading(
    continued ? continuedText(title) : title.text,
    title.level,
    title.colour,
    continued ? undefined : title.anchor,
    keepWith,
  );
};

export const drawTable = async (w: PdfWriter, spec: TableSpec, s: Scheduler): Promise<void> => {
  const { headHeight, rowHeights, columnStyles } = await measure(w, spec, s);
  const kept = rowHeights.length <= KEEP_FIRST_ROWS + 1 ? rowHeights.length : KEEP_FIRST_ROWS;
  const firstRows = rowHeights.slice(0, kept).reduce((a, b) => a + b, 0);
  // Never ask to keep more than a fresh page holds, or the title would sit alone anyway.
  const titled = spec.title && !spec.title.repeatOnly ? spec.title : null;
  const titleRoom = titled ? w.headingHeight(titled.text, titled.level) : 0;
  const keep = Math.min(headHeight + firstRows, w.pageRoom - titleRoom);
  if (titled) drawTitle(w, titled, false, keep);
  else w.ensure(keep);

  const continuedRoom = spec.title
    ? w.pageRoom - w.headingHeight(continuedText(spec.title), spec.title.level)
    : w.pageRoom;
  const starts = paginate(rowHeights, headHeight, w.room, continuedRoom);
  for (const [page, start] of starts.entries()) {
    if (page > 0) {
      w.newPage(w.orientation);
      if (spec.title) drawTitle(w, spec.title, true, 0);
    }
    const end = starts[page + 1] ?? spec.body.length;
    const index = (data: CellHookData): number => start + data.row.index;
    autoTable(w.doc, {
      ...baseOptions(spec, columnStyles, start),
      startY: w.y,
      body: spec.body.slice(start, end),
      willDrawCell: (data) => {
        if (data.section === 'body') spec.willDrawCell?.(data, index(data));
      },
      didDrawCell: (data) => {
        if (data.section === 'body') spec.didDrawCell?.(data, index(data));
      },
    });
    const last = (w.doc as unknown as { lastAutoTable?: LastTable }).lastAutoTable;
    w.y = last?.finalY ?? w.y;
    await s.maybeYield();
  }
  w.y += GAP_AFTER;
};
