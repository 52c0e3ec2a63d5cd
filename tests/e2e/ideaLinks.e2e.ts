// Idea numbers and idea links in the built app (issue 8 items 3 and 4): ideas captured out of
// Star order keep the numbers they were given, an action written in the facilitator's own
// words is linked to two ideas from its details, an idea is linked from the waiting list, and
// "Ideas without an action" shrinks each time. Screenshots at 1280 and 320 px.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import {
  addCardsByKeyboard,
  chooseOption,
  openApp,
  pressButton,
  readDatabase,
  setCheckbox,
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
const waiting = () => page().getByRole('heading', { name: /^Ideas without an action/ });

/** Captured in this order, so numbered 1, 2, 3 whatever point each is on. */
const IDEAS: readonly (readonly [string, string])[] = [
  ['New roles', 'Physician associates in ED'],
  ['Supply', 'International recruitment'],
  ['New ways of working', 'Rota redesign for nights'],
];

describe('idea numbers and links in Chromium', () => {
  it('links ideas to an existing action from both sides', async () => {
    await page().setViewportSize({ width: 1280, height: 900 });
    await openApp(page(), server.url, '/');
    await pressButton(page(), page().getByRole('button', { name: 'New workshop', exact: true }));
    await page().getByLabel('Workshop title', { exact: true }).waitFor();
    await page().keyboard.type('ED idea links');
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { name: 'Scope', level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    const id = workshopIdFromUrl(page());

    await openApp(page(), server.url, `/workshops/${id}/ideas`, 'Ideas');
    for (const [point, text] of IDEAS) await addCardsByKeyboard(page(), point, [text]);
    await waitForSaved(page());
    const stored = await readDatabase(page());
    const numberOf = new Map(stored.cards.map((c) => [c.text, c.number]));
    expect(IDEAS.map(([, text]) => numberOf.get(text))).toEqual([1, 2, 3]);

    await openApp(page(), server.url, `/workshops/${id}/actions`, 'Action plan');
    const form = page().getByRole('form', { name: 'Add an action' });
    await typeInto(page(), form.getByLabel('Action', { exact: true }), 'Workforce business case');
    await chooseOption(page(), form.getByLabel('Star point'), 'Supply');
    await pressButton(page(), form.getByRole('button', { name: 'Add action' }));
    await expect.poll(() => waiting().textContent()).toContain('(3)');
    await screenshot(page(), 'idea-links-1280-waiting');

    await pressButton(
      page(),
      page().getByRole('button', { name: /Details\s*of ‘Workforce business case’/ }),
    );
    const group = page().getByRole('group', { name: 'Ideas this action takes forward' });
    await setCheckbox(page(), group.getByRole('checkbox', { name: /^Idea 1: / }), true);
    await setCheckbox(page(), group.getByRole('checkbox', { name: /^Idea 3: / }), true);
    await expect.poll(() => waiting().textContent()).toContain('(1)');
    await waitForSaved(page());
    await assertNoAxeViolations(page(), 'idea links: action details');
    await screenshot(page(), 'idea-links-1280-detail');

    await pressButton(page(), page().getByRole('button', { name: 'Close details' }));
    await chooseOption(
      page(),
      page().getByLabel('Link Idea 2 to an existing action', { exact: true }),
      'Workforce business case',
    );
    await pressButton(page(), page().getByRole('button', { name: /^Link\s*Idea 2/ }));
    await waiting().waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    await waitForSaved(page());
    const after = await readDatabase(page());
    const ids = new Map(after.cards.map((c) => [c.text, c.id]));
    expect(after.actions[0]?.ideaIds).toEqual([
      ids.get('Physician associates in ED'),
      ids.get('Rota redesign for nights'),
      ids.get('International recruitment'),
    ]);
  });

  it('fits the waiting list and its link control on a 320 px screen', async () => {
    await page().setViewportSize({ width: 320, height: 800 });
    await pressButton(
      page(),
      page().getByRole('button', { name: /Details\s*of ‘Workforce business case’/ }),
    );
    const group = page().getByRole('group', { name: 'Ideas this action takes forward' });
    await setCheckbox(page(), group.getByRole('checkbox', { name: /^Idea 2: / }), false);
    await waiting().waitFor({ timeout: UI_TIMEOUT });
    await waitForSaved(page());
    // The action table (another screen's) may scroll inside its own box; these must not.
    for (const part of [page().getByRole('region', { name: /^Ideas without an action/ }), group]) {
      const box = await part.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 320, String(box?.width)).toBe(true);
    }
    await assertNoAxeViolations(page(), 'idea links at 320 px');
    await screenshot(page(), 'idea-links-320');
  });
});
