/**
 * The app:// scheme: serves the built renderer from one fixed, privileged origin
 * (app://star-workshop/). IndexedDB is keyed by origin, so this origin must never change.
 *
 * Every response carries a strict Content-Security-Policy header. Path resolution is a pure
 * function that refuses anything that could escape the bundle folder, even though Chromium
 * normalises standard-scheme URLs before they reach us: defence in depth costs nothing here.
 */
import path from 'node:path';
import { readFile as fsReadFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '@shared/ipc/contract';

export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Registered before `app` is ready; `standard` + `secure` give it a real origin and HTTPS-like rights. */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
  },
];

/**
 * React sets `style=""` attributes, which need `style-src-attr 'unsafe-inline'`; style elements
 * and scripts stay 'self' only, and nothing may eval (zod runs jitless).
 */
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

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath =
  | { ok: true; filePath: string; isFallback: boolean }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const PREFIX = `${APP_ORIGIN}/`;
// eslint-disable-next-line no-control-regex -- NUL and other control characters are refused
const UNSAFE_SEGMENT = /[/\\:\u0000-\u001f\u007f]/;

/**
 * Names Windows reserves for devices, in any folder and with any extension: opening `NUL.js`
 * or `com1.txt` reaches the device, not a file. Superscript digits count too (Windows treats
 * `COM¹` as `COM1`), and so do the console names.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** True when a file or folder name would address a Windows device. */
export function isWindowsDeviceName(segment: string): boolean {
  // Windows ignores everything from the first dot, and trailing spaces before it.
  const stem = (segment.split('.', 1)[0] ?? '').trimEnd();
  return WINDOWS_DEVICE_NAME.test(stem);
}

/**
 * Maps a request URL to a file under `root`, or refuses it. Pure: no file system access.
 * Extension-less paths (client-side routes) fall back to index.html; a missing asset with an
 * extension is left to 404 so a broken build fails loudly instead of serving HTML as script.
 */
export function resolveAppPath(root: string, requestUrl: string): ResolvedPath {
  if (requestUrl.slice(0, PREFIX.length).toLowerCase() !== PREFIX) {
    return { ok: false, status: 403, reason: 'Not the app origin.' };
  }
  const rawPath = requestUrl.slice(PREFIX.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\')) return { ok: false, status: 400, reason: 'Backslash in path.' };

  const rawSegments = rawPath === '' ? [] : rawPath.split('/');
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1;
    // A trailing slash is a route; an empty segment anywhere else is a `//` trick.
    if (raw === '' && isLast) break;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400, reason: 'Malformed escape in path.' };
    }
    // Windows silently drops trailing dots and spaces ('...' can act as '..'), so refuse them.
    if (
      segment === '' ||
      /[. ]$/.test(segment) ||
      UNSAFE_SEGMENT.test(segment) ||
      isWindowsDeviceName(segment)
    ) {
      return { ok: false, status: 400, reason: 'Unsafe path segment.' };
    }
    segments.push(segment);
  }

  const last = segments.at(-1);
  const isFallback = last === undefined || path.extname(last) === '';
  const relative = isFallback ? 'index.html' : path.join(...segments);
  const filePath = path.resolve(root, relative);
  const check = path.relative(path.resolve(root), filePath);
  if (check === '' || check.startsWith('..') || path.isAbsolute(check)) {
    return { ok: false, status: 403, reason: 'Outside the app folder.' };
  }
  return { ok: true, filePath, isFallback };
}

export type ReadFileFn = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
export interface AppRequest {
  url: string;
  method: string;
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Builds the `protocol.handle` callback serving files from `root`. */
export function createAppProtocolHandler(
  root: string,
  readFile: ReadFileFn = fsReadFile,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return textResponse(405, 'Method not allowed.');
    }
    const resolved = resolveAppPath(root, request.url);
    if (!resolved.ok) return textResponse(resolved.status, resolved.reason);
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(resolved.filePath);
    } catch {
      return textResponse(404, 'Not found.');
    }
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(resolved.filePath),
      'Cache-Control': 'no-cache',
    };
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers,
    });
  };
}

/** Registers the handler on a session's protocol (call after `app` is ready). */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  const handler = createAppProtocolHandler(root);
  protocol.handle(APP_SCHEME, (request) => handler(request));
}
