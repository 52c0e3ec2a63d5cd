/** Turning the board's SVG into a PNG, and naming the saved files. */
import type { Workshop } from '@shared/domain';

// Characters no common file system accepts in a name, controls and direction overrides.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export const boardFileName = (
  workshop: Pick<Workshop, 'scope'>,
  today: string,
  format: 'svg' | 'png',
): string => {
  const { organisation, title, date } = workshop.scope;
  const stem = [organisation, title, 'Star board', date || today]
    .map((part) => part.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 150)
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${stem || 'Star board'}.${format}`;
};

/** Largest canvas side Chromium draws reliably; bigger boards are scaled to fit. */
const MAX_SIDE = 16_000;

/**
 * Draws the SVG on a canvas at `scale`× and encodes it as PNG. The SVG is loaded from a blob:
 * URL (allowed by the app's CSP) and holds no foreignObject, so the canvas is never tainted.
 */
export const svgToPng = async (svg: string, scale: number): Promise<Uint8Array> => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const fit = Math.min(scale, MAX_SIDE / image.naturalWidth, MAX_SIDE / image.naturalHeight);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * fit);
    canvas.height = Math.round(image.naturalHeight * fit);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => {
      canvas.toBlob(resolve, 'image/png');
    });
    if (!blob) throw new Error('PNG encoding failed');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
