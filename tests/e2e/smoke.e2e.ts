// The built app loads in a real browser under its strict CSP, shows its heading, logs no
// errors and makes no network request beyond the local server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';

describe('built app smoke test', () => {
  let server: StaticServer;
  let browser: BrowserSession;

  beforeAll(async () => {
    server = await startDistServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('loads with a title and a visible heading, without errors or network requests', async () => {
    const { page } = browser;
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('h1').first().waitFor({ state: 'visible' });

    expect(await page.title()).toContain('Star Workshop');
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    // Give late async work (store hydration, IndexedDB open) a moment to report errors.
    await page.waitForLoadState('networkidle');
    expect(browser.consoleErrors, browser.problems()).toEqual([]);
    expect(browser.pageErrors, browser.problems()).toEqual([]);
    expect(browser.externalRequests, browser.problems()).toEqual([]);
  });
});
