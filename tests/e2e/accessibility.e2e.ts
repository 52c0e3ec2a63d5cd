// What axe cannot see (issue 13, and issue 8 item 10): where focus goes after each card
// action and route change, how errors and the save state are announced, the Tab count of a
// full Ideas step, presentation-mode sizes for the back of the room, text spacing, the timer's
// spoken status, focus contrast on cards, reflow at 320 px, and "Saved" never shown beside
// text that cannot be saved. Each test drives the built app in Chromium as a user would.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { a11yHelpers } from '../helpers/a11yPage';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';
import { describeFocus, focusByTab, openApp, UI_TIMEOUT, waitForSaved } from '../helpers/e2eApp';

const PLAN_FILE = fileURLToPath(
  new URL('../fixtures/planfiles/v1-frailty-workshop.heestar', import.meta.url),
);
const POINTS = ['Supply', 'Upskilling', 'New roles', 'New ways of working', 'Leadership'] as const;

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

const page = (): Page => session.page;

const {
  newWorkshop,
  openStep,
  captureBox,
  cardList,
  card,
  addCards,
  focusIsOnBody,
  expectFocusWithin,
  expectFocusOnHeading,
  pressWithKeyboard,
  startCountingAnnouncements,
  announcements,
  fontSize,
  scrollWidth,
  contrast,
  focusOutline,
} = a11yHelpers(page, () => server.url);

