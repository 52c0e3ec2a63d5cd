/**
 * Draws a DocumentModel as an A4 PDF with jsPDF and jspdf-autotable. This module (and jsPDF)
 * is loaded with import() only when the facilitator exports, keeping the app's first load small.
 * The render runs in chunks with event-loop yields between them, reports progress and stops
 * when its AbortSignal fires; the result is the PDF's bytes.
 */
import { jsPDF } from 'jspdf';
import type { WorkshopContent } from '@shared/domain';
import { drawActionTable } from './drawActionTable';
import { drawMatrix } from './drawMatrix';
import { drawAppendix, drawAttendees, drawCover, drawPoints, drawSummary } from './drawSections';
import { drawBoard } from './drawBoard';
import { drawStar } from './drawStar';
import { loadFonts, registerFonts } from './fonts';
import { buildDocumentModel } from './layout';
import type { DocumentModel, ExportOptions, Section, SectionKind } from './model';
import { addOutline, drawContents, drawHeadersAndFooters } from './pageFrame';
import { PdfWriter, anchorKey } from './pdfWriter';
import { clearPrecompressed, precompressPages } from './precompress';
import { Scheduler, type RenderHooks } from './schedule';

export type { RenderHooks } from './schedule';
export { suggestedPdfName } from './fileName';
export { buildDocumentModel } from './layout';

/**
 * Space a section needs below its title to start on the page where the one before ended:
 * its title with the first of its content (the Star and the matrix are drawn whole). With
 * less room it starts a fresh page; with more it follows on, so a short section never
 * leaves a page nearly empty. The cover and the contents page always stand alone.
 */
const ROOM_TO_START: Readonly<Record<SectionKind, number>> = {
  cover: Infinity,
  contents: Infinity,
  summary: 120,
  star: 150,
  // The board takes a page of its own, scaled to fit.
  board: Infinity,
  points: 90,
  matrix: 175,
  actions: 70,
  attendees: 60,
  appendix: 60,
};
const SECTION_GAP = 10;

const drawSection = async (w: PdfWriter, section: Section, s: Scheduler): Promise<void> => {
  if (section.kind === 'cover') {
    drawCover(w, section);
    return;
  }
  w.heading(section.title, 1);
  switch (section.kind) {
    case 'contents':
      return; // filled in at the end, once page numbers are known
    case 'summary':
      await drawSummary(w, section, s);
      return;
    case 'star':
      await drawStar(w, section, s);
      return;
    case 'board':
      await drawBoard(w, section, s);
      return;
    case 'points':
      await drawPoints(w, section, s);
      return;
    case 'matrix':
      await drawMatrix(w, section, s);
      return;
    case 'actions':
      await drawActionTable(w, section, s);
      return;
    case 'attendees':
      await drawAttendees(w, section, s);
      return;
    case 'appendix':
      await drawAppendix(w, section, s);
      return;
  }
};

export const renderPdf = async (
  model: DocumentModel,
  hooks: RenderHooks = {},
): Promise<Uint8Array> => {
  const s = new Scheduler(hooks);
  s.checkAborted();
  const fonts = await loadFonts();
  s.checkAborted();
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
    // Two decimals of a point (1/7200 inch) is plenty, and a third of the size of jsPDF's default.
    floatPrecision: 2,
  });
  registerFonts(doc, fonts);
  doc.setProperties({
    title: model.meta.title,
    subject: model.meta.subject,
    author: model.meta.author,
    keywords: model.meta.keywords.join(', '),
    creator: model.meta.creator,
  });
  doc.setLanguage(model.meta.language);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');

  const w = new PdfWriter(doc);
  let contentsPage: number | null = null;
  const total = model.sections.length;
  for (const [i, section] of model.sections.entries()) {
    await s.stage(
      (i / Math.max(1, total)) * 0.9,
      `Drawing ${section.kind === 'cover' ? 'the cover' : section.title.toLowerCase()}`,
    );
    // The board is wider than tall: it gets a landscape page of its own.
    const orientation =
      (section.kind === 'actions' && section.landscape) || section.kind === 'board'
        ? 'landscape'
        : 'portrait';
    const previous = model.sections[i - 1]?.kind;
    const flows =
      previous !== undefined &&
      previous !== 'cover' &&
      previous !== 'contents' &&
      orientation === w.orientation &&
      w.room >= ROOM_TO_START[section.kind];
    if (flows) w.y += SECTION_GAP;
    else if (i > 0 || orientation !== 'portrait') w.newPage(orientation);
    if (i === 0 && orientation !== 'portrait') doc.deletePage(1);
    w.anchor(anchorKey(section.kind));
    if (section.kind === 'contents') contentsPage = w.page;
    await drawSection(w, section, s);
  }

  await s.stage(0.92, 'Adding page numbers and bookmarks');
  drawHeadersAndFooters(w, model);
  if (contentsPage !== null) {
    const contents = model.sections.find((x) => x.kind === 'contents');
    if (contents?.kind === 'contents') drawContents(w, contents.entries, contentsPage);
  }
  addOutline(doc, w, model.outline);

  await s.stage(0.95, 'Compressing pages');
  try {
    await precompressPages(doc, s);
    await s.stage(0.98, 'Saving the PDF');
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    s.finish();
    hooks.onProgress?.(1, 'Done');
    return bytes;
  } finally {
    clearPrecompressed(doc);
  }
};

/** Model and render in one call: what the export panel uses. */
export const exportActionPlanPdf = (
  content: WorkshopContent,
  options: ExportOptions,
  hooks: RenderHooks = {},
): Promise<Uint8Array> => renderPdf(buildDocumentModel(content, options), hooks);
