// Bundles the Electron main process and preload into CommonJS files under dist-electron/.
// The preload must be one self-contained file: sandboxed preloads can only require 'electron'.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 45 ships Node 22.
  target: 'node22',
  external: ['electron'],
  tsconfig: 'electron/tsconfig.json',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist-electron/main.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'dist-electron/preload.cjs',
  }),
]);

console.log('Built dist-electron/main.cjs and dist-electron/preload.cjs');
