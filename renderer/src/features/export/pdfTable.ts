/**
 * jspdf-autotable with the house style: DejaVu Sans throughout (bold head), NHS blue head
 * repeated on every page, rows kept whole on one page, cursor moved below the table.
 *
 * autotable draws a whole table in one synchronous call, so long tables are drawn as a run of
 * smaller tables with an event-loop yield between them. Each continuation starts one head-height
 * higher and skips painting its head on its first page, so the rows join up seamlessly; when a
 * continuation's first row moves to a new page, that page gets the head as usual.
 */
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import { FONT_FAMILY } from './fonts';
import { COLOURS, MARGIN, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

/** Rows per synchronous autotable call; even, so the row striping carries on unbroken. */
export const ROWS_PER_BATCH = 16;

/** Cell hooks get the row's index in the whole body, not just in its batch. */
type Hook = (data: CellHookData, rowIndex: number) => void;

export interface TableSpec {
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

const currentPage = (w: PdfWriter): number => w.doc.getCurrentPageInfo().pageNumber;

export const drawTable = async (w: PdfWriter, spec: TableSpec, s: Scheduler): Promise<void> => {
  const { doc } = w;
  // Start on a new page when not even the head and one short row would fit.
  w.ensure(20);
  let headHeight = 0;
  for (let start = 0; start === 0 || start < spec.body.length; start += ROWS_PER_BATCH) {
    const continuation = start > 0;
    const pageAtStart = currentPage(w);
    const index = (data: CellHookData): number => start + data.row.index;
    autoTable(doc, {
      startY: continuation ? w.y - headHeight : w.y,
      margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
      head: [[...spec.head]],
      body: spec.body.slice(start, start + ROWS_PER_BATCH),
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
      alternateRowStyles: { fillColor: COLOURS.paleGrey },
      ...(spec.columnStyles ? { columnStyles: spec.columnStyles } : {}),
      didParseCell: (data) => {
        if (data.section === 'body') spec.didParseCell?.(data, index(data));
      },
      willDrawCell: (data) => {
        if (data.section === 'head') {
          // A continuation's head on the page where the previous part ended stays unpainted.
          return !(continuation && data.pageNumber === 1 && currentPage(w) === pageAtStart);
        }
        spec.willDrawCell?.(data, index(data));
        return true;
      },
      didDrawCell: (data) => {
        if (data.section === 'head') headHeight = Math.max(headHeight, data.row.height);
        else spec.didDrawCell?.(data, index(data));
      },
    });
    const last = (doc as unknown as { lastAutoTable?: LastTable }).lastAutoTable;
    w.y = last?.finalY ?? w.y;
    await s.maybeYield();
  }
  w.y += 4;
};
