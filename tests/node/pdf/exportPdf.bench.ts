/**
 * Speed and size of the PDF export for a big workshop (200 actions, 300 cards). Not part of
 * `npm test`; run with `npx vitest bench --run --project node tests/node/pdf/exportPdf.bench.ts`.
 * Budgets: total ≤ 3 s, longest synchronous chunk ≤ 200 ms, file ≤ 2 MB.
 */
import { bench, describe } from 'vitest';
import {
  BENCH_OPTIONS,
  makeBigWorkshop,
  measurePdfExport,
  type PdfExportMeasurement,
} from './bigWorkshop';

const content = makeBigWorkshop();

const report = (m: PdfExportMeasurement): void => {
  // Bench mode shows timings only; the chunk and size figures go to stderr.
  process.stderr.write(
    `pdf export: total ${m.totalMs.toFixed(0)} ms, longest chunk ${m.longestChunkMs.toFixed(0)} ms (${m.longestChunkLabel}), ${m.chunks} chunks, ${(m.bytes / 1024).toFixed(0)} kB\n`,
  );
};

describe('PDF export, 200 actions and 300 cards', () => {
  for (const landscapeActions of [false, true]) {
    bench(
      landscapeActions ? 'landscape action table' : 'portrait',
      async () => {
        report(await measurePdfExport(content, { ...BENCH_OPTIONS, landscapeActions }));
      },
      { iterations: 5, warmupIterations: 1 },
    );
  }
});
