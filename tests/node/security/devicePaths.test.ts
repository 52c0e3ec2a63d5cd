// Review finding: the app:// handler accepted Windows device names. On Windows, opening
// `NUL.js` or `COM1.txt` in any folder opens the device, not a file, so every segment that
// names a device (with or without an extension, in any case) is refused. The static server
// used for the browser build refuses `:` (drive letters, NTFS streams) and foreign Host headers.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWindowsDeviceName, resolveAppPath } from '../../../electron/main/protocol';

const root = path.resolve('/srv/app/dist');

describe('Windows device names in app:// paths', () => {
  it.each([
    'NUL.js',
    'nul',
    'con',
    'CON',
    'Con.html',
    'prn.txt',
    'aux',
    'COM1.txt',
    'com9',
    'LPT1',
    'lpt9.css',
    'com¹.js',
    'CONIN$',
    'conout$.txt',
    'nul.tar.gz',
  ])('refuses %s as a file or folder name', (name) => {
    expect(isWindowsDeviceName(name)).toBe(true);
    for (const url of [
      `app://star-workshop/${encodeURIComponent(name)}`,
      `app://star-workshop/assets/${encodeURIComponent(name)}`,
      `app://star-workshop/${encodeURIComponent(name)}/app.js`,
    ]) {
      expect(resolveAppPath(root, url), url).toMatchObject({ ok: false, status: 400 });
    }
  });

  it.each(['console.js', 'null.js', 'component.js', 'com10.js', 'auxiliary.css', 'lpt.js'])(
    'still serves the ordinary name %s',
    (name) => {
      expect(isWindowsDeviceName(name)).toBe(false);
      expect(resolveAppPath(root, `app://star-workshop/assets/${name}`).ok).toBe(true);
    },
  );
});

interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'star-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html>');
  await writeFile(path.join(dir, 'assets', 'app.js'), '');
  const moduleUrl = new URL('../../../scripts/lib/static-server.mjs', import.meta.url).href;
  const { startServer } = (await import(moduleUrl)) as {
    startServer: (options: { root: string }) => Promise<StaticServer>;
  };
  server = await startServer({ root: dir });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw GET, so the test controls the Host header and the path exactly. */
const get = (rawPath: string, host: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path: rawPath, headers: { Host: host } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });

describe('static server for the browser build', () => {
  it('serves its own files to its own host name', async () => {
    expect(await get('/assets/app.js', `127.0.0.1:${String(server.port)}`)).toBe(200);
    expect(await get('/assets/app.js', `localhost:${String(server.port)}`)).toBe(200);
  });

  it.each(['/C:/Windows/win.ini', '/assets/app.js:stream', '/C%3a/Windows/win.ini', '/a%3Ab'])(
    'refuses a colon in %s',
    async (rawPath) => {
      expect(await get(rawPath, `127.0.0.1:${String(server.port)}`)).toBe(400);
    },
  );

  it.each(['evil.example', 'evil.example:1', '127.0.0.1:1', 'localhost.evil.example'])(
    'refuses the Host header %j (DNS rebinding)',
    async (host) => {
      expect(await get('/assets/app.js', host)).toBe(421);
    },
  );
});
