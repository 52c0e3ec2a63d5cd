// The built app loads in a real browser under its strict CSP, shows its heading, logs no
// errors and makes no network request beyond the local server. Also checks the static server
// behind `npm run web` serves that build safely.
import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as DESKTOP_CSP } from '../../electron/main/protocol';
import { axeViolations, formatAxeViolations, launchBrowser } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';

let server: StaticServer;

/** Status of a GET for `path` sent byte for byte, without URL normalisation. */
const rawStatus = (port: number, path: string): Promise<number | undefined> =>
  new Promise((resolve, reject) => {
    const request = httpGet({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', reject);
  });

beforeAll(async () => {
  server = await startDistServer();
});

afterAll(async () => {
  await server.close();
});

describe('built app in Chromium', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('loads with a title and a visible heading, without errors or network requests', async () => {
    const { page } = browser;
    const response = await page.goto(server.url, { waitUntil: 'load' });
    // The browser build runs under exactly the policy the desktop app's app:// handler sends.
    const csp = response?.headers()['content-security-policy'];
    expect(csp).toBe(DESKTOP_CSP);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);

    const heading = page.locator('h1').first();
    try {
      await heading.waitFor({ state: 'visible', timeout: 15_000 });
    } catch (error) {
      // A timeout alone hides why: say what the page reported.
      throw new Error(
        `No visible <h1> within 15 s.\n${browser.problems() || 'The page reported no errors.'}`,
        { cause: error },
      );
    }

    expect(await page.title()).toContain('Star Workshop');
    expect(await heading.isVisible()).toBe(true);
    // Let start-up work (IndexedDB open, persistence request) finish and report any errors.
    await page.waitForLoadState('networkidle');
    expect(browser.consoleErrors, browser.problems()).toEqual([]);
    expect(browser.pageErrors, browser.problems()).toEqual([]);
    expect(browser.externalRequests, browser.problems()).toEqual([]);
  });

  it('meets WCAG 2.2 AA on the first screen, as far as axe can tell', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.locator('h1').first().waitFor({ state: 'visible' });
    const violations = await axeViolations(page);
    expect(violations, formatAxeViolations(violations)).toEqual([]);
  });

  it('restarts the browser for real: IndexedDB survives, sessionStorage does not', async () => {
    // Durability tests rely on restart() being a new browser process on the same profile,
    // not a page reload (which would keep sessionStorage and prove nothing).
    await browser.page.goto(server.url);
    await browser.page.evaluate(async () => {
      sessionStorage.setItem('probe', 'session');
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite', { durability: 'strict' });
          tx.objectStore('kv').put('kept', 'probe');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => {
            reject(tx.error ?? new Error('write failed'));
          };
        };
      });
    });

    await browser.restart();
    await browser.page.goto(server.url);
    const after = await browser.page.evaluate(async () => ({
      session: sessionStorage.getItem('probe'),
      stored: await new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('harness-probe', 1);
        open.onerror = () => {
          reject(open.error ?? new Error('open failed'));
        };
        open.onsuccess = () => {
          const get = open.result.transaction('kv').objectStore('kv').get('probe');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
    }));
    expect(after).toEqual({ session: null, stored: 'kept' });
  });
});

describe('static server for the built app', () => {
  const get = (path: string): Promise<Response> => fetch(new URL(path, server.url));

  it('serves the app shell for client-side routes so deep links and reloads work', async () => {
    const response = await get('/workshops/some-id/steps/supply');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<div id="root">');
  });

  it('answers 404 for a missing asset instead of sending HTML as script', async () => {
    const response = await get('/assets/does-not-exist.js');
    expect(response.status).toBe(404);
  });

  it('refuses paths that try to leave the build folder', async () => {
    // fetch() and URL normalise "..", even percent-encoded, so send raw paths as an attacker would.
    const attempts = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/assets/..%5c..%5cpackage.json',
      '/%00index.html',
    ];
    for (const path of attempts) {
      expect(await rawStatus(server.port, path), path).toBe(400);
    }
  });
});
