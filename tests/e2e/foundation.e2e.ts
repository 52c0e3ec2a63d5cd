// The foundation journeys in the built app (issue 2): create a workshop, fill its scope, and
// find it intact after a reload and after a real browser restart; validation that saves
// nothing; the Home list, rename, duplicate, Trash with undo, restore and a confirmed delete;
// creating a workshop by keyboard alone; and axe-core on every screen, with no console
// errors and no network request off this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';
import {
  focusByTab,
  openApp,
  readDatabase,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
} from '../helpers/e2eApp';

const TITLE = 'Emergency department medical workforce 2026';
const SCOPE = {
  'Service or pathway': 'Urgent and emergency care',
  Organisation: 'Northshire Hospitals NHS Foundation Trust',
  'System or integrated care system (ICS)': 'Northshire and Dales ICS',
  'Population served': 'About 600,000 people across Northshire and the Dales',
  'The workforce challenge in one sentence':
    'Too few middle-grade doctors overnight to meet the four-hour standard',
  Sponsor: 'Dr Aoife Ní Bhriain, Medical Director',
  Facilitators: 'Zoë Łukasz, Sam Patel',
  Venue: 'Education Centre, Room 2',
} as const;
const DATE = '2026-03-15';
const DATE_SHOWN = '15 Mar 2026';

let server: StaticServer;
let session: BrowserSession;
let workshopId = '';

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser();
});

afterAll(async () => {
  await session.close();
  await server.close();
});

const field = (label: string) => session.page.getByLabel(label, { exact: true });

/** Every scope value as the Scope step shows it. */
const expectScopeIntact = async (): Promise<void> => {
  const page = session.page;
  await openApp(page, server.url, `/workshops/${workshopId}/scope`, 'Scope');
  await expect.poll(() => field('Workshop title').inputValue()).toBe(TITLE);
  for (const [label, value] of Object.entries(SCOPE)) {
    expect(await field(label).inputValue(), label).toBe(value);
  }
  expect(await field('Workshop date').inputValue()).toBe(DATE);
};

