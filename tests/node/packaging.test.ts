/**
 * Runs the real electron-builder with our electron-builder.yml against a fake Electron binary
 * (Electron cannot be downloaded here). The fake carries a fuse wire set to Electron's defaults,
 * so the test proves the packaged binary has every fuse flipped the way we ask, and that the
 * asar holds only the built app.
 */
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
/** Electron's shipped defaults ('1' on, '0' off): the insecure ones start on. */
const ELECTRON_DEFAULT_WIRE = '10110001';

/** Like execFile, but a failure carries electron-builder's own output. */
async function run(file: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  try {
    await promisify(execFile)(file, args, options);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`electron-builder failed:\n${stdout}\n${stderr}`, { cause: error });
  }
}

let work: string;
let unpacked: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'star-package-'));
  const project = path.join(work, 'project');
  const fakeElectron = path.join(work, 'electron-dist');
  await mkdir(path.join(project, 'dist', 'assets'), { recursive: true });
  await mkdir(path.join(project, 'dist-electron'), { recursive: true });
  await mkdir(path.join(project, 'electron', 'main'), { recursive: true });
  await mkdir(fakeElectron, { recursive: true });

  await writeFile(path.join(project, 'dist', 'index.html'), '<!doctype html>');
  await writeFile(path.join(project, 'dist', 'assets', 'app.js'), '');
  await writeFile(path.join(project, 'dist', 'assets', 'app.js.map'), '{}');
  await writeFile(path.join(project, 'dist-electron', 'main.cjs'), '"use strict";');
  await writeFile(path.join(project, 'dist-electron', 'preload.cjs'), '"use strict";');
  await writeFile(path.join(project, 'electron', 'main', 'index.ts'), '// source, must not ship');
  await writeFile(path.join(project, '.env'), 'SECRET=1');
  await cp(path.join(repo, 'electron-builder.yml'), path.join(project, 'electron-builder.yml'));
  await cp(path.join(repo, 'assets', 'icons'), path.join(project, 'assets', 'icons'), {
    recursive: true,
  });
  const realPackage = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as {
    version: string;
    devDependencies: Record<string, string>;
  };
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'star-workshop',
      productName: 'Star Workshop',
      version: realPackage.version,
      description: 'Star Workshop',
      author: 'Star Workshop',
      main: 'dist-electron/main.cjs',
      devDependencies: { electron: realPackage.devDependencies.electron },
    }),
  );

  // Chromium's UI translations: electron-builder keeps only electronLanguages.
  await mkdir(path.join(fakeElectron, 'locales'));
  for (const locale of ['de', 'en-GB', 'en-US', 'fr', 'pl']) {
    await writeFile(path.join(fakeElectron, 'locales', `${locale}.pak`), locale);
  }

  const binary = path.join(fakeElectron, 'electron');
  await writeFile(binary, `#!/bin/sh\n${FUSE_SENTINEL}\u0001\u0008${ELECTRON_DEFAULT_WIRE}\n`);
  await chmod(binary, 0o755);

  const cli = path.join(repo, 'node_modules', 'electron-builder', 'cli.js');
  await run(
    process.execPath,
    [
      cli,
      '--config',
      'electron-builder.yml',
      '--linux',
      'dir',
      `-c.electronDist=${fakeElectron}`,
      '--publish',
      'never',
    ],
    { cwd: project, env: { ...process.env, CI: 'true' } },
  );
  unpacked = path.join(project, 'release', 'linux-unpacked');
}, 120_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('packaged app', () => {
  it('has every security fuse set as configured', async () => {
    const binary = await readFile(path.join(unpacked, 'star-workshop'), 'latin1');
    const start = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.slice(start + 2, start + 2 + FUSES.length);
    const state = Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1']));
    expect(state).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps only the en-GB and en-US Chromium translations', async () => {
    expect((await readdir(path.join(unpacked, 'locales'))).sort()).toEqual([
      'en-GB.pak',
      'en-US.pak',
    ]);
  });

  it('ships only the built renderer, the bundled main process and package.json', () => {
    const files = listPackage(path.join(unpacked, 'resources', 'app.asar'), {
      isPack: false,
    }).map((file) => file.replaceAll('\\', '/'));
    expect(files.sort()).toEqual(
      [
        '/dist',
        '/dist-electron',
        '/dist-electron/main.cjs',
        '/dist-electron/preload.cjs',
        '/dist/assets',
        '/dist/assets/app.js',
        '/dist/index.html',
        '/package.json',
      ].sort(),
    );
  });
});
