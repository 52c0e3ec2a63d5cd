// The Electron smoke test's own Vitest config: not one of the default projects, because it
// needs an Electron binary, which cannot be downloaded on the development machines. The
// release workflow runs it against each packaged app (STAR_ELECTRON_APP); anyone with Electron
// installed can run `npx vitest run --config tests/electron/vitest.electron.config.ts`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: {
    name: 'electron',
    root: fileURLToPath(new URL('../..', import.meta.url)),
    environment: 'node',
    include: ['tests/electron/**/*.electron.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
