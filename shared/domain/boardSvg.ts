/**
 * The Star board as true vector graphics (SVG): zones, centre, cards, actions and links, drawn
 * from the same geometry and layout as the canvas. Text is wrapped by an estimate of glyph
 * widths (no DOM here), escaped for XML, and stripped of characters XML cannot hold, so a
 * hostile card can never break the file. Used for the SVG and PNG exports.
 */
import {
  BOARD_ACTION,
  BOARD_CARD,
  zoneCentre,
  type BoardGeometry,
  type Point,
} from './boardGeometry';
import { layoutActions, layoutCards } from './boardLayout';
import type { Action, Card, CardKind } from './schemas';
import { STAR_ALSO_KNOWN_AS, STAR_NAME, STAR_POINTS } from './star';

export interface BoardSvgInput {
  readonly title: string;
  readonly cards: readonly Card[];
  readonly actions: readonly Action[];
  readonly enablers: readonly string[];
  readonly geometry: BoardGeometry;
  readonly ideaNumbers: ReadonlyMap<string, number>;
  readonly linkedIdeaIds: (action: Action) => readonly string[];
}

const FONT = 'Arial, Helvetica, sans-serif';
const KIND_WORD: Readonly<Record<CardKind, string>> = {
  current: '■ Now',
  gap: '▲ Gap',
  idea: '● Idea',
};

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/FFFF.
/* eslint-disable no-control-regex -- control characters are exactly what we remove */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */
// Direction overrides would reverse text in the picture; isolation is not available in SVG 1.1.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const xmlText = (s: string): string =>
  s
    .replace(NOT_XML, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * Greedy word wrap by estimated width (average Arial glyph ≈ 0.55 em), at most `maxLines`
 * lines, the last ending in "…" when text was cut. Long words are broken.
 */
export const wrapText = (
  text: string,
  widthPx: number,
  fontPx: number,
  maxLines: number,
): string[] => {
  const perLine = Math.max(4, Math.floor(widthPx / (fontPx * 0.55)));
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > perLine) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, perLine));
      word = word.slice(perLine);
    }
    const next = line ? `${line} ${word}` : word;
    if (next.length > perLine) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1))}…`;
  return kept;
};

const textLines = (
  lines: readonly string[],
  x: number,
  y: number,
  size: number,
  extra = '',
): string =>
  lines
    .map(
      (l, i) =>
        `<text x="${String(x)}" y="${String(y + i * size * 1.25)}" font-size="${String(size)}"${extra}>${xmlText(l)}</text>`,
    )
    .join('');

const rect = (x: number, y: number, w: number, h: number, attrs: string): string =>
  `<rect x="${String(x)}" y="${String(y)}" width="${String(w)}" height="${String(h)}" ${attrs}/>`;

export const boardSvg = (input: BoardSvgInput): string => {
  const { geometry: g } = input;
  const cardAt = layoutCards(input.cards, g);
  const actionAt = layoutActions(
    input.actions.map((a) => a.id),
    g,
  );
  const parts: string[] = [];
  const { width, height } = g.bounds;
  const pad = 40;

  // The star behind the zones: lines joining each point's zone to the centre.
  const centre: Point = zoneCentre(g.centre);
  for (const p of STAR_POINTS) {
    const c = zoneCentre(g.zones[p.id]);
    parts.push(
      `<line x1="${String(centre.x)}" y1="${String(centre.y)}" x2="${String(c.x)}" y2="${String(c.y)}" stroke="${p.colour}" stroke-width="24" stroke-opacity="0.25"/>`,
    );
  }
  for (const p of STAR_POINTS) {
    const z = g.zones[p.id];
    parts.push(
      rect(
        z.x,
        z.y,
        z.width,
        z.height,
        `rx="16" fill="#ffffff" stroke="${p.colour}" stroke-width="6"`,
      ),
    );
    parts.push(rect(z.x, z.y, z.width, 60, `rx="16" fill="${p.colour}"`));
    parts.push(
      `<text x="${String(z.x + 24)}" y="${String(z.y + 42)}" font-size="30" font-weight="bold" fill="#ffffff">${xmlText(p.label)}</text>`,
    );
  }
  const ce = g.centre;
  parts.push(
    rect(
      ce.x,
      ce.y,
      ce.width,
      ce.height,
      'rx="24" fill="#f0f4f5" stroke="#4c6272" stroke-width="3"',
    ),
  );
  parts.push(
    textLines(
      [`${STAR_NAME} (${STAR_ALSO_KNOWN_AS})`, 'Enablers'],
      ce.x + 24,
      ce.y + 40,
      24,
      ' font-weight="bold" fill="#212b32"',
    ),
  );
  parts.push(
    textLines(
      input.enablers.length === 0 ? ['No enablers listed'] : input.enablers.map((e) => `• ${e}`),
      ce.x + 24,
      ce.y + 110,
      20,
      ' fill="#212b32"',
    ),
  );

  // Links under the cards.
  for (const a of input.actions) {
    const to = actionAt.get(a.id);
    for (const ideaId of input.linkedIdeaIds(a)) {
      const from = cardAt.get(ideaId);
      if (!from || !to) continue;
      const x1 = from.x + BOARD_CARD.width;
      const y1 = from.y + BOARD_CARD.height / 2;
      const y2 = to.y + BOARD_ACTION.height / 2;
      const mid = (x1 + to.x) / 2;
      parts.push(
        `<path d="M${String(x1)},${String(y1)} C${String(mid)},${String(y1)} ${String(mid)},${String(y2)} ${String(to.x)},${String(y2)}" fill="none" stroke="#425563" stroke-width="3"/>`,
      );
    }
  }

  for (const c of input.cards) {
    const at = cardAt.get(c.id);
    if (!at) continue;
    const n = input.ideaNumbers.get(c.id);
    const dash = c.kind === 'gap' ? ' stroke-dasharray="10 6"' : '';
    const fill = c.kind === 'idea' ? '#fff9c4' : c.kind === 'gap' ? '#fde8e4' : '#e8f1f8';
    parts.push(
      rect(
        at.x,
        at.y,
        BOARD_CARD.width,
        BOARD_CARD.height,
        `rx="8" fill="${fill}" stroke="#425563" stroke-width="2"${dash}`,
      ),
    );
    const head = `${KIND_WORD[c.kind]}${n === undefined ? '' : ` ${String(n)}`}${c.kind === 'idea' && c.votes > 0 ? ` · ${String(c.votes)} ${c.votes === 1 ? 'vote' : 'votes'}` : ''}`;
    parts.push(textLines([head], at.x + 12, at.y + 24, 15, ' font-weight="bold" fill="#212b32"'));
    parts.push(
      textLines(
        wrapText(c.text, BOARD_CARD.width - 24, 16, 4),
        at.x + 12,
        at.y + 48,
        16,
        ' fill="#212b32"',
      ),
    );
  }
  for (const a of input.actions) {
    const at = actionAt.get(a.id);
    if (!at) continue;
    parts.push(
      rect(
        at.x,
        at.y,
        BOARD_ACTION.width,
        BOARD_ACTION.height,
        'rx="4" fill="#ffffff" stroke="#212b32" stroke-width="3"',
      ),
    );
    const rag =
      a.rag === null
        ? 'No status'
        : a.rag === 'blue'
          ? 'Complete'
          : a.rag.charAt(0).toUpperCase() + a.rag.slice(1);
    parts.push(
      textLines(
        [`◆ Action · ${rag}`],
        at.x + 12,
        at.y + 24,
        15,
        ' font-weight="bold" fill="#212b32"',
      ),
    );
    parts.push(
      textLines(
        wrapText(a.title, BOARD_ACTION.width - 24, 16, 3),
        at.x + 12,
        at.y + 48,
        16,
        ' fill="#212b32"',
      ),
    );
    parts.push(
      textLines(
        [a.owner || 'No owner'],
        at.x + 12,
        at.y + BOARD_ACTION.height - 12,
        14,
        ' fill="#4c6272"',
      ),
    );
  }

  const vbW = width + pad * 2;
  const vbH = height + pad * 2 + 60;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${String(-pad)} ${String(-pad - 60)} ${String(vbW)} ${String(vbH)}" width="${String(vbW)}" height="${String(vbH)}" font-family="${FONT}">`,
    `<title>${xmlText(`Star board: ${input.title}`)}</title>`,
    rect(-pad, -pad - 60, vbW, vbH, 'fill="#ffffff"'),
    `<text x="0" y="-20" font-size="34" font-weight="bold" fill="#212b32">${xmlText(input.title)}</text>`,
    ...parts,
    '</svg>',
  ].join('');
};
