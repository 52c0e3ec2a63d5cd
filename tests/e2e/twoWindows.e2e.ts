// Two tabs of one profile on one workshop must never overwrite each other: the first edits,
// the second follows read-only (its controls disabled) and shows the first one's edits once
// they are saved, then takes over editing when the first closes. Home in another tab may
// rename or trash a workshop that a tab is editing, and neither edit is lost.
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

/**
 * Lets a test hold back the messages a tab receives from other tabs and deliver them later:
 * the moment between another tab's save and this tab hearing of it, where a stale copy could
 * be written back.
 */
const holdableBroadcasts = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as unknown as { holdBroadcasts: boolean; releaseBroadcasts: () => void };
    const held: (() => void)[] = [];
    w.holdBroadcasts = false;
    w.releaseBroadcasts = () => {
      w.holdBroadcasts = false;
      for (const deliver of held.splice(0)) deliver();
    };
    BroadcastChannel.prototype.addEventListener = function (
      this: BroadcastChannel,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      const wrapped = (event: Event): void => {
        const deliver = (): void => {
          if (typeof listener === 'function') listener.call(this, event);
          else listener?.handleEvent(event);
        };
        if (w.holdBroadcasts) held.push(deliver);
        else deliver();
      };
      EventTarget.prototype.addEventListener.call(this, type, wrapped, options);
    };
  });
};

describe('Home in one tab while another tab edits the workshop', () => {
  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const homeRow = (page: Page, title: string) =>
    page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  const storedWorkshop = async (page: Page, id: string) =>
    (await readDatabase(page)).workshops.find((w) => w['id'] === id);

  it('keeps a rename and a move to the Trash made on Home when the editing tab saves again', async () => {
    const editor = await session.newPage();
    await holdableBroadcasts(editor);
    await openApp(editor, server.url, '/new');
    await field(editor, 'Workshop title').fill('Lost update check');
    await editor.keyboard.press('Enter');
    await editor.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    const id = workshopIdFromUrl(editor);
    await field(editor, 'Service or pathway').fill('Urgent care');
    await waitForSaved(editor);

    const home = await session.newPage();
    await openApp(home, server.url, '/');
    // The editing tab hears of the rename only after its own next edit is saved.
    await editor.evaluate(() => {
      (window as unknown as { holdBroadcasts: boolean }).holdBroadcasts = true;
    });
    await home.getByRole('button', { name: 'Rename Lost update check' }).click();
    await field(home, 'New title for ‘Lost update check’').fill('Urgent care workforce');
    await home.keyboard.press('Enter');
    await homeRow(home, 'Urgent care workforce').waitFor({ timeout: UI_TIMEOUT });
    await field(editor, 'Service or pathway').fill('Urgent and emergency care');
    await waitForSaved(editor);
    expect((await storedWorkshop(editor, id))?.['scope']).toMatchObject({
      title: 'Urgent care workforce',
      service: 'Urgent and emergency care',
    });
    // Once told, the editing tab shows the new title, and Home shows the other tab's edit.
    await editor.evaluate(() => {
      (window as unknown as { releaseBroadcasts: () => void }).releaseBroadcasts();
    });
    await expect
      .poll(() => field(editor, 'Workshop title').inputValue(), { timeout: UI_TIMEOUT })
      .toBe('Urgent care workforce');
    await expect
      .poll(() => homeRow(home, 'Urgent care workforce').textContent(), { timeout: UI_TIMEOUT })
      .toContain('Urgent and emergency care');

    await editor.evaluate(() => {
      (window as unknown as { holdBroadcasts: boolean }).holdBroadcasts = true;
    });
    await home.getByRole('button', { name: 'Move to Trash Urgent care workforce' }).click();
    await home.getByText('is in the Trash').first().waitFor({ timeout: UI_TIMEOUT });
    await field(editor, 'Organisation').fill('Northbrook NHS Trust');
    await waitForSaved(editor);
    const trashed = await storedWorkshop(editor, id);
    expect(trashed?.['deletedAt']).not.toBeNull();
    expect(trashed?.['scope']).toMatchObject({
      title: 'Urgent care workforce',
      organisation: 'Northbrook NHS Trust',
    });
    await editor.evaluate(() => {
      (window as unknown as { releaseBroadcasts: () => void }).releaseBroadcasts();
    });
    await editor
      .getByRole('heading', { name: '‘Urgent care workforce’ is in the Trash', level: 1 })
      .waitFor({ timeout: UI_TIMEOUT });
    await screenshot(editor, 'two-windows-editor-after-trash');

    await home.reload();
    await openApp(home, server.url, '/', 'Your workshops');
    expect(await homeRow(home, 'Urgent care workforce').count()).toBe(0);
    await openApp(home, server.url, '/trash', 'Trash');
    await home.getByText('Urgent care workforce').first().waitFor({ timeout: UI_TIMEOUT });
    await screenshot(home, 'two-windows-trash');
    await editor.close();
    await home.close();
    expect(session.problems()).toBe('');
  });
});
