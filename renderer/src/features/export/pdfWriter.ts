/**
 * A small flowing-text layer over jsPDF: a cursor that moves down the page, wraps every string
 * with splitTextToSize, starts a new page when the next line would not fit, and remembers on
 * which page each section and Star point begins (for the contents page and PDF bookmarks).
 * Text is only ever written with doc.text, so imported text prints literally.
 */
import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './fonts';
import type { SectionId } from './model';

export const COLOURS = {
  blue: '#005eb8',
  text: '#212b32',
  secondary: '#425563',
  border: '#aeb7bd',
  paleGrey: '#f0f4f5',
  paleBlue: '#e8f1f8',
  white: '#ffffff',
} as const;

/** NHS palette; each RAG swatch is always printed beside its word. */
export const RAG_COLOURS = {
  red: '#d5281b',
  amber: '#ffb81c',
  green: '#007f3b',
  blue: '#005eb8',
} as const;

export type Orientation = 'portrait' | 'landscape';
type FontStyle = 'normal' | 'bold' | 'italic';

export const MARGIN = { top: 20, bottom: 18, left: 18, right: 18 } as const;
const PT_TO_MM = 25.4 / 72;
const HEADING_SIZE = { 1: 18, 2: 14, 3: 11.5 } as const;
const HEADING_BEFORE = { 1: 0, 2: 5, 3: 3 } as const;
const HEADING_AFTER = { 1: 3, 2: 1.5, 3: 1.5 } as const;
const LINE_FACTOR = 1.3;

export interface TextStyle {
  readonly size?: number;
  readonly style?: FontStyle;
  readonly colour?: string;
  readonly indent?: number;
  readonly gapAfter?: number;
}

export const anchorKey = (section: SectionId, pointId: string | null = null): string =>
  pointId ? `${section}:${pointId}` : section;

export class PdfWriter {
  y: number = MARGIN.top;
  orientation: Orientation = 'portrait';
  /** Page number on which each section (and each point) starts. */
  readonly anchors = new Map<string, number>();

