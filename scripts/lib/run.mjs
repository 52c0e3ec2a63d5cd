// Small helpers for scripts/test.mjs: run a child process with inherited stdio and time it,
// and turn Vitest's JSON report into the closing `N passed, N failed` line CI reads.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const isWindows = process.platform === 'win32';

/**
 * Command line for a binary installed in node_modules/.bin (what npx would run).
 * @param {string} repoRoot
 * @param {string} name
 * @returns {{ command: string, shell: boolean }}
 */
export const localBin = (repoRoot, name) => ({
  command: join(repoRoot, 'node_modules', '.bin', isWindows ? `${name}.cmd` : name),
  // .cmd shims only run through a shell on Windows.
  shell: isWindows,
});

/**
 * Command line for `npm`: the npm that launched us when there is one (npm sets npm_execpath),
 * so `npm test` and its sub-steps use the same npm.
 * @param {string[]} args
 * @returns {{ command: string, args: string[], shell: boolean }}
 */
export const npmCommand = (args) => {
  const execPath = process.env.npm_execpath;
  if (execPath !== undefined && /\.[cm]?js$/.test(execPath)) {
    return { command: process.execPath, args: [execPath, ...args], shell: false };
  }
  return { command: isWindows ? 'npm.cmd' : 'npm', args, shell: isWindows };
};

/**
 * Runs a command with inherited stdio. Resolves with its exit code (a signal counts as 1).
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, shell?: boolean, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<number>}
 */
export const run = (command, args, { cwd, shell = false, env = process.env }) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', shell, env });
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      if (signal !== null) console.error(`${command} was stopped by ${signal}`);
      resolve(code ?? 1);
    });
  });

/** @param {number} ms */
export const formatDuration = (ms) =>
  ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/**
 * @typedef {{ status?: string, assertionResults?: unknown[], name?: string, message?: string }} FileResult
 * @typedef {{
 *   numPassedTests?: number, numFailedTests?: number, numPendingTests?: number,
 *   numTodoTests?: number, success?: boolean, testResults?: FileResult[]
 * }} VitestReport
 */

/**
 * Counts from Vitest's JSON report. A test file that fails before any of its tests run (an
 * import error, a failing beforeAll) reports no failed test, so it is counted as one failure:
 * otherwise a broken file would still end with "0 failed".
 * @param {VitestReport} report
 */
export const summarise = (report) => {
  const passed = report.numPassedTests ?? 0;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' &&
      !(file.assertionResults ?? []).some(
        (test) =>
          typeof test === 'object' && test !== null && 'status' in test && test.status === 'failed',
      ),
  );
  const failed = (report.numFailedTests ?? 0) + brokenFiles.length;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  const line = `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
  return {
    passed,
    failed,
    skipped,
    brokenFiles: brokenFiles.map((file) => file.name ?? '(unknown file)'),
    line,
    ok: failed === 0 && passed > 0 && report.success !== false,
  };
};
