// Vitest configuration for `npm run bench` only: runs tests/bench/**/*.perf.ts one file at a
// time (benchmarks on two shared cores must not compete with each other), with the same
// `@shared` alias and React plugin as the app. Benchmarks record figures; they never assert
// budgets, so a slow run still passes and only a benchmark that cannot run fails.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromRoot = (/** @type {string} */ p) => fileURLToPath(new URL(p, import.meta.url));
const root = fromRoot('../..');

export default defineConfig({
  root,
  plugins: [react()],
  resolve: { alias: { '@shared': fromRoot('../../shared') } },
  test: {
    name: 'bench',
    root,
    environment: 'node',
    include: ['tests/bench/**/*.perf.ts'],
    fileParallelism: false,
    // 1,000 keystrokes at a typist's pace, 300 cards and ten cold starts take minutes.
    testTimeout: 900_000,
    hookTimeout: 180_000,
    sequence: { concurrent: false },
  },
});
