// A tiny dependency-free static file server for the built renderer (dist/). Used by
// `npm run web` (scripts/serve.mjs) and by the end-to-end tests and benchmarks, so the browser
// sees the app exactly as a user would: same files, same strict Content-Security-Policy the
// desktop app's app:// protocol handler sends, bound to 127.0.0.1 only.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** Must match the CSP the Electron protocol handler sends (electron/main/protocol.ts). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** @type {Readonly<Record<string, string>>} */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Tests restart the browser and must always get the current build, never a stale cache.
  'Cache-Control': 'no-cache',
};

/**
 * Turns a request path into a path relative to the root, or null when it must be refused:
 * undecodable escapes, NUL bytes, backslashes and any `..` segment (also when percent-encoded).
 * @param {string} rawUrl
 * @returns {string[] | null} the path segments
 */
export const safeSegments = (rawUrl) => {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  // `:` names a drive (C:) or an NTFS alternate stream (app.js:x) on Windows: never a file here.
  if (
    !decoded.startsWith('/') ||
    decoded.includes('\0') ||
    decoded.includes('\\') ||
    decoded.includes(':')
  ) {
    return null;
  }
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return null;
  return segments;
};

/** @param {string} file */
const fileSize = async (file) => {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 */
const sendText = (res, status, message) => {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
};

/**
 * Host names the server answers to. A page on another site can point its own name at
 * 127.0.0.1 (DNS rebinding) and read what we serve; its requests still carry its own Host
 * header, so anything but our loopback names (or the address we were told to bind) and our
 * port is refused.
 * @param {string | undefined} hostHeader
 * @param {number} port
 * @param {string} boundHost
 */
export const isAllowedHost = (hostHeader, port, boundHost = '127.0.0.1') => {
  if (hostHeader === undefined) return false;
  const names = ['127.0.0.1', 'localhost', '[::1]', boundHost];
  return names.some((name) => `${name}:${String(port)}` === hostHeader.toLowerCase());
};

/**
 * @param {string} rootReal real path of the root folder
 * @param {(hostHeader: string | undefined) => boolean} hostAllowed
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
const handle = async (rootReal, hostAllowed, req, res) => {
  if (!hostAllowed(req.headers.host)) {
    sendText(res, 421, 'Misdirected request');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed');
    return;
  }
  const segments = safeSegments(req.url ?? '/');
  if (segments === null) {
    sendText(res, 400, 'Bad request');
    return;
  }
  let file = resolve(rootReal, ...segments);
  let size = await fileSize(file);
  if (size === null && segments.length > 0) {
    size = await fileSize(resolve(file, 'index.html'));
    if (size !== null) file = resolve(file, 'index.html');
  }
  if (size === null) {
    // SPA fallback: a client-side route (no file extension) gets the app shell; a missing
    // asset stays a 404 so broken builds fail loudly instead of receiving HTML.
    const last = segments.at(-1) ?? '';
    if (extname(last) !== '') {
      sendText(res, 404, 'Not found');
      return;
    }
    file = resolve(rootReal, 'index.html');
    size = await fileSize(file);
    if (size === null) {
      sendText(res, 404, 'Not found: index.html is missing (run `npm run build:renderer`)');
      return;
    }
  }
  // Symlinks must not lead outside the root either.
  const real = await realpath(file);
  if (real !== rootReal && !real.startsWith(rootReal + sep)) {
    sendText(res, 403, 'Forbidden');
    return;
  }
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': MIME_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(size),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(real);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
};

/**
 * Starts the static server. Resolves once it is listening.
 * @param {{ root: string, port?: number, host?: string }} options port 0 (the default) picks
 *   a free port; host defaults to 127.0.0.1 so nothing is exposed to the network.
 * @returns {Promise<{ url: string, port: number, root: string, close: () => Promise<void> }>}
 */
export const startServer = async ({ root, port = 0, host = '127.0.0.1' }) => {
  const rootReal = await realpath(resolve(root));
  let listeningPort = 0;
  const server = createServer((req, res) => {
    const hostAllowed = (/** @type {string | undefined} */ header) =>
      isAllowedHost(header, listeningPort, host);
    handle(rootReal, hostAllowed, req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal server error');
    });
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Server has no port');
  listeningPort = address.port;
  const url = `http://${host}:${String(address.port)}/`;
  return {
    url,
    port: address.port,
    root: rootReal,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) rejectClose(error);
          else resolveClose(undefined);
        });
      }),
  };
};
