import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  PRIVILEGED_SCHEMES,
  createAppProtocolHandler,
  resolveAppPath,
} from '../../electron/main/protocol';

let parent: string;
let root: string;

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'star-protocol-'));
  root = path.join(parent, 'dist');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Star Workshop</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  // A secret beside the bundle: no request may ever reach it.
  await writeFile(path.join(parent, 'secret.txt'), 'top secret');
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)({ url, method });

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the bundle', () => {
    expect(resolveAppPath(root, 'app://star-workshop/assets/app.js')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'app.js'),
      isFallback: false,
    });
  });

  it('ignores query strings and fragments', () => {
    const resolved = resolveAppPath(root, 'app://star-workshop/assets/app.js?v=1#top');
    expect(resolved).toMatchObject({ ok: true, filePath: path.join(root, 'assets', 'app.js') });
  });

  it.each([
    'app://star-workshop/../secret.txt',
    'app://star-workshop/assets/../../secret.txt',
    'app://star-workshop/%2e%2e/secret.txt',
    'app://star-workshop/%2E%2E/secret.txt',
    'app://star-workshop/.%2e/secret.txt',
    'app://star-workshop/..%2fsecret.txt',
    'app://star-workshop/..%2Fsecret.txt',
    'app://star-workshop/assets%2f..%2f..%2fsecret.txt',
    'app://star-workshop/..\\secret.txt',
    'app://star-workshop/..%5csecret.txt',
    'app://star-workshop/assets\\app.js',
    'app://star-workshop//etc/passwd',
    'app://star-workshop/%2fetc%2fpasswd',
    'app://star-workshop/C:/Windows/win.ini',
    'app://star-workshop/C%3a%5cWindows%5cwin.ini',
    'app://star-workshop/index.html%00.js',
    'app://star-workshop/assets/app.js%00',
    'app://star-workshop/.../secret.txt',
    'app://star-workshop/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url).ok).toBe(false);
  });

  it.each([
    'app://evil.example/index.html',
    'app://star-workshop.evil.example/index.html',
    'app:///index.html',
    'file:///etc/passwd',
    'https://star-workshop/index.html',
  ])('refuses other hosts and schemes: %s', (url) => {
    expect(resolveAppPath(root, url)).toMatchObject({ ok: false, status: 403 });
  });

  it('falls back to index.html only for extension-less paths', () => {
    for (const url of [
      'app://star-workshop/',
      'app://star-workshop/workshops/abc-123',
      'app://star-workshop/workshops/abc/',
    ]) {
      expect(resolveAppPath(root, url)).toEqual({
        ok: true,
        filePath: path.join(root, 'index.html'),
        isFallback: true,
      });
    }
    expect(resolveAppPath(root, 'app://star-workshop/assets/missing.js')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'assets', 'missing.js'),
      isFallback: false,
    });
  });
});

describe('app:// handler on a real folder', () => {
  it('serves files with the right MIME types', async () => {
    const cases: [string, string][] = [
      ['index.html', 'text/html; charset=utf-8'],
      ['assets/app.js', 'text/javascript; charset=utf-8'],
      ['assets/app.css', 'text/css; charset=utf-8'],
      ['assets/font.woff2', 'font/woff2'],
      ['assets/logo.svg', 'image/svg+xml'],
    ];
    for (const [file, mime] of cases) {
      const response = await get(`app://star-workshop/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(mime);
    }
    expect(await (await get('app://star-workshop/assets/app.js')).text()).toBe(
      'console.log("app")',
    );
  });

  it('serves index.html for client-side routes but 404s missing assets', async () => {
    const route = await get('app://star-workshop/workshops/42');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Star Workshop</title>');

    const missing = await get('app://star-workshop/assets/missing.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('never returns the file outside the bundle', async () => {
    for (const url of [
      'app://star-workshop/../secret.txt',
      'app://star-workshop/%2e%2e/secret.txt',
      'app://star-workshop/..%2fsecret.txt',
      'app://star-workshop/..\\secret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('top secret');
    }
  });

  it('sends a strict CSP and nosniff on every response, errors included', async () => {
    for (const url of [
      APP_ENTRY_URL,
      'app://star-workshop/assets/app.js',
      'app://star-workshop/assets/missing.js',
      'app://star-workshop/%2e%2e/secret.txt',
      'app://other/index.html',
    ]) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts only from the app itself, with no eval or inline script', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*|https?:/);
  });

  it('permits inline style attributes but not inline style elements', () => {
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('shuts plugins, base, forms and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
  });
});

describe('scheme registration', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }) as unknown,
      }),
    ]);
    expect(APP_ENTRY_URL).toBe('app://star-workshop/index.html');
  });
});

describe('browser build parity', () => {
  it('the static server used for the browser build and e2e sends the same CSP', async () => {
    // Imported by URL: it is a plain .mjs script without type declarations.
    const serverUrl = new URL('../../scripts/lib/static-server.mjs', import.meta.url).href;
    const server = (await import(serverUrl)) as { CONTENT_SECURITY_POLICY?: unknown };
    expect(server.CONTENT_SECURITY_POLICY).toBe(CONTENT_SECURITY_POLICY);
  });
});
