// Serves the built renderer (dist/) for end-to-end tests and benchmarks, through the same
// static server `npm run web` uses, so tests see the production build with its strict CSP.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain-JS module shared with scripts/serve.mjs (run by bare Node, so it
// cannot be TypeScript); StaticServerModule below gives it its types.
import * as staticServerModule from '../../scripts/lib/static-server.mjs';

export interface StaticServer {
  /** Base address with a trailing slash, e.g. http://127.0.0.1:41234/ */
  readonly url: string;
  readonly port: number;
  /** Real path of the folder being served. */
  readonly root: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

interface StaticServerModule {
  startServer: (options: { root: string; port?: number; host?: string }) => Promise<StaticServer>;
  CONTENT_SECURITY_POLICY: string;
}

const { startServer, CONTENT_SECURITY_POLICY: csp } = staticServerModule as StaticServerModule;

/** The Content-Security-Policy header the server (and the desktop app) sends. */
export const CONTENT_SECURITY_POLICY: string = csp;

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST_DIR = resolve(REPO_ROOT, 'dist');

/** Why a missing build fails: the e2e tests check the real bundle, never a dev server. */
export const missingBuildMessage = (root: string = DIST_DIR): string =>
  `No built app at ${resolve(root, 'index.html')}. Run \`npm run build\` (or \`npm test\`, which builds first) before the end-to-end tests.`;

/**
 * Starts a static server for `root` (default dist/) on 127.0.0.1 and a free port.
 * Call `close()` on the result when done (e.g. in afterAll).
 */
export const startDistServer = async (root: string = DIST_DIR): Promise<StaticServer> => {
  if (!existsSync(resolve(root, 'index.html'))) throw new Error(missingBuildMessage(root));
  return startServer({ root, port: 0 });
};
