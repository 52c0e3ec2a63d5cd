#!/usr/bin/env node
// Makes sure the system tools the end-to-end tests need are present: Chromium (driven by
// playwright-core, which never downloads a browser) and poppler-utils (to check exported PDFs).
// When they are missing and we may install them (root with apt-get), it installs them with
// apt-get, streaming apt's output. Otherwise it stops with instructions: never a silent skip,
// because a test suite that quietly skips its browser tests looks green while testing nothing.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const POPPLER_TOOLS = ['pdftoppm', 'pdftotext', 'pdfinfo'];
const APT_PACKAGES = ['chromium', 'poppler-utils'];

/** @param {string} file */
const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Finds a command on PATH without spawning a shell. @param {string} name */
const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .some((dir) => isExecutable(join(dir, name)));

/** @returns {string[]} human-readable names of what is missing */
export const findMissing = () => {
  const missing = [];
  if (!isExecutable(CHROMIUM_PATH)) missing.push(`chromium (${CHROMIUM_PATH})`);
  for (const tool of POPPLER_TOOLS) if (!onPath(tool)) missing.push(`${tool} (poppler-utils)`);
  return missing;
};

/** @param {string[]} args */
const runApt = (args) => {
  console.log(`$ apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`apt-get ${args.join(' ')} failed with exit code ${String(result.status)}`);
  }
};

const instructions = (/** @type {string[]} */ missing) =>
  [
    `Missing system dependencies: ${missing.join(', ')}.`,
    'The end-to-end tests drive Debian’s Chromium at /usr/bin/chromium and check PDFs with poppler-utils.',
    'Install them (Debian/Ubuntu), then run the tests again:',
    '  sudo apt-get update',
    `  sudo apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`,
  ].join('\n');

/** @returns {number} process exit code */
export const ensureSystemDeps = () => {
  const missing = findMissing();
  if (missing.length === 0) {
    console.log('System dependencies present: chromium, pdftoppm, pdftotext, pdfinfo.');
    return 0;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !onPath('apt-get')) {
    console.error(instructions(missing));
    if (!isRoot) console.error('(Not running as root, so this script will not install them.)');
    else console.error('(apt-get was not found, so this script cannot install them.)');
    return 1;
  }
  console.log(`Missing: ${missing.join(', ')}. Installing with apt-get…`);
  try {
    // Another apt/dpkg run (e.g. unattended upgrades) may hold the lock: wait for it.
    const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
    runApt([...lockWait, 'update']);
    runApt([...lockWait, 'install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
  } catch (error) {
    console.error(`Installing system dependencies failed: ${String(error)}`);
    console.error(instructions(missing));
    return 1;
  }
  const stillMissing = findMissing();
  if (stillMissing.length > 0) {
    console.error(`apt-get finished but these are still missing: ${stillMissing.join(', ')}.`);
    console.error(instructions(stillMissing));
    return 1;
  }
  console.log('System dependencies installed: chromium, pdftoppm, pdftotext, pdfinfo.');
  return 0;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = ensureSystemDeps();
}
