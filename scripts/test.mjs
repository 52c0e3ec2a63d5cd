#!/usr/bin/env node
// `npm test`: the one command that proves the project works, locally and in CI.
// Runs in order and stops at the first failure: system deps → typecheck → lint →
// Electronegativity security scan → build →
// every Vitest project (unit, integration, component, node, e2e against the fresh build).
// It ends with a plain `N passed, N failed[, N skipped]` line, the format CI reads to tell that
// tests ran, and exits non-zero if anything failed or no test ran at all.
// Extra arguments go to Vitest: `npm test -- --project unit`.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration, localBin, npmCommand, run, summarise } from './lib/run.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const reportFile = join('test-results', 'vitest.json');
const vitestArgs = process.argv.slice(2);

/** @typedef {{ name: string, command: string, args: string[], shell: boolean }} Phase */

/** @param {string} name @param {string} bin @param {string[]} args @returns {Phase} */
const binPhase = (name, bin, args) => ({ name, ...localBin(repoRoot, bin), args });

/** @param {string} name @param {string} script @returns {Phase} */
const npmPhase = (name, script) => ({ name, ...npmCommand(['run', script]) });

/** @type {Phase[]} */
const phases = [
  {
    name: 'System dependencies (Chromium, poppler-utils)',
    command: process.execPath,
    args: [join(repoRoot, 'scripts', 'ensure-system-deps.mjs')],
    shell: false,
  },
  binPhase('Typecheck (tsc -b)', 'tsc', ['-b']),
  binPhase('Lint (eslint --max-warnings=0 .)', 'eslint', ['--max-warnings=0', '.']),
  {
    name: 'Security scan (Electronegativity, allow-list in security/)',
    command: process.execPath,
    args: [join(repoRoot, 'scripts', 'electronegativity.mjs')],
    shell: false,
  },
  npmPhase('Build renderer (vite build)', 'build:renderer'),
  npmPhase('Build Electron main and preload', 'build:electron'),
  binPhase(
    `Tests (vitest run${vitestArgs.length > 0 ? ` ${vitestArgs.join(' ')}` : ', all projects'})`,
    'vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile=${reportFile}`, ...vitestArgs],
  ),
];

/** @type {{ name: string, ms: number, code: number }[]} */
const timings = [];

const printTimings = () => {
  console.log('\nPhase timings:');
  for (const { name, ms, code } of timings) {
    console.log(`  ${code === 0 ? 'ok  ' : 'FAIL'} ${formatDuration(ms).padStart(9)}  ${name}`);
  }
};

const main = async () => {
  // Never read a report left over from an earlier run.
  rmSync(join(repoRoot, reportFile), { force: true });

  for (const phase of phases) {
    console.log(`\n▶ ${phase.name}`);
    const started = performance.now();
    const code = await run(phase.command, phase.args, { cwd: repoRoot, shell: phase.shell });
    const ms = performance.now() - started;
    timings.push({ name: phase.name, ms, code });
    console.log(`${code === 0 ? '✔' : '✖'} ${phase.name} (${formatDuration(ms)})`);
    const isTests = phase === phases.at(-1);
    if (code !== 0 && !isTests) {
      printTimings();
      console.error(`\nnpm test stopped: "${phase.name}" failed (exit code ${String(code)}).`);
      console.error('Fix the problem shown above and run `npm test` again. No tests were run.');
      return 1;
    }
    if (isTests) return finishTests(code);
  }
  return 1;
};

/** @param {number} vitestCode */
const finishTests = (vitestCode) => {
  printTimings();
  const path = join(repoRoot, reportFile);
  if (!existsSync(path)) {
    console.error(
      `\nVitest wrote no report (${reportFile}); it exited with code ${String(vitestCode)}.`,
    );
    console.log('0 passed, 0 failed');
    return 1;
  }
  const summary = summarise(
    /** @type {import('./lib/run.mjs').VitestReport} */ (JSON.parse(readFileSync(path, 'utf8'))),
  );
  if (summary.brokenFiles.length > 0) {
    console.error(`\nTest files that failed to run (each counted as one failure):`);
    for (const file of summary.brokenFiles) console.error(`  ${file}`);
  }
  if (summary.passed === 0 && summary.failed === 0) {
    console.error('\nNo tests ran: check the --project / file filters passed to npm test.');
  }
  if (vitestCode !== 0 && summary.failed === 0) {
    console.error(`\nVitest exited with code ${String(vitestCode)} (see its output above).`);
  }
  console.log(`\nReport: ${reportFile}`);
  // The closing line, alone: CI parses it.
  console.log(summary.line);
  return summary.ok && vitestCode === 0 ? 0 : 1;
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
