/**
 * jspdf-autotable with the house style: DejaVu Sans throughout (bold head), NHS blue head
 * repeated on every page, rows kept whole on one page, cursor moved below the table.
 */
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import { FONT_FAMILY } from './fonts';
import { COLOURS, MARGIN, type PdfWriter } from './pdfWriter';

export interface TableSpec {
  readonly head: readonly string[];
  readonly body: readonly RowInput[];
  readonly columnStyles?: UserOptions['columnStyles'];
  readonly fontSize?: number;
  readonly didDrawCell?: (data: CellHookData) => void;
  readonly didParseCell?: (data: CellHookData) => void;
  readonly willDrawCell?: (data: CellHookData) => void;
}

interface LastTable {
  readonly finalY?: number;
}

export const drawTable = (w: PdfWriter, spec: TableSpec): void => {
  const { doc } = w;
  // Start on a new page when not even the head and one short row would fit.
  w.ensure(20);
  autoTable(doc, {
    startY: w.y,
    margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    head: [[...spec.head]],
    body: [...spec.body],
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
    ...(spec.didDrawCell ? { didDrawCell: spec.didDrawCell } : {}),
    ...(spec.didParseCell ? { didParseCell: spec.didParseCell } : {}),
    ...(spec.willDrawCell ? { willDrawCell: spec.willDrawCell } : {}),
  });
  const last = (doc as unknown as { lastAutoTable?: LastTable }).lastAutoTable;
  w.y = (last?.finalY ?? w.y) + 4;
};
