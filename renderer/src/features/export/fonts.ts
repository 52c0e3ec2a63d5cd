/**
 * DejaVu Sans, subset by scripts/subset-fonts.mjs to the characters an action plan needs
 * (Latin, Welsh and Polish letters, Hebrew, Arabic, punctuation, currency, ticks). jsPDF then
 * embeds only the glyphs a PDF actually uses.
 */
import type { jsPDF } from 'jspdf';
import type { FontFace } from './fontData';

export const FONT_FAMILY = 'DejaVuSans';

const base64Of = (dataUrl: string): string => {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The PDF font was not bundled as base64 data');
  }
  return dataUrl.slice(comma + 1);
};

/** Loads the font data (its own chunk) once per session. */
export const loadFonts = async (): Promise<readonly FontFace[]> =>
  (await import('./fontData')).FONT_FACES;

/** Registers the three faces on a document; jspdf-autotable's bold head needs the bold one. */
export const registerFonts = (doc: jsPDF, faces: readonly FontFace[]): void => {
  for (const face of faces) {
    doc.addFileToVFS(face.file, base64Of(face.dataUrl));
    doc.addFont(face.file, FONT_FAMILY, face.style);
  }
  doc.setFont(FONT_FAMILY, 'normal');
};
