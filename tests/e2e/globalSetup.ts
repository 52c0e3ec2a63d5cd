// Runs once before the end-to-end tests: fail fast, with the fix spelled out, when the built
// app or the browser is missing, instead of letting every test time out.
import { accessSync, constants, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_PATH } from '../helpers/browser';
import { DIST_DIR, missingBuildMessage } from '../helpers/server';

export const setup = (): void => {
  if (!existsSync(resolve(DIST_DIR, 'index.html'))) throw new Error(missingBuildMessage());
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Run \`node scripts/ensure-system-deps.mjs\` as root, or: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium poppler-utils`,
    );
  }
};
