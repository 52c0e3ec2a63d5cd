/**
 * Action details, after the action table: one block per action with every field the
 * facilitator filled in. A block that fits on a page is never split; a page that starts part
 * way through the list repeats the heading, "Action details (continued)".
 */
import type { ActionRow, KeyValue, Section } from './model';
import { COLOURS, anchorKey, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

type ActionsSection = Extract<Section, { kind: 'actions' }>;

const TITLE = 'Action details';
const MARKER = 12;
const LABEL_WIDTH = 40;
const SIZE = 9;
const GAP = 4;

const rowsOf = (a: ActionRow): KeyValue[] =>
  a.ideaRefs.length > 0
    ? [
        ...a.details,
        { label: a.ideaRefs.length === 1 ? 'Idea' : 'Ideas', value: a.ideaRefs.join(', ') },
      ]
    : [...a.details];

/** Height of one action's block, as drawActionBlock prints it. */
const blockHeight = (w: PdfWriter, a: ActionRow, marker: number): number => {
  const textWidth = w.width - marker;
  let h = w.textHeight(a.title, textWidth, 10.5, 'bold') + 0.5;
  if (a.description) h += w.textHeight(a.description, textWidth, SIZE) + 1;
  for (const row of rowsOf(a)) {
    const label = w.textHeight(row.label, LABEL_WIDTH - 3, SIZE, 'bold');
    const value = w.textHeight(row.value || ' ', textWidth - LABEL_WIDTH, SIZE);
    h += Math.max(label, value) + 1;
  }
  return h + GAP;
};

/** Wide enough for the longest reference ("A153") with a gap before the title. */
export const markerWidth = (w: PdfWriter, actions: readonly ActionRow[]): number => {
  w.font(10.5, 'bold');
  return Math.max(MARKER, ...actions.map((a) => w.doc.getTextWidth(a.ref) + 3));
};

/** One action: reference and title, description, then its fields as label and value. */
export const drawActionBlock = (w: PdfWriter, a: ActionRow, marker = MARKER): void => {
  w.font(10.5, 'bold', COLOURS.secondary);
  w.doc.text(a.ref, w.left, w.y, { baseline: 'top' });
  w.paragraph(a.title, { size: 10.5, style: 'bold', indent: marker, gapAfter: 0.5 });
  if (a.description) w.paragraph(a.description, { size: SIZE, indent: marker, gapAfter: 1 });
  w.keyValues(rowsOf(a), LABEL_WIDTH, SIZE, marker, 1);
  w.y += GAP;
};

export const drawActionDetails = async (
  w: PdfWriter,
  section: ActionsSection,
  s: Scheduler,
): Promise<void> => {
  const actions = section.groups.flatMap((g) => g.rows);
  if (actions.length === 0) return;
  const marker = markerWidth(w, actions);
  const first = actions[0];
  w.heading(
    TITLE,
    2,
    undefined,
    anchorKey('actions', 'details'),
    first ? Math.min(blockHeight(w, first, marker), w.pageRoom / 2) : 0,
  );
  for (const a of actions) {
    const height = blockHeight(w, a, marker);
    // Keep a block whole when it fits on a page; a longer one starts on a fresh page only
    // when not even its title and first few fields fit here.
    const need = Math.min(height, w.pageRoom * 0.4);
    if (w.room < need) {
      w.newPage(w.orientation);
      w.heading(`${TITLE} (continued)`, 2, undefined, undefined, 0);
    }
    drawActionBlock(w, a, marker);
    await s.maybeYield();
  }
};
