/**
 * The action plan table, one table per Star point (heading in the point's colour), head
 * repeated on every page and rows never split. The action title prints bold above its
 * description; RAG status is a colour swatch AND its word, so colour is never the only cue.
 */
import type { CellHookData } from 'jspdf-autotable';
import { plural } from '../../lib/format';
import { drawActionDetails } from './drawActionDetails';
import type { ActionRow, Section } from './model';
import { drawTable } from './pdfTable';
import { COLOURS, RAG_COLOURS, anchorKey, type PdfWriter } from './pdfWriter';
import type { Scheduler } from './schedule';

type ActionsSection = Extract<Section, { kind: 'actions' }>;

const HEAD = [
  'Ref',
  'Action',
  'Owner and lead organisation',
  'When',
  'Priority',
  'RAG status',
  'Success measure',
];
const COL = { ref: 0, action: 1, owner: 2, when: 3, priority: 4, rag: 5, measure: 6 } as const;
const SWATCH = 3.2;

const widths = (landscape: boolean): number[] =>
  // The reference column fits four characters ("A200") on one line.
  landscape ? [12, 85, 42, 34, 18, 27] : [11, 44, 29, 23, 15, 24];

const actionCellText = (r: ActionRow): string =>
  [
    r.tableDescription,
    r.alsoSupports ? `Also: ${r.alsoSupports}` : '',
    r.ideaRefs.length
      ? `${r.ideaRefs.length === 1 ? 'Idea' : 'Ideas'}: ${r.ideaRefs.join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join('\n');

/**
 * Pre-wraps the action cell so the title's lines can be drawn bold: autotable sizes the row
 * from these lines, then we draw them ourselves after it paints the cell background.
 */
const makeHooks = (w: PdfWriter, rows: readonly ActionRow[]) => {
  const titleLines = new Map<number, number>();
  const stashed = new Map<number, string[]>();
  return {
    didParseCell: (data: CellHookData, index: number): void => {
      const row = rows[index];
      if (!row) return;
      if (data.column.index === COL.action) {
        const width = Number(data.cell.styles.cellWidth) - 2 * 1.8 - 0.5;
        const size = data.cell.styles.fontSize;
        const title = w.split(row.title, width, size, 'bold');
        const rest = actionCellText(row);
        const body = rest ? w.split(rest, width, size, 'normal') : [];
        titleLines.set(index, title.length);
        data.cell.text = [...title, ...body];
      }
      if (data.column.index === COL.rag && row.rag)
        data.cell.styles.cellPadding = { top: 1.8, bottom: 1.8, right: 1.8, left: 2.6 + SWATCH };
    },
    willDrawCell: (data: CellHookData, index: number): void => {
      if (data.column.index === COL.action) {
        stashed.set(index, data.cell.text);
        data.cell.text = [];
      }
    },
    didDrawCell: (data: CellHookData, index: number): void => {
      const row = rows[index];
      if (!row) return;
      const { cell } = data;
      if (data.column.index === COL.action) {
        const lines = stashed.get(index) ?? [];
        const bold = titleLines.get(index) ?? 0;
        // Same metrics as autotable's own text, so the row height it measured still fits.
        const em = (cell.styles.fontSize * 25.4) / 72;
        const lh = em * w.doc.getLineHeightFactor();
        lines.forEach((line, i) => {
          w.font(cell.styles.fontSize, i < bold ? 'bold' : 'normal', COLOURS.text);
          w.doc.text(
            line,
            cell.x + cell.padding('left'),
            cell.y + cell.padding('top') + em * 0.85 + i * lh,
          );
        });
      }
      if (data.column.index === COL.rag && row.rag) {
        w.swatch(cell.x + 1.8, cell.y + 1.9, SWATCH, RAG_COLOURS[row.rag]);
      }
    },
  };
};

export const drawActionTable = async (
  w: PdfWriter,
  section: ActionsSection,
  s: Scheduler,
): Promise<void> => {
  if (section.groups.length === 0) {
    w.paragraph('No actions have been agreed yet.');
    return;
  }
  const [ref, action, owner, when, priority, rag] = widths(section.landscape);
  for (const group of section.groups) {
    await drawTable(
      w,
      {
        title: {
          text: `${group.label} (${plural(group.rows.length, 'action')})`,
          continued: `${group.label} (continued)`,
          level: 2,
          colour: group.colour,
          anchor: anchorKey('actions', group.pointId),
        },
        head: HEAD,
        body: group.rows.map((r) => [
          r.ref,
          '',
          `${r.owner}\n${r.leadOrganisation}`,
          r.when,
          r.priority,
          r.ragLabel,
          r.tableSuccessMeasure || 'Not set',
        ]),
        fontSize: section.landscape ? 8.5 : 7.5,
        columnStyles: {
          [COL.ref]: { cellWidth: ref ?? 10, fontStyle: 'bold' },
          [COL.action]: { cellWidth: action ?? 50 },
          [COL.owner]: { cellWidth: owner ?? 30 },
          [COL.when]: { cellWidth: when ?? 25 },
          [COL.priority]: { cellWidth: priority ?? 16 },
          [COL.rag]: { cellWidth: rag ?? 21 },
          [COL.measure]: { cellWidth: 'auto' },
        },
        ...makeHooks(w, group.rows),
      },
      s,
    );
  }
  await drawActionDetails(w, section, s);
};
