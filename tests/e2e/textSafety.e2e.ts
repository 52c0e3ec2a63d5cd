// Text that cannot mislead (issue 8, items 6, 7 and 9), in the built app in Chromium: a card
// typed with a right-to-left override, a service name that would read "exe.png", a hostile
// plan file whose name hides its real extension and whose text carries control characters,
// and files that are not plans at all (a ZIP, one over 10 MB), refused on the import page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialisePlan } from '@shared/planfile';
import { makeContent } from '../helpers/planFactory';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import {
  focusByTab,
  openApp,
  readDatabase,
  typeInto,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
} from '../helpers/e2eApp';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';

const RLO = '\u202E';
// eslint-disable-next-line no-control-regex -- looking for exactly these characters
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2066-\u2069\uFEFF]/;

let server: StaticServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser();
});

afterAll(async () => {
  await session.close();
  await server.close();
});

/** Gives the platform's file input a file made in memory, through "Open a plan file". */
const openFile = async (page: Page, name: string, buffer: Buffer): Promise<void> => {
  await openApp(page, server.url, '/');
  const chooser = page.waitForEvent('filechooser', { timeout: UI_TIMEOUT });
  await page.getByRole('button', { name: 'Open a plan file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
  await page.waitForURL(/#\/import$/, { timeout: UI_TIMEOUT });
};

/** What the user sees: the rendered text, not the DOM's raw characters. */
const seen = (page: Page, selector: string): Promise<string> =>
  page.locator(selector).first().innerText();

describe('text that cannot mislead', () => {
  it('stores and shows a typed card and service without the override', async () => {
    const { page } = session;
    await openApp(page, server.url, '/new');
    await page.getByLabel('Workshop title', { exact: true }).fill('Text safety');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    const id = workshopIdFromUrl(page);
    await typeInto(
      page,
      page.getByLabel('Service or pathway', { exact: true }),
      `Svc ${RLO}gnp.exe`,
    );
    await waitForSaved(page);

    await openApp(page, server.url, `/workshops/${id}/current`, 'Current activity');
    await focusByTab(page, page.getByLabel('Add to Supply', { exact: true }));
    await page.keyboard.type(`evil ${RLO}left-to-right`);
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Supply cards' });
    await list.getByText('evil left-to-right', { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    await waitForSaved(page);
    expect(await list.innerText()).toContain('evil left-to-right');
    expect(await list.innerText()).not.toContain('thgir');

    const db = await readDatabase(page);
    const texts = db.cards.map((c) => c.text as string);
    expect(texts).toEqual(['evil left-to-right']);
    expect(db.workshops.map((w) => (w.scope as { service: string }).service)).toEqual([
      'Svc gnp.exe',
    ]);

    await openApp(page, server.url, '/');
    const row = page.getByRole('row').filter({ hasText: 'Text safety' });
    expect(await row.innerText()).toContain('Svc gnp.exe');
    await screenshot(page, 'text-safety-home');
  });

  it('previews a hostile plan file with its real extension and says what was cleaned', async () => {
    const { page } = session;
    const content = makeContent();
    const [first, second, ...rest] = content.cards;
    if (!first || !second) throw new Error('the factory plan has cards');
    const hostile = {
      ...content,
      workshop: {
        ...content.workshop,
        scope: {
          ...content.workshop.scope,
          title: 'Hostile plan',
          service: `Svc ${RLO}gnp.exe`,
        },
      },
      cards: [
        { ...first, text: 'NUL\u0000 BEL\u0007 ESC\u001B here' },
        { ...second, text: `zero\u200Bwidth ${RLO}desrever` },
        ...rest,
      ],
    };
    const file = serialisePlan(hostile, {
      anonymise: false,
      now: '2026-11-23T10:00:00.000Z',
      appVersion: '0.1.0',
    });
    await openFile(page, `valid${RLO}ratseeh.pdf`, Buffer.from(file, 'utf8'));

    await page.locator('.app-plan-preview').waitFor({ timeout: UI_TIMEOUT });
    expect(await seen(page, '.app-file-name')).toBe('validratseeh.pdf');
    const callout = page.locator('.nhsuk-warning-callout');
    expect(await callout.innerText()).toContain(
      '1 invisible or direction-changing character was removed from the workshop details.',
    );
    expect(await callout.innerText()).toContain(
      '5 invisible or direction-changing characters were removed from 2 cards.',
    );
    expect(await seen(page, '.app-import-title')).toMatch(
      /^It will be added as Hostile plan \(imported \d{1,2} [A-Z][a-z]{2} \d{4}\), so you can tell the copy from the original\.$/,
    );
    await assertNoAxeViolations(page, 'Import preview of a hostile file');
    await screenshot(page, 'text-safety-preview');

    await page.getByRole('button', { name: 'Import as a new workshop' }).click();
    await page.waitForURL(/#\/workshops\/[^/]+/, { timeout: UI_TIMEOUT });
    const db = await readDatabase(page);
    for (const card of db.cards) expect(card.text as string).not.toMatch(HIDDEN);
    expect(db.cards.map((c) => c.text)).toEqual(
      expect.arrayContaining(['NUL BEL ESC here', 'zerowidth desrever']),
    );
    await openApp(page, server.url, '/');
    const row = page.getByRole('row').filter({ hasText: 'Hostile plan' });
    expect(await row.innerText()).toContain('Svc gnp.exe');
  });

  it('names a file with an override truthfully when it cannot be opened', async () => {
    const { page } = session;
    await openFile(page, `notes${RLO}txt.heestar`, Buffer.from('not a plan', 'utf8'));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
      '‘notestxt.heestar’ could not be opened',
    );
  });

  it('tells people a ZIP is a ZIP, on the import page', async () => {
    const { page } = session;
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0xff, 0xfe, 0x00]);
    await openFile(page, 'Breakouts.zip', zip);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toContain(
      'This looks like a ZIP file — unzip it first, then open the .heestar file inside.',
    );
    await screenshot(page, 'text-safety-zip');
  });

  it('refuses a file over 10 MB on the import page, in the plan file’s own words', async () => {
    const { page } = session;
    await openFile(page, 'huge.heestar', Buffer.alloc(11 * 1024 * 1024, 0x20));
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.innerText()).toContain(
      'This file is 11 MB, which is over the 10 MB limit. Star Workshop plan files are much smaller, so this is probably not a plan file.',
    );
    await assertNoAxeViolations(page, 'Import page refusing a large file');
    await screenshot(page, 'text-safety-too-large');
  });
});