describe('focus is never lost (WCAG 2.4.3)', () => {
  let id = '';
  beforeAll(async () => {
    id = await newWorkshop('Focus workshop');
    await openStep(id, 'current', 'Current activity');
    await addCards('Supply', ['Bank staff', 'Agency nurses', 'Locum doctors']);
    await addCards('Upskilling', ['ALS training']);
  });

  it('keeps focus on the card moved down to the end of its list', async () => {
    await pressWithKeyboard(card('Agency nurses').getByRole('button', { name: /^Down/ }));
    await expect
      .poll(() => cardList('Supply').locator('.app-card__text').last().textContent())
      .toBe('Agency nurses');
    await expectFocusWithin(card('Agency nurses'), 'the moved card');
  });

  it('keeps focus on the card moved up to the top of its list', async () => {
    // Second of three after the test above: one press takes it to the top, where Up is disabled.
    await pressWithKeyboard(card('Locum doctors').getByRole('button', { name: /^Up/ }));
    await expect
      .poll(() => cardList('Supply').locator('.app-card__text').first().textContent())
      .toBe('Locum doctors');
    await expectFocusWithin(card('Locum doctors'), 'the moved card');
  });

  it('follows a card moved to another point with the "Move to…" menu', async () => {
    const select = card('ALS training').getByRole('combobox');
    await select.focus();
    await page().keyboard.press('ArrowDown');
    await cardList('New roles')
      .getByText('ALS training', { exact: true })
      .waitFor({ timeout: UI_TIMEOUT });
    await expectFocusWithin(card('ALS training'), 'the card in its new point');
    // Focus stays on its menu, so the arrow keys carry on moving it, and back again.
    await expectFocusWithin(card('ALS training').getByRole('combobox'), 'the card’s move menu');
    await page().keyboard.press('ArrowDown');
    await cardList('New ways of working')
      .getByText('ALS training', { exact: true })
      .waitFor({ timeout: UI_TIMEOUT });
    await page().keyboard.press('ArrowUp');
    await cardList('New roles')
      .getByText('ALS training', { exact: true })
      .waitFor({ timeout: UI_TIMEOUT });
    await expectFocusWithin(card('ALS training').getByRole('combobox'), 'the card’s move menu');
  });

  it('returns focus to the card after Save card and after Escape', async () => {
    await pressWithKeyboard(card('Bank staff').getByRole('button', { name: /^Edit/ }));
    const editor = page().getByRole('textbox', { name: 'Edit card' });
    await editor.fill('Bank staff cover nights');
    await page().getByRole('button', { name: 'Save card' }).click();
    await card('Bank staff cover nights').waitFor();
    await expectFocusWithin(card('Bank staff cover nights'), 'the saved card');

    await pressWithKeyboard(card('Bank staff cover nights').getByRole('button', { name: /^Edit/ }));
    await page().getByRole('textbox', { name: 'Edit card' }).press('Escape');
    await expectFocusWithin(card('Bank staff cover nights'), 'the card after Escape');
  });

  it('moves focus to the next card after Delete, and to the capture box after the last', async () => {
    const order = await cardList('Supply').locator('.app-card__text').allTextContents();
    const [first, second] = order;
    if (first === undefined || second === undefined) throw new Error('Supply has cards');
    await pressWithKeyboard(card(first).getByRole('button', { name: /^Delete/ }));
    await card(first).waitFor({ state: 'detached' });
    await expectFocusWithin(card(second), 'the next card');

    await pressWithKeyboard(card('ALS training').getByRole('button', { name: /^Delete/ }));
    await card('ALS training').waitFor({ state: 'detached' });
    await expectFocusWithin(captureBox('New roles'), 'the New roles capture box');
  });

  it('puts focus on the page heading after Back to workshop steps, Home and Import', async () => {
    await page().getByRole('link', { name: 'Back to workshop steps' }).click();
    await expectFocusOnHeading('Focus workshop');
    await page().getByRole('link', { name: 'Back to your workshops' }).click();
    await expectFocusOnHeading('Your workshops');
    const chooser = page().waitForEvent('filechooser', { timeout: UI_TIMEOUT });
    await page().getByRole('button', { name: 'Open a plan file' }).click();
    await (await chooser).setFiles(PLAN_FILE);
    await page().waitForURL(/#\/import$/, { timeout: UI_TIMEOUT });
    await expectFocusOnHeading('Open a plan file');
    expect(await focusIsOnBody()).toBe(false);
  });
});

describe('errors and the save state are announced once (WCAG 4.1.3)', () => {
  let id = '';
  beforeAll(async () => {
    id = await newWorkshop('Announcements workshop');
  });

  /** The field is marked invalid, points at its message, and the message is announced. */
  const expectAnnouncedError = async (field: Locator, message: string): Promise<void> => {
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const described = await page().evaluate(
      (ids) => ids.map((i) => document.getElementById(i)?.textContent ?? '').join(' '),
      describedBy.split(/\s+/).filter(Boolean),
    );
    expect(described).toContain(message);
    const alert = page().getByRole('alert').filter({ hasText: message });
    expect(await alert.count()).toBe(1);
  };

  it('announces an empty capture box, and an emptied card edit, keeping what was typed', async () => {
    await openStep(id, 'current', 'Current activity');
    await captureBox('Supply').focus();
    await page().keyboard.press('Enter');
    await expectAnnouncedError(captureBox('Supply'), 'Enter the card text');

    await addCards('Supply', ['Bank staff']);
    await card('Bank staff').getByRole('button', { name: /^Edit/ }).click();
    const editor = page().getByRole('textbox', { name: 'Edit card' });
    await editor.fill('   ');
    await editor.press('Enter');
    await expectAnnouncedError(editor, 'Enter the card text');
    expect(await editor.inputValue()).toBe('   ');
    await editor.press('Escape');
  });

  it('announces a timer length that is not a number of minutes, keeping the typed text', async () => {
    const minutes = page().getByLabel('Timer length in minutes');
    await minutes.fill('ten');
    await minutes.press('Enter');
    await expectAnnouncedError(minutes, 'Enter a number of minutes from 1 to 180');
    expect(await minutes.inputValue()).toBe('ten');
  });

  it('does not announce the save state on every keystroke', async () => {
    await openStep(id, 'scope', 'Scope');
    const sponsor = page().getByLabel('Sponsor', { exact: true });
    await sponsor.focus();
    await waitForSaved(page()).catch(() => undefined);
    await startCountingAnnouncements();
    await page().keyboard.type('Chief Nurse', { delay: 60 });
    await page().waitForTimeout(2_000);
    const heard = await announcements();
    console.info(`live-region changes for 11 characters typed in Sponsor: ${heard.length}`);
    expect(heard.length).toBeLessThanOrEqual(2);
    expect(heard.at(-1)).toBe('Saved');
    expect((await page().locator('[data-save-state]').textContent())?.trim()).toBe('Saved');
  });
});

describe('"Saved" never sits beside text that cannot be saved (issue 8, item 10)', () => {
  it('says "Not saved" while a field is too long, links to it, and counts characters', async () => {
    const id = await newWorkshop('Limits workshop');
    await openStep(id, 'scope', 'Scope');
    const population = page().getByLabel('Population served', { exact: true });
    await population.fill('x'.repeat(1_990));
    await waitForSaved(page());
    const count = page().getByText('You have 10 characters remaining');
    await count.waitFor({ timeout: UI_TIMEOUT });

    await population.press('End');
    await page().keyboard.type('y'.repeat(15));
    await page().getByText('You have 5 characters too many').waitFor({ timeout: UI_TIMEOUT });
    const status = page().locator('[data-save-state]');
    await expect.poll(() => status.textContent()).toContain('Not saved: 1 field needs attention');
    expect(await status.textContent()).not.toMatch(/^Saved/);

    await screenshot(page(), 'a11y-not-saved');
    await page()
      .getByRole('button', { name: /Not saved: 1 field needs attention/ })
      .click();
    expect(await population.evaluate((el) => el === document.activeElement)).toBe(true);

    // Back within the limit: saved again, and what is stored is what is shown.
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await page().keyboard.press('Backspace');
    await waitForSaved(page());
    expect((await status.textContent())?.trim()).toBe('Saved');
  });
});

describe('fewer Tab presses on a full Ideas step (WCAG 2.4.1)', () => {
  let id = '';
  beforeAll(async () => {
    id = await newWorkshop('Tab count workshop');
    await openStep(id, 'ideas', 'Ideas');
    for (const point of POINTS) {
      await addCards(
        point,
        [1, 2, 3].map((n) => `${point} idea ${String(n)}`),
      );
    }
    await waitForSaved(page());
  });

  it('reaches Continue from the heading in 40 Tab presses or fewer with 15 cards', async () => {
    await openStep(id, 'ideas', 'Ideas');
    await page().getByRole('heading', { name: 'Ideas', level: 1 }).focus();
    const presses = await focusByTab(
      page(),
      page().getByRole('button', { name: 'Continue to prioritise' }),
      200,
    );
    console.info(`Tab presses from the Ideas heading to Continue with 15 cards: ${presses}`);
    expect(presses).toBeLessThanOrEqual(40);
  });

  it('skips straight to a point’s capture box', async () => {
    await page().getByRole('heading', { name: 'Ideas', level: 1 }).focus();
    const link = page().getByRole('link', { name: 'Skip to Add to Leadership' });
    await focusByTab(page(), link, 40);
    await page().keyboard.press('Enter');
    expect(await captureBox('Leadership').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );
  });

  it('keeps every card operation on the keyboard: arrows between cards and actions', async () => {
    const list = cardList('Upskilling');
    await focusByTab(page(), list.locator('.app-card').first(), 60);
    await page().keyboard.press('ArrowDown');
    await expectFocusWithin(card('Upskilling idea 2'), 'the second card');
    // Right arrow walks the card's actions: Edit, Up, Down, Move, Tags, Delete.
    await page().keyboard.press('ArrowRight');
    expect(await describeFocus(page())).toContain('Edit');
    await page().keyboard.press('ArrowRight');
    expect(await describeFocus(page())).toContain('Up');
    await page().keyboard.press('Enter');
    await expect
      .poll(() => list.locator('.app-card__text').first().textContent())
      .toBe('Upskilling idea 2');
    await expectFocusWithin(card('Upskilling idea 2'), 'the moved card');
    for (let i = 0; i < 6; i += 1) await page().keyboard.press('ArrowRight');
    expect(await describeFocus(page())).toContain('Delete');
    await page().keyboard.press('Escape');
    await expectFocusWithin(card('Upskilling idea 2'), 'the card');
    await page().keyboard.press('Enter');
    await page().getByRole('textbox', { name: 'Edit card' }).waitFor();
    await page().keyboard.press('Escape');
    await assertNoAxeViolations(page(), 'Ideas with 15 cards');
  });
});

describe('presentation mode for the back of the room', () => {
  let id = '';
  beforeAll(async () => {
    id = await newWorkshop('Presenting workshop');
    await openStep(id, 'ideas', 'Ideas');
    await addCards('Supply', ['Return to practice', 'Overseas recruitment']);
    await openStep(id, 'prioritise', 'Prioritise');
    await page().getByRole('button', { name: 'Presentation mode' }).click();
  });

  afterAll(async () => {
    await page().keyboard.press('Escape');
  });

  it('shows body text at 28 px or more and idea numbers at 24 px or more', async () => {
    const lede = page().locator('.nhsuk-lede-text').first();
    console.info(`presenting: lede ${String(await fontSize(lede))} px`);
    expect(await fontSize(lede)).toBeGreaterThanOrEqual(28);
    const number = page().locator('.app-idea-number').first();
    console.info(`presenting: idea number ${String(await fontSize(number))} px`);
    expect(await fontSize(number)).toBeGreaterThanOrEqual(24);

    await openStep(id, 'ideas', 'Ideas');
    const text = page().locator('.app-card__text').first();
    console.info(`presenting: card text ${String(await fontSize(text))} px`);
    expect(await fontSize(text)).toBeGreaterThanOrEqual(28);
    await screenshot(page(), 'a11y-presenting-ideas');
  });

  it('keeps the save status on screen, and hides an empty timer box', async () => {
    expect(await page().locator('[data-save-state]').isVisible()).toBe(true);
    expect(await page().getByRole('region', { name: 'Step timer' }).isVisible()).toBe(false);
    await assertNoAxeViolations(page(), 'Ideas in presentation mode');
  });

  it('shows a save failure while projecting', async () => {
    // Make every IndexedDB write fail, as a full disk would.
    await page().evaluate(() => {
      const fail = (): never => {
        throw new DOMException('The disk is full', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = fail;
      IDBObjectStore.prototype.add = fail;
    });
    await addCards('Leadership', ['Named lead for the rota']);
    const failure = page().locator('[data-save-state="error"]');
    await failure.waitFor({ timeout: UI_TIMEOUT });
    expect(await failure.isVisible()).toBe(true);
    expect(await failure.getAttribute('role')).toBe('alert');
    await screenshot(page(), 'a11y-presenting-save-failure');
    await page().keyboard.press('Escape');
    await page().reload();
  });
});

describe('smaller findings', () => {
  let id = '';
  beforeAll(async () => {
    id = await newWorkshop('Small findings workshop');
    await openStep(id, 'current', 'Current activity');
    await addCards('New ways of working', ['Virtual ward', 'Same day emergency care']);
  });

  it('makes disabled Up and Down look different from enabled ones', async () => {
    const first = card('Virtual ward');
    const look = (name: RegExp) =>
      first.getByRole('button', { name }).evaluate((el) => {
        const s = getComputedStyle(el);
        return `${s.color}|${s.textDecorationLine}|${s.opacity}|${s.cursor}`;
      });
    expect(await first.getByRole('button', { name: /^Up/ }).isDisabled()).toBe(true);
    expect(await look(/^Up/)).not.toBe(await look(/^Down/));
  });

  it('does not clip the move menu with WCAG text spacing', async () => {
    // The CSP forbids inline <style>, so the bookmarklet's rules go in through the CSSOM.
    await page().evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const select = card('Virtual ward').getByRole('combobox');
    const { needed, available } = await select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      const style = getComputedStyle(s);
      const probe = document.createElement('span');
      probe.textContent = s.options[s.selectedIndex]?.text ?? '';
      probe.style.font = style.font;
      probe.style.letterSpacing = style.letterSpacing;
      probe.style.wordSpacing = style.wordSpacing;
      probe.style.whiteSpace = 'nowrap';
      probe.style.position = 'absolute';
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const inner = s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { needed: width, available: inner };
    });
    console.info(`move menu with text spacing: text ${needed} px in ${available} px`);
    expect(needed).toBeLessThanOrEqual(available + 0.5);
    await page().reload();
  });

  it('shows a dark focus ring on a card and on its actions (3:1 against the yellow card)', async () => {
    await openStep(id, 'current', 'Current activity');
    const background = await card('Virtual ward').evaluate(
      (el) => getComputedStyle(el).backgroundColor,
    );
    // The card is the list's one Tab stop; Right arrow reaches its first action.
    await focusByTab(page(), card('Virtual ward'), 60);
    const cardRing = await focusOutline();
    console.info(`card focus ring ${String(cardRing)} on ${background}`);
    expect(contrast(cardRing ?? '', background)).toBeGreaterThanOrEqual(3);
    await page().keyboard.press('ArrowRight');
    const ring = await focusOutline();
    await screenshot(page(), 'a11y-card-action-focus');
    console.info(`card action focus ring ${String(ring)} on ${background}`);
    expect(ring).not.toBeNull();
    expect(contrast(ring ?? '', background)).toBeGreaterThanOrEqual(3);
  });

  it('tells assistive technology the time left while the timer runs', async () => {
    const timer = page().getByRole('region', { name: 'Step timer' });
    await page().getByLabel('Timer length in minutes').fill('5');
    await page().getByRole('button', { name: 'Set timer' }).click();
    await startCountingAnnouncements();
    await timer.getByRole('button', { name: 'Start timer' }).click();
    await page().waitForTimeout(2_500);
    const status = timer.getByRole('status');
    expect(await status.textContent()).toMatch(/(4|5) minutes? (\d+ seconds? )?left/);
    // The big digits are not hidden from assistive technology.
    expect(await timer.locator('.app-timer__time').getAttribute('aria-hidden')).toBeNull();
    const heard = await announcements();
    console.info(`timer announcements in 2.5 s of running: ${heard.length}`);
    expect(heard.length).toBeLessThanOrEqual(1);
    await timer.getByRole('button', { name: 'Pause timer' }).click();
  });
});

describe('axe and reflow at 320 px on the screens changed here', () => {
  let id = '';
  beforeAll(async () => {
    id = await newWorkshop('Reflow workshop');
    await openStep(id, 'gaps', 'Gaps and challenges');
    await addCards('New ways of working', ['Handover takes 45 minutes']);
  });

  const screens = [
    ['scope', 'Scope'],
    ['current', 'Current activity'],
    ['gaps', 'Gaps and challenges'],
    ['ideas', 'Ideas'],
    ['review', 'Review and export'],
  ] as const;

  it('passes axe on the overview and each step at 1280 px', async () => {
    await openApp(page(), server.url, `/workshops/${id}`, 'Reflow workshop');
    await assertNoAxeViolations(page(), 'Workshop overview');
    for (const [step, heading] of screens) {
      await openStep(id, step, heading);
      await assertNoAxeViolations(page(), heading);
    }
  });

  it('never scrolls sideways at 320 px', async () => {
    await page().setViewportSize({ width: 320, height: 640 });
    try {
      const widths: string[] = [];
      for (const [step, heading] of screens) {
        await openStep(id, step, heading);
        const width = await scrollWidth();
        widths.push(`${heading} ${String(width)}`);
        await screenshot(page(), `a11y-320-${step}`);
        expect(width, heading).toBeLessThanOrEqual(320);
      }
      // Presentation mode reflows too.
      await page().getByRole('button', { name: 'Presentation mode' }).click();
      const presenting = await scrollWidth();
      widths.push(`Review presenting ${String(presenting)}`);
      await screenshot(page(), 'a11y-320-review-presenting');
      await page().keyboard.press('Escape');
      expect(presenting, 'presentation mode').toBeLessThanOrEqual(320);
      console.info(`scroll widths at 320 px: ${widths.join(', ')}`);
    } finally {
      await page().setViewportSize({ width: 1280, height: 800 });
    }
  });
});
