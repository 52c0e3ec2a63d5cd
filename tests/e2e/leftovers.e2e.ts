// Gaps closed after issues 8 and 13, in the built app: focus returns to the row after an
// action's details close (never <body>), typing past a limit in an action's details or a table
// cell turns the header's "Saved" into "Not saved", and a refused "Votes per person" is
// announced and kept. Screenshots at 1280 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import {
  addCardsByKeyboard,
  chooseOption,
  describeFocus,
  openApp,
  pressButton,
  typeInto,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
} from '../helpers/e2eApp';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';

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

const page = () => session.page;
const details = (title: string) =>
  page().getByRole('button', { name: new RegExp(`^Details\\s*of ‘${title}’$`) });
const focusedId = () => page().evaluate(() => document.activeElement?.id ?? '');
const notSaved = () =>
  page()
    .getByRole('banner')
    .getByRole('button', { name: /^Not saved: 1 field needs attention/ });

describe('leftovers in Chromium', () => {
  it('keeps focus on the action plan and says "Not saved" for refused text', async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    await openApp(page(), server.url, '/');
    await pressButton(page(), page().getByRole('button', { name: 'New workshop', exact: true }));
    await page().getByLabel('Workshop title', { exact: true }).waitFor();
    await page().keyboard.type('ED leftovers');
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { name: 'Scope', level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    const id = workshopIdFromUrl(page());

    await openApp(page(), server.url, `/workshops/${id}/actions`, 'Action plan');
    const form = page().getByRole('form', { name: 'Add an action' });
    for (const title of ['Recruit fellows', 'Rota redesign', 'Appoint an SAS lead']) {
      await typeInto(page(), form.getByLabel('Action', { exact: true }), title);
      await chooseOption(page(), form.getByLabel('Star point'), 'Supply');
      await pressButton(page(), form.getByRole('button', { name: 'Add action' }));
      await page().getByRole('heading', { name: 'Action details' }).waitFor();
      await pressButton(page(), page().getByRole('button', { name: 'Close details' }));
      await expect.poll(() => describeFocus(page())).toMatch(new RegExp(`Details of ‘${title}’`));
    }
    await waitForSaved(page());

    // Close: back to the row that opened the panel.
    await pressButton(page(), details('Rota redesign'));
    await page().getByRole('heading', { name: 'Action details' }).waitFor();
    const risks = page().getByLabel('Risks', { exact: true });
    await risks.fill('r'.repeat(2_005));
    await notSaved().waitFor({ timeout: UI_TIMEOUT });
    expect(await risks.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page(), 'leftovers-1280-detail-not-saved');
    await risks.fill('r'.repeat(2_000));
    await notSaved().waitFor({ state: 'detached' });
    await pressButton(page(), page().getByRole('button', { name: 'Close details' }));
    expect(await describeFocus(page())).toMatch(/Details of ‘Rota redesign’/);

    // Delete: on to the next row, and to the Actions heading when none is left.
    await pressButton(page(), details('Rota redesign'));
    await pressButton(page(), page().getByRole('button', { name: 'Delete this action' }));
    expect(await describeFocus(page())).toMatch(/Details of ‘Appoint an SAS lead’/);
    for (const title of ['Appoint an SAS lead', 'Recruit fellows']) {
      await pressButton(page(), details(title));
      await pressButton(page(), page().getByRole('button', { name: 'Delete this action' }));
    }
    expect(await focusedId()).toBe('');
    expect(await describeFocus(page())).toMatch(/^<h2> Actions/);
    await pressButton(page(), page().getByRole('button', { name: 'Undo', exact: true }));
    await details('Recruit fellows').waitFor();

    // A table cell: the refused owner stays, and the header links to it.
    const ownerCell = page().getByRole('button', { name: /^Owner of ‘Recruit fellows’/ });
    await ownerCell.click();
    const owner = page().getByRole('textbox', { name: /^Owner of ‘Recruit fellows’/ });
    await owner.fill('Consultant cardiologist and clinical lead '.repeat(5).trim()); // 209 characters
    await page().keyboard.press('Enter');
    await notSaved().waitFor({ timeout: UI_TIMEOUT });
    expect(await page().getByRole('alert').allTextContents()).toEqual([
      expect.stringMatching(/Owner/) as string,
    ]);
    await screenshot(page(), 'leftovers-1280-cell-not-saved');
    await page().keyboard.press('Escape');
    await notSaved().waitFor({ state: 'detached' });
  });

  it('announces a refused "Votes per person" and keeps what was typed', async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    const id = workshopIdFromUrl(page());
    await openApp(page(), server.url, `/workshops/${id}/ideas`, 'Ideas');
    await addCardsByKeyboard(page(), 'New roles', ['Physician associates']);
    await openApp(page(), server.url, `/workshops/${id}/prioritise`, 'Prioritise');
    const votes = page().getByLabel('Votes per person', { exact: true });
    await typeInto(page(), votes, 'lots');
    await pressButton(page(), page().getByRole('button', { name: 'Set votes' }));
    await notSaved().waitFor({ timeout: UI_TIMEOUT });
    expect(await page().getByRole('alert').count()).toBe(1);
    expect(await votes.getAttribute('aria-invalid')).toBe('true');
    expect(await votes.inputValue()).toBe('lots');
    await screenshot(page(), 'leftovers-1280-votes-error');
  });
});
