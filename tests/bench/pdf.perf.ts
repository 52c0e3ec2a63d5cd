/**
 * The action plan PDF in Node (the same jsPDF code the app lazy-loads): a workshop with 200
 * actions and 300 cards, all sections. Figures: total time, the longest synchronous chunk
 * between event-loop yields (what would freeze the window), and the file size. Medians of a
 * few runs after a warm-up; the chunk figure is the median of each run's longest chunk.
 * The workshop and the measurement are the PDF tests' own, so both measure the same thing.
 */
import { describe, expect, it } from 'vitest';
import {
  makeBigWorkshop,
  measurePdfExport,
  type PdfExportMeasurement,
} from '../node/pdf/bigWorkshop';
import { median, record } from './lib/results';

const RUNS = 3;

const exportOnce = async (
  content: ReturnType<typeof makeBigWorkshop>,
): Promise<PdfExportMeasurement> => {
  const run = await measurePdfExport(content);
  expect(new TextDecoder().decode(run.pdf.slice(0, 5))).toBe('%PDF-');
  return run;
};

describe('action plan PDF', () => {
  it('exports 200 actions and 300 cards', async () => {
    const content = makeBigWorkshop(200, 300);
    await exportOnce(content); // warm-up: module and font set-up, JIT
    const runs: PdfExportMeasurement[] = [];
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
      detail: `median of each run's longest; worst ${worst.longestChunkMs.toFixed(0)} ms in "${worst.longestChunkLabel}"; ${String(worst.chunks)} chunks a run`,
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
