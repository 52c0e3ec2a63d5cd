#!/usr/bin/env node
// Runs Doyensec's Electronegativity over the Electron main-process and preload source and
// fails on any finding that security/electronegativity-allowlist.json does not list with a
// reason, and on any allow-list entry that no longer matches a finding (so it cannot go stale).
// The Electron version is passed explicitly: the scanner cannot look it up offline.
// Part of `npm test` (a phase in scripts/test.mjs); also `npm run security:scan`.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const scanned = join(repoRoot, 'electron');
const allowListFile = join(repoRoot, 'security', 'electronegativity-allowlist.json');

/** @typedef {{ check: string, file: string, reason: string }} AllowEntry */
/** @typedef {{ check: string, file: string, line: string, message: string }} Finding */

/** @returns {Promise<string>} the CLI script of the installed package */
const findCli = async () => {
  const require = createRequire(import.meta.url);
  let manifestPath;
  try {
    manifestPath = require.resolve('@doyensec/electronegativity/package.json');
  } catch {
    throw new Error(
      '@doyensec/electronegativity is not installed. Run `npm ci` (it is a dev dependency).',
    );
  }
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.electronegativity;
  return join(dirname(manifestPath), bin);
};

/** The exact Electron version the app is built with, from package.json. */
const electronVersion = async () => {
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.electron;
  if (!/^\d+\.\d+\.\d+$/.test(version ?? '')) {
    throw new Error(`package.json must pin electron exactly; found ${String(version)}`);
  }
  return version;
};

/** @param {string} cli @param {string} version @returns {Promise<Finding[]>} */
const scan = async (cli, version) => {
  const work = await mkdtemp(join(tmpdir(), 'electronegativity-'));
  const sarif = join(work, 'findings.sarif');
  try {
    await new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        [cli, '-i', scanned, '-e', version, '-r', '-v', 'false', '-o', sarif],
        { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024, timeout: 300_000 },
        (error, _stdout, stderr) => {
          if (error) reject(new Error(`Electronegativity failed: ${stderr || error.message}`));
          else resolve(undefined);
        },
      );
    });
    const report = JSON.parse(await readFile(sarif, 'utf8'));
    const run = report.runs?.[0];
    if (!run || run.invocations?.[0]?.executionSuccessful !== true) {
      throw new Error('Electronegativity did not report a successful scan.');
    }
    return (run.results ?? []).map((/** @type {any} */ result) => {
      const location = result.locations?.[0]?.physicalLocation;
      const uri = location?.artifactLocation?.uri ?? '';
      return {
        check: String(result.ruleId),
        file: uri.startsWith('file:') ? '*' : uri.replaceAll('\\', '/'),
        line: String(location?.region?.startLine ?? 0),
        message: String(result.message?.text ?? ''),
      };
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
};

/** @returns {Promise<AllowEntry[]>} */
const readAllowList = async () => {
  const parsed = JSON.parse(await readFile(allowListFile, 'utf8'));
  const entries = parsed.entries;
  if (!Array.isArray(entries)) throw new Error(`${allowListFile}: "entries" must be a list.`);
  for (const entry of entries) {
    if (
      typeof entry.check !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.reason !== 'string' ||
      entry.reason.trim().length < 20
    ) {
      throw new Error(
        `Allow-list entry without a check, file and real reason: ${JSON.stringify(entry)}`,
      );
    }
  }
  return entries;
};

/**
 * @param {Finding[]} findings
 * @param {AllowEntry[]} allowList
 */
export const compare = (findings, allowList) => {
  const matches = (/** @type {AllowEntry} */ entry, /** @type {Finding} */ finding) =>
    entry.check === finding.check && (entry.file === '*' || entry.file === finding.file);
  const unlisted = findings.filter((f) => !allowList.some((entry) => matches(entry, f)));
  const stale = allowList.filter((entry) => !findings.some((f) => matches(entry, f)));
  return { unlisted, stale };
};

const main = async () => {
  const [cli, version, allowList] = await Promise.all([
    findCli(),
    electronVersion(),
    readAllowList(),
  ]);
  console.log(`Electronegativity on electron/ (Electron ${version})`);
  const findings = await scan(cli, version);
  const { unlisted, stale } = compare(findings, allowList);
  for (const f of findings) {
    const known = !unlisted.includes(f);
    console.log(`  ${known ? 'allowed' : 'NEW    '} ${f.check} ${f.file}:${f.line}`);
  }
  for (const f of unlisted) {
    console.error(
      `\nNot in the allow-list: ${f.check} at electron/${f.file}:${f.line}\n  ${f.message}`,
    );
  }
  for (const entry of stale) {
    console.error(
      `\nAllow-list entry matches no finding (remove it): ${entry.check} ${entry.file}`,
    );
  }
  const ok = unlisted.length === 0 && stale.length === 0;
  console.log(
    `${String(findings.length)} finding(s): ${String(findings.length - unlisted.length)} allowed with a reason, ` +
      `${String(unlisted.length)} new, ${String(stale.length)} stale allow-list entr${stale.length === 1 ? 'y' : 'ies'}.`,
  );
  return ok ? 0 : 1;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
