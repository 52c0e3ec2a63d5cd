// The bundled user guide (issue 12) in a real browser: the Help link in the header reaches it
// (and only then is the guide's code loaded, so Home stays light); every page shows its title and
// the headings from the guide's data, passes axe, never scrolls sideways at 320 CSS px, and makes
// no request off this machine. Keyboard shortcuts use this computer's keys; About shows the
// version and each third-party licence. Screenshots at 1280 and 320 px are for people to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '@shared/version';
import { HELP_TOPICS } from '../../renderer/src/features/help/content';
import { SHORTCUT_GROUPS } from '../../renderer/src/features/help/content/shortcuts';
import licences from '../../renderer/src/features/help/licences.json';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { openApp, UI_TIMEOUT } from '../helpers/e2eApp';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';

let server: StaticServer;
let session: BrowserSession;
const page = (): Page => session.page;

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser({ viewport: { width: 1280, height: 900 } });
}, 60_000);

afterAll(async () => {
  await session.close();
  await server.close();
});

const h1 = (): Promise<string> => page().locator('main h1').innerText();
const h2s = (): Promise<string[]> => page().locator('main h2').allInnerTexts();
const scrollWidth = (): Promise<number> =>
  page().evaluate(() => document.documentElement.scrollWidth);

/** Axe at 1280 px, then no sideways scrolling at 320 px, with a screenshot at each width. */
const checkPage = async (name: string): Promise<void> => {
  await assertNoAxeViolations(page(), name);
  await screenshot(page(), `help-${name}-1280`);
  await page().setViewportSize({ width: 320, height: 900 });
  try {
    expect(await scrollWidth(), `${name} at 320 px`).toBeLessThanOrEqual(320);
    await assertNoAxeViolations(page(), `${name} at 320 px`);
    await screenshot(page(), `help-${name}-320`);
  } finally {
    await page().setViewportSize({ width: 1280, height: 900 });
  }
};

describe('user guide', () => {
  it('opens from the Help link in the header, loading the guide only then', async () => {
    const scripts: string[] = [];
    page().on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openApp(page(), server.url, '/', 'Your workshops');
    expect(scripts.some((path) => path.includes('HelpRoutes'))).toBe(false);
    await page().getByRole('banner').getByRole('link', { name: 'Help', exact: true }).click();
    await page().getByRole('heading', { name: 'User guide', level: 1 }).waitFor({
      timeout: UI_TIMEOUT,
    });
    expect(scripts.some((path) => path.includes('HelpRoutes'))).toBe(true);
    expect(new URL(page().url()).hash).toBe('#/help');
    const help = page().getByRole('banner').getByRole('link', { name: 'Help', exact: true });
    await expect(help.getAttribute('aria-current')).resolves.toBe('page');
    const topics = await page().locator('main h2 a').allInnerTexts();
    expect(topics).toEqual(HELP_TOPICS.map((topic) => topic.title));
    await checkPage('contents');
  });

  it.each(HELP_TOPICS.map((topic) => [topic.slug, topic] as const))(
    'shows the %s topic with its headings',
    async (slug, topic) => {
      await openApp(page(), server.url, `/help/${slug}`, topic.title);
      expect(await h1()).toBe(topic.title);
      expect(await page().title()).toBe(`${topic.title} – User guide – Star Workshop`);
      const headings = await h2s();
      expect(headings.slice(0, topic.sections.length)).toEqual(
        topic.sections.map((section) => section.heading),
      );
      await checkPage(slug);
    },
  );

  it('goes from a topic to the next with the pagination and back to the contents', async () => {
    const [first, second] = HELP_TOPICS;
    if (!first || !second) throw new Error('The guide needs at least two topics');
    await openApp(page(), server.url, `/help/${first.slug}`, first.title);
    const guidePages = page().getByRole('navigation', { name: 'Guide pages' });
    await guidePages.getByRole('link', { name: new RegExp(`^Next.*${second.title}$`) }).click();
    await page().getByRole('heading', { name: second.title, level: 1 }).waitFor();
    await page().getByRole('link', { name: 'Back to the user guide' }).click();
    await page().getByRole('heading', { name: 'User guide', level: 1 }).waitFor();
  });

  it('hides the Help link in presentation mode, where the room needs no chrome', async () => {
    await openApp(page(), server.url, '/new', 'New workshop');
    await page().getByLabel('Workshop title').fill('Help link check');
    await page().getByRole('button', { name: 'Create workshop' }).click();
    await page().getByRole('heading', { name: 'Scope', level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    const help = page().getByRole('banner').getByRole('link', { name: 'Help', exact: true });
    await expect(help.isVisible()).resolves.toBe(true);
    await page().getByRole('button', { name: 'Presentation mode' }).click();
    await help.waitFor({ state: 'hidden' });
    await page().keyboard.press('Escape');
    await help.waitFor({ state: 'visible' });
  });

  it('says a topic that does not exist is not found', async () => {
    await openApp(page(), server.url, '/help/no-such-topic', 'Page not found');
  });
});

describe('keyboard shortcuts', () => {
  it('lists every group of shortcuts, with Ctrl on this computer, and the menu keys', async () => {
    await openApp(page(), server.url, '/help/shortcuts', 'Keyboard shortcuts');
    expect(await h2s()).toEqual([
      ...SHORTCUT_GROUPS.map((group) => group.heading),
      'Menus in the desktop app',
    ]);
    const undo = page().getByRole('row', { name: /Undo the last change/ });
    await expect(undo.locator('kbd').allInnerTexts()).resolves.toEqual(['Ctrl', 'Z']);
    const redo = page().getByRole('row', { name: /^Ctrl \+ Shift \+ Z or Ctrl \+ Y Redo$/ });
    await expect(redo.count()).resolves.toBe(1);
    const menuTable = page().getByRole('table', { name: 'Menus in the desktop app' });
    await expect(
      menuTable
        .getByRole('row', { name: /Save the plan file$/ })
        .locator('kbd')
        .allInnerTexts(),
    ).resolves.toEqual(['Ctrl', 'S']);
    await checkPage('shortcuts');
  });
});

describe('about', () => {
  it('shows the name, version, the HEE Star, privacy and every third-party licence', async () => {
    await openApp(page(), server.url, '/help/about', 'About Star Workshop');
    await expect(page().getByTestId('app-version').innerText()).resolves.toBe(APP_VERSION);
    await page().getByText('HEE Star (NHS England STAR)').waitFor();
    expect(await h2s()).toEqual(['Privacy', 'Third-party licences']);
    const listed = await page().locator('.app-help__licences > li strong').allInnerTexts();
    expect(listed).toEqual([...licences.packages, ...licences.assets].map((item) => item.name));
    const dejavu = page().getByText('Licence text for DejaVu fonts', { exact: false });
    await dejavu.click();
    await page().getByText('Bitstream Vera Fonts Copyright').waitFor();
    await checkPage('about');
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
