/**
 * How benchmarks report: each figure is appended as one JSON line to the results file that
 * scripts/bench.mjs reads, prints beside its budget and writes to docs/benchmarks.md. Figures
 * are written as soon as they are measured, so one benchmark that cannot run still leaves the
 * others' figures. Benchmarks never compare against budgets themselves: being slow is a
 * finding, not a failure.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where figures go (set by scripts/bench.mjs; the default suits a direct vitest run). */
export const RESULTS_FILE = resolve(
  REPO_ROOT,
  process.env.BENCH_RESULTS ?? 'bench-results/figures.jsonl',
);

/** The build the browser benchmarks load (scripts/bench.mjs builds it first). */
export const BENCH_DIST = resolve(REPO_ROOT, process.env.BENCH_DIST ?? 'bench-results/dist');

export type Unit = 'ms' | '×' | 'kB';

export interface Figure {
  readonly group: 'Foundation' | 'Workshop' | 'Board' | 'Plan files' | 'PDF';
  readonly name: string;
  readonly value: number;
  readonly unit: Unit;
  /** The most the figure may be; null for context figures (e.g. the blank-page baseline). */
  readonly budget: number | null;
  /** How it was measured and the spread, e.g. "p50 41 ms, max 160 ms, n = 1000". */
  readonly detail: string;
}

export const record = (figure: Figure): void => {
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  appendFileSync(RESULTS_FILE, `${JSON.stringify(figure)}\n`);
};

const sorted = (values: readonly number[]): number[] => {
  if (values.length === 0) throw new Error('No samples were measured');
  return [...values].sort((a, b) => a - b);
};

/** Nearest-rank percentile (p in 0–100): a value that was actually measured. */
export const percentile = (values: readonly number[], p: number): number => {
  const list = sorted(values);
  const rank = Math.min(list.length, Math.max(1, Math.ceil((p / 100) * list.length)));
  return list[rank - 1] ?? Number.NaN;
};

export const median = (values: readonly number[]): number => {
  const list = sorted(values);
  const mid = Math.floor(list.length / 2);
  const upper = list[mid] ?? Number.NaN;
  return list.length % 2 === 1 ? upper : ((list[mid - 1] ?? upper) + upper) / 2;
};

export const max = (values: readonly number[]): number => sorted(values).at(-1) ?? Number.NaN;

const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

/** "p50 12 ms, p95 40 ms, max 90 ms, n = 300": the spread behind a p95 figure. */
export const spread = (values: readonly number[]): string =>
  `p50 ${ms(percentile(values, 50))}, p95 ${ms(percentile(values, 95))}, max ${ms(max(values))}, n = ${String(values.length)}`;

/** Runs `fn` `runs` times after `warmup` unrecorded runs; returns each run's duration in ms. */
export const timeRuns = async (
  runs: number,
  warmup: number,
  fn: () => unknown,
): Promise<number[]> => {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times;
};
