#!/usr/bin/env node
// `npm run bench`: builds the renderer into bench-results/dist (its own folder, so tests and
// other builds running at the same time never swap the files under it), runs the benchmarks in
// tests/bench/ through Vitest one file at a time, prints each figure beside its budget, then a
// table and a summary, and writes the same table to docs/benchmarks.md.
//
// Benchmarks are not tests: a figure over budget is reported as OVER and the exit code stays 0.
// It is non-zero only when a benchmark could not run at all (build failed, page never loaded…).
//
//   npm run bench                      everything; rewrites docs/benchmarks.md
//   npm run bench -- planfile pdf      only files matching these names (docs left alone)
//   npm run bench -- --no-build        reuse bench-results/dist from an earlier run
// BENCH_KEY_INTERVAL_MS sets the pause between keystrokes in the typing benchmark (default 30).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localBin, npmCommand, run } from './lib/run.mjs';
import {
  figureLine,
  markdownPage,
  readFigures,
  summaryLine,
  terminalTable,
} from './bench/report.mjs';
import { buildBareFlow } from './bench/build-bare-flow.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(repoRoot, 'bench-results');
const distDir = join(outDir, 'dist');
const figuresFile = join(outDir, 'figures.jsonl');
const vitestReport = join(outDir, 'vitest.json');
const docsFile = join(repoRoot, 'docs', 'benchmarks.md');
const config = join(repoRoot, 'scripts', 'bench', 'vitest.bench.config.mjs');
/** Benchmark files that drive the built app in Chromium (the others run in plain Node). */
const BROWSER_FILES = ['foundation', 'workshop', 'board'];

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const filters = args.filter((a) => !a.startsWith('--'));

const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

const chromiumVersion = () => {
  try {
    const out = execFileSync('/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.replace(/\s+built on.*$/s, '').trim() || 'Chromium (version unknown)';
  } catch {
    return 'Chromium (not found at /usr/bin/chromium)';
  }
};

/** Names of benchmarks Vitest reports as failed, plus files that failed before any ran. */
const failedBenchmarks = () => {
  if (!existsSync(vitestReport)) return ['(Vitest wrote no report)'];
  /** @type {{ testResults?: { name?: string, status?: string, message?: string, assertionResults?: { status?: string, fullName?: string }[] }[] }} */
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  return (report.testResults ?? []).flatMap((file) => {
    const failed = (file.assertionResults ?? [])
      .filter((t) => t.status === 'failed')
      .map((t) => t.fullName ?? '(unnamed)');
    if (failed.length > 0) return failed;
    if (file.status !== 'failed') return [];
    // A failed beforeAll skips every benchmark in the file: name each one.
    const name = (file.name ?? '(unknown file)').replace(repoRoot, '');
    const why = file.message?.trim() || 'set-up failed (see the Vitest output above)';
    const skipped = (file.assertionResults ?? []).map((t) => t.fullName ?? '(unnamed)');
    return skipped.length > 0 ? skipped.map((t) => `${t}: ${why}`) : [`${name}: ${why}`];
  });
};

/** Prettier-formats the page so `npm run format:check` passes on a freshly written table. */
const formatMarkdown = async (/** @type {string} */ text) => {
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(docsFile)) ?? {};
    return await prettier.format(text, { ...options, parser: 'markdown' });
  } catch (error) {
    console.warn(`Prettier could not format ${docsFile}: ${String(error)}`);
    return text;
  }
};

const build = async () => {
  console.log(`\n▶ Building the renderer into ${distDir.replace(repoRoot, '')}`);
  const npm = npmCommand(['run', 'build:renderer', '--', '--outDir', distDir, '--emptyOutDir']);
  const code = await run(npm.command, npm.args, { cwd: repoRoot, shell: npm.shell });
  if (code !== 0) return code;
  // The board benchmark's floor: a bare React Flow page beside the app.
  await buildBareFlow(distDir);
  return 0;
};

const main = async () => {
  const loadBefore = load();
  mkdirSync(outDir, { recursive: true });
  /** @type {string[]} */
  const notRun = [];

  let vitestFilters = filters;
  const wantsBrowser =
    filters.length === 0 || filters.some((f) => BROWSER_FILES.some((b) => b.includes(f)));
  if (wantsBrowser && !skipBuild && (await build()) !== 0) {
    notRun.push('Browser benchmarks: the renderer build failed (see above)');
    vitestFilters = filters.length > 0 ? filters : ['planfile', 'pdf'];
    vitestFilters = vitestFilters.filter((f) => !BROWSER_FILES.some((b) => b.includes(f)));
  } else if (wantsBrowser && !existsSync(join(distDir, 'index.html'))) {
    notRun.push(`Browser benchmarks: no build in ${distDir} (run without --no-build)`);
  }

  rmSync(figuresFile, { force: true });
  rmSync(vitestReport, { force: true });
  let vitestCode = 0;
  if (vitestFilters.length > 0 || filters.length === 0) {
    console.log('\n▶ Running benchmarks (Vitest, one file at a time)');
    const vitest = localBin(repoRoot, 'vitest');
    vitestCode = await run(
      vitest.command,
      [
        'run',
        '--config',
        config,
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${vitestReport}`,
        ...vitestFilters,
      ],
      {
        cwd: repoRoot,
        shell: vitest.shell,
        env: { ...process.env, BENCH_DIST: distDir, BENCH_RESULTS: figuresFile },
      },
    );
    if (vitestCode !== 0) notRun.push(...failedBenchmarks());
  }

  const figures = readFigures(figuresFile);
  console.log('\nBenchmarks (each figure beside its budget):');
  for (const f of figures) console.log(`  ${figureLine(f)}`);
  console.log(figures.length > 0 ? `\n${terminalTable(figures)}` : '  (no figures were measured)');
  if (notRun.length > 0) {
    console.log('\nCould not run:');
    for (const n of notRun) console.log(`  ${n}`);
  }

  const machine = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memory: `${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM`,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    loadBefore,
    loadAfter: load(),
  };
  if (filters.length === 0 && figures.length > 0) {
    writeFileSync(docsFile, await formatMarkdown(markdownPage(figures, notRun, machine)));
    console.log(`\nWrote ${docsFile.replace(repoRoot, '')}`);
  }
  console.log(
    `\n${machine.nproc} cores, Node ${machine.node}, ${machine.chromium}; load ${loadBefore} → ${machine.loadAfter}`,
  );
  console.log(summaryLine(figures, notRun));
  return notRun.length > 0 || vitestCode !== 0 || figures.length === 0 ? 1 : 0;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
