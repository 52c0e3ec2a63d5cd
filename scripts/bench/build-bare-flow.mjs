// Builds the bare React Flow page (tests/bench/pages/bareFlow.tsx) into <dist>/bare-flow/: the
// floor the Star board's pan and zoom frame times are compared with. Production React, one
// bundle, served by the same static server (and CSP) as the app.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} distDir */
export const buildBareFlow = async (distDir) => {
  const out = join(distDir, 'bare-flow');
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(repoRoot, 'tests', 'bench', 'pages', 'bareFlow.tsx')],
    bundle: true,
    minify: true,
    format: 'esm',
    jsx: 'automatic',
    outdir: out,
    entryNames: 'main',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  writeFileSync(
    join(out, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bare React Flow</title>' +
      '<link rel="stylesheet" href="main.css"></head>' +
      '<body style="margin:0"><div id="root"></div><script type="module" src="main.js"></script></body></html>\n',
  );
};