  constructor(readonly doc: jsPDF) {}

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth();
  }
  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight();
  }
  get left(): number {
    return MARGIN.left;
  }
  get right(): number {
    return this.pageWidth - MARGIN.right;
  }
  get width(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.pageHeight - MARGIN.bottom;
  }
  get page(): number {
    return this.doc.getNumberOfPages();
  }

  lineHeight(size: number): number {
    return size * PT_TO_MM * LINE_FACTOR;
  }

  /**
   * Drawn at the top of every page the flow breaks onto, while set: the heading of the group
   * being printed (e.g. "3. New roles (continued)"), so no page opens on an unnamed group.
   */
  continuation: ((w: PdfWriter) => void) | null = null;

  /** The first page exists already; later sections call this to start on a fresh page. */
  newPage(orientation: Orientation = 'portrait'): void {
    this.doc.addPage('a4', orientation);
    this.orientation = orientation;
    this.y = MARGIN.top;
    this.continuation?.(this);
  }

  /** Starts a new page if `height` does not fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage(this.orientation);
  }

  font(size: number, style: FontStyle = 'normal', colour: string = COLOURS.text): void {
    this.doc.setFont(FONT_FAMILY, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(colour);
  }

  anchor(key: string): void {
    if (!this.anchors.has(key)) this.anchors.set(key, this.page);
  }

  /** Height of a heading at `level`, including the space around it. */
  headingHeight(text: string, level: 1 | 2 | 3): number {
    const size = HEADING_SIZE[level];
    const lines = this.split(text, this.width, size, 'bold');
    return HEADING_BEFORE[level] + lines.length * this.lineHeight(size) + HEADING_AFTER[level];
  }

  /**
   * Section title (level 1) or subheading (2, 3), kept on one page with `keepWith` mm of what
   * follows (by default three lines of text), so a heading never ends a page.
   */
  heading(
    text: string,
    level: 1 | 2 | 3,
    colour: string = COLOURS.blue,
    anchorAt?: string,
    keepWith: number = this.lineHeight(10) * 3,
  ): void {
    const size = HEADING_SIZE[level];
    const lines = this.split(text, this.width, size, 'bold');
    const height = lines.length * this.lineHeight(size);
    if (this.y > MARGIN.top) this.y += HEADING_BEFORE[level];
    this.ensure(height + HEADING_AFTER[level] + keepWith);
    // After ensure(), so the anchor names the page the heading actually lands on.
    if (anchorAt) this.anchor(anchorAt);
    this.font(size, 'bold', colour);
    for (const line of lines) {
      this.doc.text(line, this.left, this.y, { baseline: 'top' });
      this.y += this.lineHeight(size);
    }
    this.y += HEADING_AFTER[level];
  }

  /** Height of `text` wrapped at `width`, as paragraph() would print it (without gapAfter). */
  textHeight(text: string, width: number, size = 10, style: FontStyle = 'normal'): number {
    return this.split(text, width, size, style).length * this.lineHeight(size);
  }

  /** Height of a list item as item() would print it. */
  itemHeight(text: string, opts: TextStyle & { markerWidth?: number } = {}): number {
    const indent = (opts.indent ?? 0) + (opts.markerWidth ?? 5);
    return (
      this.textHeight(text, this.width - indent, opts.size ?? 10, opts.style ?? 'normal') +
      (opts.gapAfter ?? 1)
    );
  }

  /** Space left on this page below the cursor. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** Space on a fresh page of the current orientation. */
  get pageRoom(): number {
    return this.bottom - MARGIN.top;
  }

  /** Wrapped text that flows across pages; newlines in the text are kept. */
  paragraph(text: string, opts: TextStyle = {}): void {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const lines = this.split(text, this.width - indent, size, opts.style ?? 'normal');
    const lh = this.lineHeight(size);
    this.font(size, opts.style, opts.colour);
    for (const line of lines) {
      if (this.y + lh > this.bottom) {
        this.newPage(this.orientation);
        this.font(size, opts.style, opts.colour);
      }
      this.doc.text(line, this.left + indent, this.y, { baseline: 'top' });
      this.y += lh;
    }
    this.y += opts.gapAfter ?? 2;
  }

  /** A list item with a hanging marker ("•", "I3"…) so wrapped lines align with the text. */
  item(marker: string, text: string, opts: TextStyle & { markerWidth?: number } = {}): void {
    const size = opts.size ?? 10;
    const markerWidth = opts.markerWidth ?? 5;
    this.ensure(this.lineHeight(size));
    this.font(size, 'bold', opts.colour ?? COLOURS.secondary);
    this.doc.text(marker, this.left + (opts.indent ?? 0), this.y, { baseline: 'top' });
    this.paragraph(text, {
      ...opts,
      indent: (opts.indent ?? 0) + markerWidth,
      gapAfter: opts.gapAfter ?? 1,
    });
  }

  /** Label: value lines, the label bold, for scope details and action fields. */
  keyValues(
    rows: readonly { label: string; value: string }[],
    labelWidth = 45,
    size = 10,
    indent = 0,
    gap = 1.5,
  ): void {
    for (const row of rows) {
      const lh = this.lineHeight(size);
      this.ensure(lh);
      this.font(size, 'bold', COLOURS.secondary);
      const labelLines = this.split(row.label, labelWidth - 3, size, 'bold');
      labelLines.forEach((l, i) =>
        this.doc.text(l, this.left + indent, this.y + i * lh, { baseline: 'top' }),
      );
      const startY = this.y;
      this.paragraph(row.value || 'Not recorded', {
        size,
        indent: indent + labelWidth,
        gapAfter: 0,
      });
      if (this.y < startY + labelLines.length * lh) this.y = startY + labelLines.length * lh;
      this.y += gap;
    }
  }

  split(text: string, width: number, size: number, style: FontStyle = 'normal'): string[] {
    this.doc.setFont(FONT_FAMILY, style);
    this.doc.setFontSize(size);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** A filled swatch (RAG status, point colour) with an outline so pale colours stay visible. */
  swatch(x: number, y: number, size: number, colour: string): void {
    this.doc.setFillColor(colour);
    this.doc.setDrawColor(COLOURS.text);
    this.doc.setLineWidth(0.2);
    this.doc.rect(x, y, size, size, 'FD');
  }
}