describe('foundation journeys in Chromium', () => {
  it('shows an empty Home, then refuses an empty title without saving anything', async () => {
    const page = session.page;
    await openApp(page, server.url, '/', 'Your workshops');
    await expect
      .poll(() => page.getByText('You have no workshops yet.').isVisible(), {
        timeout: UI_TIMEOUT,
      })
      .toBe(true);
    await assertNoAxeViolations(page, 'Home (empty)');
    await screenshot(page, 'foundation-home-empty');

    await page.getByRole('button', { name: 'New workshop' }).click();
    await page.getByRole('heading', { name: 'New workshop', level: 1 }).waitFor();
    await assertNoAxeViolations(page, 'New workshop');
    await screenshot(page, 'foundation-new-workshop');

    await page.getByRole('button', { name: 'Create workshop' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor({ timeout: UI_TIMEOUT });
    expect(await summary.getByRole('link', { name: 'Enter a workshop title' }).count()).toBe(1);
    // The inline message sits with the field too, and the field is described by it.
    expect(await page.locator('#new-title-error').textContent()).toContain(
      'Enter a workshop title',
    );
    expect(await field('Workshop title').getAttribute('aria-describedby')).toContain(
      'new-title-error',
    );
    await assertNoAxeViolations(page, 'New workshop with an error');
    await screenshot(page, 'foundation-new-workshop-error');
    expect(page.url()).toMatch(/#\/new$/);
    expect((await readDatabase(page)).workshops).toEqual([]);
  });

  it('creates a workshop and keeps its scope after a reload and a browser restart', async () => {
    const page = session.page;
    await field('Workshop title').fill(TITLE);
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    workshopId = workshopIdFromUrl(page);
    await page.getByRole('heading', { name: 'Scope', level: 1 }).waitFor();
    expect(await field('Workshop title').inputValue()).toBe(TITLE);

    for (const [label, value] of Object.entries(SCOPE)) await field(label).fill(value);
    await field('Workshop date').fill(DATE);
    await waitForSaved(page);
    await assertNoAxeViolations(page, 'Scope');
    await screenshot(page, 'foundation-scope');

    // Clearing the title shows the message and keeps the stored title.
    await field('Workshop title').fill('');
    await page.locator('#scope-title-error').getByText('Enter a workshop title').waitFor();
    expect(await field('Workshop title').getAttribute('aria-invalid')).toBe('true');
    await field('Workshop title').fill(TITLE);
    await waitForSaved(page);
    const stored = (await readDatabase(page)).workshops;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: workshopId,
      scope: { title: TITLE, date: DATE, service: SCOPE['Service or pathway'] },
    });

    await page.reload();
    await expectScopeIntact();

    await session.restart();
    await expectScopeIntact();
  });

  it('lists the workshop on Home with its service, date and last edit, and opens its overview', async () => {
    const page = session.page;
    await openApp(page, server.url, '/', 'Your workshops');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor({ timeout: UI_TIMEOUT });
    const cells = (await row.getByRole('cell').allTextContents()).map((t) => t.trim());
    expect(cells[0]).toBe(TITLE);
    expect(cells[1]).toBe(SCOPE['Service or pathway']);
    expect(cells[2]).toBe(DATE_SHOWN);
    expect(cells[3]).toMatch(/^\d{1,2} \w{3,4} \d{4}(,| at) \d{2}:\d{2}$/);
    await assertNoAxeViolations(page, 'Home (with a workshop)');
    await screenshot(page, 'foundation-home');

    await row.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: '1. Scope' }).count()).toBe(1);
    expect(
      await page.getByText(`${SCOPE['Service or pathway']} · ${SCOPE.Organisation}`).count(),
    ).toBe(1);
    await assertNoAxeViolations(page, 'Workshop overview');
    await screenshot(page, 'foundation-overview');
  });

  it('renames and duplicates from Home', async () => {
    const page = session.page;
    await openApp(page, server.url, '/', 'Your workshops');
    await page.getByRole('button', { name: `Rename ${TITLE}` }).click();
    const rename = page.getByLabel(`New title for ‘${TITLE}’`);
    await rename.fill('');
    await page.getByRole('button', { name: 'Save title' }).click();
    await page.getByText('Enter a workshop title').waitFor();
    await rename.fill(`${TITLE} (draft)`);
    await page.getByRole('button', { name: 'Save title' }).click();
    await page.getByRole('link', { name: `${TITLE} (draft)` }).waitFor();
    await waitForSaved(page);
    await page.reload();
    await page.getByRole('link', { name: `${TITLE} (draft)` }).waitFor({ timeout: UI_TIMEOUT });

    await page.getByRole('button', { name: `Rename ${TITLE} (draft)` }).click();
    await page.getByLabel(`New title for ‘${TITLE} (draft)’`).fill(TITLE);
    await page.getByRole('button', { name: 'Save title' }).click();
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();

    await page.getByRole('button', { name: `Duplicate ${TITLE}` }).click();
    await page.getByRole('heading', { name: `${TITLE} (copy)`, level: 1 }).waitFor({
      timeout: UI_TIMEOUT,
    });
    expect(workshopIdFromUrl(page)).not.toBe(workshopId);
    await waitForSaved(page);
    const rows = await readDatabase(page);
    expect(rows.workshops).toHaveLength(2);
    const copy = rows.workshops.find((w) => w.id !== workshopId);
    expect(copy).toMatchObject({ scope: { title: `${TITLE} (copy)`, date: DATE } });
  });

  it('moves to the Trash with Undo, restores, and deletes forever only after confirming', async () => {
    const page = session.page;
    const copyTitle = `${TITLE} (copy)`;
    await openApp(page, server.url, '/', 'Your workshops');
    await page.getByRole('button', { name: `Move to Trash ${copyTitle}` }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Moved to the Trash' });
    await banner.waitFor({ timeout: UI_TIMEOUT });
    expect(await banner.textContent()).toContain(`‘${copyTitle}’ is in the Trash`);
    expect(await page.getByRole('link', { name: copyTitle }).count()).toBe(0);
    await assertNoAxeViolations(page, 'Home with the Trash banner');
    await screenshot(page, 'foundation-home-trash-banner');

    await banner.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: copyTitle }).waitFor();
    await page.getByRole('button', { name: `Move to Trash ${copyTitle}` }).click();
    await banner.waitFor();
    await page.getByRole('link', { name: 'Trash (1 workshop)' }).click();

    await page.getByRole('heading', { name: 'Trash', level: 1 }).waitFor();
    const row = page.getByRole('row').filter({ hasText: copyTitle });
    await row.waitFor();
    await assertNoAxeViolations(page, 'Trash');
    await screenshot(page, 'foundation-trash');

    await page.getByRole('button', { name: `Restore ${copyTitle}` }).click();
    await page.getByText('The Trash is empty.').waitFor();
    await openApp(page, server.url, '/', 'Your workshops');
    await page.getByRole('link', { name: copyTitle }).waitFor();
    await page.getByRole('button', { name: `Move to Trash ${copyTitle}` }).click();
    await banner.waitFor();
    await waitForSaved(page);

    await openApp(page, server.url, '/trash', 'Trash');
    await page.getByRole('button', { name: `Delete forever ${copyTitle}` }).click();
    const dialog = page.getByRole('alertdialog', { name: `Delete ‘${copyTitle}’ forever?` });
    await dialog.waitFor();
    await assertNoAxeViolations(page, 'Trash with the delete confirmation');
    await screenshot(page, 'foundation-trash-confirm');
    // Asking is not deleting: Cancel keeps it, on screen and on disk.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.count()).toBe(0);
    expect(await row.count()).toBe(1);
    expect((await readDatabase(page)).workshops).toHaveLength(2);

    await page.getByRole('button', { name: `Delete forever ${copyTitle}` }).click();
    await dialog.getByRole('button', { name: 'Yes, delete forever' }).click();
    await page.getByText('The Trash is empty.').waitFor();
    await expect
      .poll(async () => (await readDatabase(page)).workshops.map((w) => w.id))
      .toEqual([workshopId]);
    await page.reload();
    await page.getByText('The Trash is empty.').waitFor({ timeout: UI_TIMEOUT });
  });

  it('creates a workshop from Home with the keyboard alone', async () => {
    const page = session.page;
    await openApp(page, server.url, '/', 'Your workshops');
    await focusByTab(page, page.getByRole('button', { name: 'New workshop' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New workshop', level: 1 }).waitFor();
    // The title box takes focus on arrival, so typing goes straight in.
    await page.keyboard.type('Stroke pathway nursing 2026');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    await waitForSaved(page);
    const titles = (await readDatabase(page)).workshops.map(
      (w) => (w.scope as { title: string }).title,
    );
    expect(titles.sort()).toEqual([TITLE, 'Stroke pathway nursing 2026']);
  });

  it('logged no console errors and made no request off 127.0.0.1', () => {
    expect(session.problems()).toBe('');
  });
});
