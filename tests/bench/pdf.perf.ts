/**
 * The action plan PDF in Node (the same jsPDF code the app lazy-loads): a workshop with 200
 * actions and 300 cards, all sections. Figures: total time, the longest synchronous chunk
 * between event-loop yields (what would freeze the window), and the file size. Medians of a
 * few runs after a warm-up; the chunk figure is the median of each run's longest chunk.
 */
import { describe, expect, it } from 'vitest';
import { STAR_POINT_IDS, type CardKind, type WorkshopContent } from '@shared/domain';
import { buildDocumentModel, DEFAULT_SECTIONS } from '../../renderer/src/features/export/layout';
import type { ExportOptions } from '../../renderer/src/features/export/model';
import { renderPdf } from '../../renderer/src/features/export/renderPdf';
import { makeAction, makeCard, makeParticipant, makeWorkshop } from '../helpers/factories';
import { median, record } from './lib/results';

const RUNS = 3;
const KINDS: readonly CardKind[] = ['current', 'gap', 'idea'];
const SENTENCE =
  'Work with the education team and the integrated care board to agree funding, backfill and supervision so staff can take this up within the year.';

const bigWorkshop = (actionCount: number, cardCount: number): WorkshopContent => {
  const workshopId = 'bench-pdf';
  const workshop = makeWorkshop({
    id: workshopId,
    title: 'Acute medicine workforce redesign across three sites',
    organisation: 'Riverside University Hospitals NHS Trust',
  });
  const participants = Array.from({ length: 40 }, (_, i) =>
    makeParticipant({
      workshopId,
      name: `Attendee Number${String(i + 1)}`,
      mayBeNamed: i % 2 === 0,
    }),
  );
  const cards = Array.from({ length: cardCount }, (_, i) => {
    const kind = KINDS[i % 3] ?? 'idea';
    return makeCard({
      workshopId,
      kind,
      point: STAR_POINT_IDS[Math.floor(i / 3) % 5] ?? 'supply',
      text: `Note ${String(i + 1)}: ${SENTENCE.slice(0, 60 + (i % 90))}`,
      ...(kind === 'idea' ? { votes: i % 7, impact: (i * 37) % 101, effort: (i * 53) % 101 } : {}),
    });
  });
  const actions = Array.from({ length: actionCount }, (_, i) =>
    makeAction({
      workshopId,
      title: `Action ${String(i + 1)}: agree and start the change`,
      points: [STAR_POINT_IDS[i % 5] ?? 'supply'],
      description: `${SENTENCE} ${SENTENCE}`.slice(0, 80 + ((i * 13) % 220)),
      owner: `Attendee Number${String((i % 40) + 1)}`,
      dueDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
      priority: (['high', 'medium', 'low'] as const)[i % 3] ?? null,
      rag: (['red', 'amber', 'green', 'blue', null] as const)[i % 5] ?? null,
      successMeasure: 'Vacancy rate below 5% for six months running',
    }),
  );
  return { workshop, participants, cards, actions };
};

const OPTIONS: ExportOptions = {
  sections: DEFAULT_SECTIONS,
  anonymise: false,
  landscapeActions: false,
  exportedAt: '2027-02-15T10:30:00.000Z',
  planId: 'bench-plan',
  formatVersion: 1,
  appVersion: '0.0.0-bench',
};

interface Run {
  readonly totalMs: number;
  readonly longestChunkMs: number;
  readonly longestLabel: string;
  readonly chunks: number;
  readonly bytes: number;
}

const exportOnce = async (content: WorkshopContent): Promise<Run> => {
  let longest = 0;
  let longestLabel = '';
  let chunks = 0;
  const start = performance.now();
  // The model is built synchronously just before the first chunk, so it counts towards it.
  const model = buildDocumentModel(content, OPTIONS);
  const modelMs = performance.now() - start;
  const pdf = await renderPdf(model, {
    onChunk: (ms, label) => {
      const chunk = chunks === 0 ? ms + modelMs : ms;
      chunks += 1;
      if (chunk > longest) {
        longest = chunk;
        longestLabel = label;
      }
    },
  });
  const totalMs = performance.now() - start;
  expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
  return { totalMs, longestChunkMs: longest, longestLabel, chunks, bytes: pdf.length };
};

describe('action plan PDF', () => {
  it('exports 200 actions and 300 cards', async () => {
    const content = bigWorkshop(200, 300);
    await exportOnce(content); // warm-up: module and font set-up, JIT
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await exportOnce(content));
    const worst = runs.reduce((a, b) => (b.longestChunkMs > a.longestChunkMs ? b : a));
    const totals = runs.map((r) => r.totalMs);
    const range = `min ${Math.min(...totals).toFixed(0)} ms, max ${Math.max(...totals).toFixed(0)} ms`;
    record({
      group: 'PDF',
      name: 'Export, 200 actions + 300 cards',
      value: median(totals),
      unit: 'ms',
      budget: 3000,
      detail: `median of ${String(RUNS)} runs (${range}); Node, all sections`,
    });
    record({
      group: 'PDF',
      name: 'Longest synchronous chunk',
      value: median(runs.map((r) => r.longestChunkMs)),
      unit: 'ms',
      budget: 200,
      detail: `median of each run's longest; worst ${worst.longestChunkMs.toFixed(0)} ms in "${worst.longestLabel}"; ${String(worst.chunks)} chunks a run`,
    });
    const bytes = runs[0]?.bytes ?? 0;
    record({
      group: 'PDF',
      name: 'File size',
      value: bytes / 1000,
      unit: 'kB',
      budget: 2000,
      detail: `${String(bytes)} bytes`,
    });
  });
});
