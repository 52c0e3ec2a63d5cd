// Two tabs of one profile on one workshop must never overwrite each other: the first edits,
// the second follows read-only (its controls disabled) and shows the first one's edits once
// they are saved, then takes over editing when the first closes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';
import {
  openApp,
  readDatabase,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
} from '../helpers/e2eApp';

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

const FOLLOWING = 'This workshop is open in another window.';
const supplyBox = (page: Page) => page.getByLabel('Add to Supply', { exact: true });
const supplyCards = (page: Page) =>
  page.getByRole('list', { name: 'Supply cards' }).getByRole('listitem');

const addSupplyCard = async (page: Page, text: string): Promise<void> => {
  await supplyBox(page).fill(text);
  await supplyBox(page).press('Enter');
  await waitForSaved(page);
};

describe('one workshop in two tabs', () => {
  it('lets the first tab edit, keeps the second read-only and in step, then hands over', async () => {
    const first = session.page;
    await openApp(first, server.url, '/new');
    await first.getByLabel('Workshop title', { exact: true }).fill('Two windows');
    await first.keyboard.press('Enter');
    await first.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    const route = `/workshops/${workshopIdFromUrl(first)}/current`;
    await openApp(first, server.url, route);
    await addSupplyCard(first, 'Bank staff cover most night gaps');

    const second = await session.newPage();
    await openApp(second, server.url, route);
    await second.getByText(FOLLOWING).waitFor({ timeout: UI_TIMEOUT });
    expect(await first.getByText(FOLLOWING).count()).toBe(0);
    // Everything in the step is disabled, and there is no Undo to reach for.
    expect(await supplyBox(second).isDisabled()).toBe(true);
    expect(
      await second.getByRole('button', { name: /^Delete card ‘Bank staff/ }).isDisabled(),
    ).toBe(true);
    expect(
      await second.getByRole('checkbox', { name: 'Mark this step as completed' }).isDisabled(),
    ).toBe(true);
    expect(await second.getByRole('button', { name: 'Undo', exact: true }).count()).toBe(0);
    expect(await supplyCards(second).count()).toBe(1);
    await assertNoAxeViolations(second, 'Workshop step open in another window');
    await screenshot(second, 'two-windows-following');

    // Ctrl+Z in the follower must not undo the editor's work.
    await second.keyboard.press('Control+Z');
    await addSupplyCard(first, 'Two consultants retire next year');
    await expect.poll(() => supplyCards(second).count(), { timeout: UI_TIMEOUT }).toBe(2);
    expect(
      await second.getByText('Two consultants retire next year', { exact: true }).count(),
    ).toBe(1);

    await first.close();
    await second.getByText(FOLLOWING).waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await expect.poll(() => supplyBox(second).isEnabled(), { timeout: UI_TIMEOUT }).toBe(true);
    await addSupplyCard(second, 'Rota gaps filled by agency locums');
    await screenshot(second, 'two-windows-took-over');

    const texts = (await readDatabase(second)).cards.map((c) => c.text).sort();
    expect(texts).toEqual([
      'Bank staff cover most night gaps',
      'Rota gaps filled by agency locums',
      'Two consultants retire next year',
    ]);
    await second.reload();
    await expect.poll(() => supplyCards(second).count(), { timeout: UI_TIMEOUT }).toBe(3);
    expect(session.problems()).toBe('');
  });
});
