/**
 * The subset DejaVu Sans faces as base64 data URLs (Bitstream Vera / DejaVu licence, see
 * assets/fonts/LICENSE-DejaVu.txt). A module of its own so the bundler gives the ~450 kB of font
 * data its own lazily loaded chunk, next to jsPDF's, rather than one oversized chunk.
 */
import bold from '../../../../assets/fonts/DejaVuSans-Bold.subset.ttf?inline';
import oblique from '../../../../assets/fonts/DejaVuSans-Oblique.subset.ttf?inline';
import regular from '../../../../assets/fonts/DejaVuSans-Regular.subset.ttf?inline';

export const FONT_FACES = [
  { file: 'DejaVuSans-Regular.ttf', style: 'normal', dataUrl: regular },
  { file: 'DejaVuSans-Bold.ttf', style: 'bold', dataUrl: bold },
  { file: 'DejaVuSans-Oblique.ttf', style: 'italic', dataUrl: oblique },
] as const;

export type FontFace = (typeof FONT_FACES)[number];
