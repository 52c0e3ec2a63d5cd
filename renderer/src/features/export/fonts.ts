/**
 * DejaVu Sans, subset by scripts/subset-fonts.mjs (Bitstream Vera / DejaVu licence, see
 * assets/fonts/LICENSE-DejaVu.txt). Inlined as base64 so this lazily loaded module needs no
 * file access in Electron, a browser or Node tests. jsPDF embeds only the glyphs a PDF uses.
 */
import type { jsPDF } from 'jspdf';
import bold from '../../../../assets/fonts/DejaVuSans-Bold.subset.ttf?inline';
import oblique from '../../../../assets/fonts/DejaVuSans-Oblique.subset.ttf?inline';
import regular from '../../../../assets/fonts/DejaVuSans-Regular.subset.ttf?inline';

export const FONT_FAMILY = 'DejaVuSans';

const FACES = [
  { file: 'DejaVuSans-Regular.ttf', style: 'normal', dataUrl: regular },
  { file: 'DejaVuSans-Bold.ttf', style: 'bold', dataUrl: bold },
  { file: 'DejaVuSans-Oblique.ttf', style: 'italic', dataUrl: oblique },
] as const;

const base64Of = (dataUrl: string): string => {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The PDF font was not bundled as base64 data');
  }
  return dataUrl.slice(comma + 1);
};

/** Registers the three faces on a document; jspdf-autotable's bold head needs the bold one. */
export const registerFonts = (doc: jsPDF): void => {
  for (const face of FACES) {
    doc.addFileToVFS(face.file, base64Of(face.dataUrl));
    doc.addFont(face.file, FONT_FAMILY, face.style);
  }
  doc.setFont(FONT_FAMILY, 'normal');
};
