/**
 * The final pass, once every page exists: running header and footer with "Page x of y", the
 * contents page's page numbers and links, and the PDF outline (bookmarks).
 */
import type { jsPDF } from 'jspdf';
import type { DocumentModel, OutlineEntry } from './model';
import { COLOURS, MARGIN, anchorKey, type PdfWriter } from './pdfWriter';
import { truncate } from './text';

const RUNNING_TITLE_MAX = 90;

export const drawHeadersAndFooters = (w: PdfWriter, model: DocumentModel): void => {
  const { doc } = w;
  const total = doc.getNumberOfPages();
  const footerLeft = `Plan ${model.running.planId} · format version ${model.running.formatVersion} · ${model.running.exportedLabel}`;
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const height = doc.internal.pageSize.getHeight();
    w.font(8, 'normal', COLOURS.secondary);
    const title = truncate(model.running.title, RUNNING_TITLE_MAX);
    doc.text(w.split(title, width - MARGIN.left - MARGIN.right - 45, 8)[0] ?? '', MARGIN.left, 10, {
      baseline: 'top',
    });
    doc.text('HEE Star action plan', width - MARGIN.right, 10, { baseline: 'top', align: 'right' });
    doc.setDrawColor(COLOURS.blue);
    doc.setLineWidth(0.4);
    doc.line(MARGIN.left, 14.5, width - MARGIN.right, 14.5);
    doc.setDrawColor(COLOURS.border);
    doc.setLineWidth(0.2);
    doc.line(MARGIN.left, height - 12, width - MARGIN.right, height - 12);
    w.font(8, 'normal', COLOURS.secondary);
    const left = w.split(footerLeft, width - MARGIN.left - MARGIN.right - 30, 8)[0] ?? '';
    doc.text(left, MARGIN.left, height - 10, { baseline: 'top' });
    w.font(8, 'bold', COLOURS.text);
    doc.text(`Page ${page} of ${total}`, width - MARGIN.right, height - 10, {
      baseline: 'top',
      align: 'right',
    });
  }
};

const pageOf = (w: PdfWriter, e: OutlineEntry): number | undefined =>
  w.anchors.get(e.anchor ?? anchorKey(e.section, e.pointId));

/** Fills the reserved contents page: each entry with its page number, linked to that page. */
export const drawContents = (
  w: PdfWriter,
  entries: readonly OutlineEntry[],
  contentsPage: number,
): void => {
  const { doc } = w;
  doc.setPage(contentsPage);
  let y = MARGIN.top + 14;
  for (const entry of entries) {
    const target = pageOf(w, entry);
    if (target === undefined) continue;
    const indent = entry.level === 1 ? 8 : 0;
    const size = entry.level === 1 ? 10.5 : 12;
    w.font(size, entry.level === 1 ? 'normal' : 'bold', COLOURS.text);
    const label = w.split(entry.label, w.width - indent - 20, size)[0] ?? '';
    doc.text(label, w.left + indent, y, { baseline: 'top' });
    w.font(size, 'normal', COLOURS.secondary);
    doc.text(String(target), w.right, y, { baseline: 'top', align: 'right' });
    doc.setDrawColor(COLOURS.border);
    doc.setLineDashPattern([0.4, 1], 0);
    const labelEnd = w.left + indent + doc.getTextWidth(label) + 2;
    doc.line(labelEnd, y + 3.5, w.right - doc.getTextWidth(String(target)) - 2, y + 3.5);
    doc.setLineDashPattern([], 0);
    doc.link(w.left, y - 1, w.width, w.lineHeight(size) + 1, { pageNumber: target });
    y += w.lineHeight(size) + (entry.level === 1 ? 1.5 : 3);
  }
};

/** PDF bookmarks: one per section, with each Star point nested under its section. */
export const addOutline = (doc: jsPDF, w: PdfWriter, entries: readonly OutlineEntry[]): void => {
  let parent: ReturnType<jsPDF['outline']['add']> | null = null;
  for (const entry of entries) {
    const pageNumber = pageOf(w, entry);
    if (pageNumber === undefined) continue;
    if (entry.level === 0) parent = doc.outline.add(null, entry.label, { pageNumber });
    else doc.outline.add(parent, entry.label, { pageNumber });
  }
};
