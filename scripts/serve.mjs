#!/usr/bin/env node
// `npm run web`: serves the built renderer (dist/) on 127.0.0.1 so Star Workshop can be used in
// a plain browser, with the same Content-Security-Policy as the desktop app.
//   node scripts/serve.mjs [--port 5178] [--root dist]      (PORT env also sets the port;
//   --port 0 picks a free one)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './lib/static-server.mjs';

const DEFAULT_PORT = 5178;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** @param {string | undefined} text */
const parsePort = (text) => {
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`"${text}" is not a valid port: use a whole number from 0 to 65535.`);
  }
  return port;
};

const main = async () => {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, root: { type: 'string' } },
    allowPositionals: false,
  });
  const port = parsePort(values.port ?? process.env.PORT);
  const root = resolve(repoRoot, values.root ?? 'dist');
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`There is no built app in ${root} (index.html is missing).`);
    console.error('Build it first with: npm run build:renderer   (or use `npm run web`).');
    process.exitCode = 1;
    return;
  }
  let server;
  try {
    server = await startServer({ root, port });
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    if (code === 'EADDRINUSE') {
      console.error(
        `Port ${String(port)} is already in use. Try another: --port 5179 (or --port 0).`,
      );
    } else {
      console.error(`Could not start the server: ${String(error)}`);
    }
    process.exitCode = 1;
    return;
  }
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`Star Workshop is running at ${server.url} — press Ctrl+C to stop`);
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
