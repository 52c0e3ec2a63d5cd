// Formatting for `npm run bench`: one `name: value unit (budget …) OK|OVER` line per figure,
// an aligned table for the terminal, and the Markdown page docs/benchmarks.md. Pure functions
// of the figures the benchmarks wrote (tests/bench/lib/results.ts defines their shape).
import { readFileSync } from 'node:fs';

/**
 * @typedef {{
 *   group: string, name: string, value: number, unit: string,
 *   budget: number | null, detail: string
 * }} Figure
 * @typedef {'OK' | 'OVER' | 'INFO'} Status
 * @typedef {{ date: string, nproc: number, cpu: string, memory: string, os: string,
 *   node: string, chromium: string, loadBefore: string, loadAfter: string }} Machine
 */

const GROUP_ORDER = ['Foundation', 'Workshop', 'Board', 'Plan files', 'PDF'];

/** @param {string} path @returns {Figure[]} */
export const readFigures = (path) => {
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const figures = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => /** @type {Figure} */ (JSON.parse(line)));
  // Vitest picks its own file order; show groups in the order the budgets are listed.
  const rank = (/** @type {Figure} */ f) => {
    const i = GROUP_ORDER.indexOf(f.group);
    return i === -1 ? GROUP_ORDER.length : i;
  };
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
};

/** @param {Figure} f @returns {Status} */
export const statusOf = (f) => (f.budget === null ? 'INFO' : f.value <= f.budget ? 'OK' : 'OVER');

/** @param {number} value @param {string} unit */
export const formatValue = (value, unit) => {
  const digits = Number.isInteger(value) || (unit === 'ms' && value >= 10) ? 0 : 1;
  const number = value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === '×' ? `${number}×` : `${number} ${unit}`;
};

/** @param {Figure} f */
export const formatBudget = (f) => (f.budget === null ? '—' : `≤ ${formatValue(f.budget, f.unit)}`);

/** The line the brief asks for: `name: value unit (budget …) OK|OVER`. @param {Figure} f */
export const figureLine = (f) => {
  const status = statusOf(f);
  const budget = f.budget === null ? 'no budget: baseline' : `budget ${formatBudget(f)}`;
  return `${f.name}: ${formatValue(f.value, f.unit)} (${budget}) ${status === 'INFO' ? '' : status}`.trimEnd();
};

/** @param {Figure[]} figures @param {string[]} notRun */
export const summaryLine = (figures, notRun) => {
  const count = (/** @type {Status} */ s) => figures.filter((f) => statusOf(f) === s).length;
  const parts = [`${count('OK')} within budget`, `${count('OVER')} over budget`];
  if (notRun.length > 0) parts.push(`${notRun.length} benchmark(s) could not run`);
  return parts.join(', ');
};

/** @param {string[][]} rows */
const aligned = (rows) => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
};

/** @param {Figure[]} figures */
export const terminalTable = (figures) =>
  aligned([
    ['Group', 'Benchmark', 'Result', 'Budget', 'Status'],
    ...figures.map((f) => [
      f.group,
      f.name,
      formatValue(f.value, f.unit),
      formatBudget(f),
      statusOf(f),
    ]),
  ]).join('\n');

/** @param {string} text */
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * @param {Figure[]} figures
 * @param {string[]} notRun
 * @param {Machine} machine
 */
export const markdownPage = (figures, notRun, machine) => {
  const rows = figures.map(
    (f) =>
      `| ${cell(f.group)} | ${cell(f.name)} | ${formatValue(f.value, f.unit)} | ${formatBudget(f)} | ${statusOf(f)} | ${cell(f.detail)} |`,
  );
  return [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.mjs); run it again to refresh this page. Budgets come',
    'from the issues; a figure over budget is a finding to act on, not a failed build.',
    '',
    `Run on ${machine.date}: ${String(machine.nproc)} CPU cores (${machine.cpu}), ${machine.memory},`,
    `${machine.os}, Node ${machine.node}, ${machine.chromium} (headless). Load average`,
    `(1/5/15 min) ${machine.loadBefore} before and ${machine.loadAfter} after: the cores were shared`,
    'with other work, so timings are noisy. Figures are medians, or p95 where stated.',
    '',
    '| Group | Benchmark | Result | Budget | Status | How it was measured |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `**Summary:** ${summaryLine(figures, notRun)}.`,
    ...(notRun.length > 0 ? ['', 'Could not run:', ...notRun.map((n) => `- ${n}`)] : []),
    '',
    '## How the figures are taken',
    '',
    '- Browser figures use the production build (`vite build`) served over 127.0.0.1 with the',
    "  app's CSP, in Debian's Chromium driven by playwright-core. Times come from the page's own",
    '  event timestamps and `performance.now()`, so Playwright round trips are not counted.',
    '- "Painted" means the frame after the change: a `requestAnimationFrame` callback followed by',
    '  a message on a `MessageChannel`, which runs once style, layout and paint are done.',
    '- Home loads are full loads in new tabs, interleaved with blank-page loads from the same',
    '  server, after one unrecorded warm-up of each.',
    '- "→ saved" is from the keydown to the save status turning "Saved" (`data-save-state`) after',
    '  the edit was queued: a strict IndexedDB transaction holding the edit has completed.',
    '- Plan file and PDF figures run in Node through Vitest (tests/bench/), after warm-up runs.',
    '',
  ].join('\n');
};
