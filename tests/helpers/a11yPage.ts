// Page helpers for the accessibility end-to-end tests: driving the capture steps by keyboard,
// watching where focus goes and what live regions announce, and measuring what axe cannot.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { describeFocus, openApp, UI_TIMEOUT, workshopIdFromUrl } from './e2eApp';

/** Helpers bound to the test file's page and server (both start in `beforeAll`, so getters). */
export const a11yHelpers = (page: () => Page, url: () => string) => {
  /** Creates a workshop through the New workshop page and returns its id. */
  const newWorkshop = async (title: string): Promise<string> => {
    await openApp(page(), url(), '/new');
    await page().getByLabel('Workshop title', { exact: true }).fill(title);
    await page().keyboard.press('Enter');
    await page().waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    return workshopIdFromUrl(page());
  };

  const openStep = (id: string, step: string, heading: string): Promise<void> =>
    openApp(page(), url(), `/workshops/${id}/${step}`, heading);

  const captureBox = (point: string): Locator =>
    page().getByLabel(`Add to ${point}`, { exact: true });
  const cardList = (point: string): Locator => page().getByRole('list', { name: `${point} cards` });
  /** The card (list item) holding this text. */
  const card = (text: string): Locator =>
    page()
      .locator('.app-card')
      .filter({ has: page().getByText(text, { exact: true }) });

  const addCards = async (point: string, texts: readonly string[]): Promise<void> => {
    for (const text of texts) {
      await captureBox(point).fill(text);
      await captureBox(point).press('Enter');
      await cardList(point).getByText(text, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
    }
  };

  /** True when focus is on `target` or inside it. */
  const focusWithin = (target: Locator): Promise<boolean> =>
    target.evaluate((el) => el.contains(document.activeElement));

  const focusIsOnBody = (): Promise<boolean> =>
    page().evaluate(
      () => document.activeElement === null || document.activeElement === document.body,
    );

  /** Waits (briefly) for focus to settle inside `target`, then says whether it did. */
  const expectFocusWithin = async (target: Locator, what: string): Promise<void> => {
    await expect
      .poll(() => focusWithin(target), {
        timeout: 3_000,
        message: `focus should be on ${what}, but is on ${await describeFocus(page())}`,
      })
      .toBe(true);
  };

  const expectFocusOnHeading = async (heading: string): Promise<void> => {
    const h1 = page().getByRole('heading', { name: heading, level: 1 });
    await h1.waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(() => h1.evaluate((el) => el === document.activeElement), {
        timeout: 3_000,
        message: `focus should be on the heading "${heading}", but is on ${await describeFocus(page())}`,
      })
      .toBe(true);
  };

  /** Puts focus on a control and presses a key on it (Enter by default), as a keyboard user would. */
  const pressWithKeyboard = async (target: Locator, key = 'Enter'): Promise<void> => {
    await target.focus();
    await page().keyboard.press(key);
  };

  /** Counts changes to every live region (status, alert, aria-live) from now on. */
  const startCountingAnnouncements = (): Promise<void> =>
    page().evaluate(() => {
      const w = window as unknown as { __announcements: string[]; __observer?: MutationObserver };
      w.__observer?.disconnect();
      w.__announcements = [];
      const live = (node: Node | null): Element | null => {
        const el = node instanceof Element ? node : (node?.parentElement ?? null);
        return el?.closest('[aria-live], [role="status"], [role="alert"]') ?? null;
      };
      w.__observer = new MutationObserver((records) => {
        for (const r of records) {
          const region = live(r.target);
          if (region && region.getAttribute('aria-live') !== 'off') {
            w.__announcements.push(region.textContent.trim());
          }
        }
      });
      w.__observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });

  const announcements = (): Promise<string[]> =>
    page().evaluate(() => (window as unknown as { __announcements: string[] }).__announcements);

  const fontSize = (target: Locator): Promise<number> =>
    target.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  const scrollWidth = (): Promise<number> =>
    page().evaluate(() => document.documentElement.scrollWidth);

  /** WCAG relative-luminance contrast between two computed CSS colours. */
  const contrast = (a: string, b: string): number => {
    const lum = (css: string): number => {
      const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
      const ch = (v: number): number => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(bl);
    };
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  /** The focus ring of the focused element: a visible outline's colour, or null. */
  const focusOutline = (): Promise<string | null> =>
    page().evaluate(() => {
      const el = document.activeElement;
      if (!el) return null;
      const s = getComputedStyle(el);
      const visible =
        s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) >= 2 &&
        !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(s.outlineColor);
      return visible ? s.outlineColor : null;
    });
  return {
    newWorkshop,
    openStep,
    captureBox,
    cardList,
    card,
    addCards,
    focusWithin,
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
  };
};
