// Page helpers for the end-to-end journeys: drive the built app the way a keyboard user does
// (Tab to a control named X, then type, Enter, Space or arrows), wait for the save status the
// user trusts, and read IndexedDB directly to check what actually reached the disk.
import type { ElementHandle, Locator, Page } from 'playwright-core';

/** Generous, because CI runs these on a busy 2-core machine next to other jobs. */
export const UI_TIMEOUT = 20_000;

/**
 * Opens `route` (e.g. '/new' or '/workshops/<id>/scope') and waits for its main heading, or
 * for any heading when `heading` is not given. Name the heading when only the hash changes:
 * the old page's heading is still on screen until the app re-renders.
 */
export const openApp = async (
  page: Page,
  baseUrl: string,
  route = '/',
  heading?: string,
): Promise<void> => {
  await page.goto(`${baseUrl}#${route}`, { waitUntil: 'load' });
  const h1 =
    heading === undefined
      ? page.locator('h1').first()
      : page.getByRole('heading', { name: heading, level: 1, exact: true });
  await h1.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
};

/** The header's save status ("Saving…", "Saved", or a failure). */
export const saveStatus = (page: Page): Locator => page.locator('[data-save-state]');

/**
 * Waits until the header says "Saved": every edit so far is in a completed strict IndexedDB
 * transaction. Edits flip the status to "Saving…" synchronously, so a "Saved" seen after an
 * edit has returned is that edit's own.
 */
export const waitForSaved = async (page: Page, timeout = UI_TIMEOUT): Promise<void> => {
  await page
    .locator('[data-save-state="saved"]')
    .filter({ hasText: 'Saved' })
    .waitFor({ state: 'visible', timeout });
};

/** A short description of the focused element, for failure messages. */
export const describeFocus = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (nothing focused)';
    const forLabel = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    const label = el.getAttribute('aria-label') ?? forLabel?.textContent ?? el.textContent;
    return `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}> ${label.trim().slice(0, 80)}`;
  });

const hasFocus = (handle: ElementHandle): Promise<boolean> =>
  handle.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/**
 * Presses Tab (or Shift+Tab when the target comes before the focused element) until `target`
 * has focus, as a keyboard user would. Fails, naming what had focus, after `maxPresses`.
 * Returns how many key presses it took.
 */
export const focusByTab = async (
  page: Page,
  target: Locator,
  maxPresses = 400,
): Promise<number> => {
  await target.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  const handle = await target.elementHandle({ timeout: UI_TIMEOUT });
  try {
    const backwards = await handle.evaluate((el) => {
      const active = document.activeElement;
      if (!active || active === document.body || active === el) return false;
      return (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    });
    const key = backwards ? 'Shift+Tab' : 'Tab';
    for (let presses = 0; presses <= maxPresses; presses += 1) {
      if (await hasFocus(handle)) return presses;
      await page.keyboard.press(key);
    }
    throw new Error(
      `Pressed ${key} ${String(maxPresses)} times without reaching ${String(target)}; focus is on ${await describeFocus(page)}`,
    );
  } finally {
    await handle.dispose();
  }
};

/** Tabs to a button (or a link styled as one) and activates it with Enter. */
export const pressButton = async (page: Page, target: Locator): Promise<void> => {
  await focusByTab(page, target);
  await page.keyboard.press('Enter');
};

/** Tabs to a text box and replaces its contents by typing (Ctrl+A selects what is there). */
export const typeInto = async (page: Page, target: Locator, text: string): Promise<void> => {
  await focusByTab(page, target);
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
};

/** Tabs to a checkbox and presses Space if it is not already in the wanted state. */
export const setCheckbox = async (page: Page, target: Locator, checked: boolean): Promise<void> => {
  await focusByTab(page, target);
  if ((await target.isChecked()) !== checked) await page.keyboard.press('Space');
};

/**
 * Tabs to a closed <select> and moves to the option with this label using the arrow keys
 * (each step fires a change, as it does for a keyboard user). Focus is checked before every
 * key, because a change can re-sort a table and move the select's row.
 */
export const chooseOption = async (page: Page, target: Locator, label: string): Promise<void> => {
  for (let step = 0; step < 30; step += 1) {
    await focusByTab(page, target);
    const { from, to } = await target.evaluate((el, wanted) => {
      const select = el as HTMLSelectElement;
      return {
        from: select.selectedIndex,
        to: [...select.options].findIndex((o) => o.text.trim() === wanted),
      };
    }, label);
    if (to < 0) throw new Error(`${String(target)} has no option "${label}"`);
    if (from === to) return;
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`Could not choose "${label}" in ${String(target)}`);
};

/** Tabs to the "Add to <point>" box of a capture step and adds each card with Enter. */
export const addCardsByKeyboard = async (
  page: Page,
  pointLabel: string,
  texts: readonly string[],
): Promise<void> => {
  await focusByTab(page, page.getByLabel(`Add to ${pointLabel}`, { exact: true }));
  const list = page.getByRole('list', { name: `${pointLabel} cards` });
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await list.getByText(text, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  }
};

/** Follows the step footer's "Continue to …" link by keyboard and waits for the next step. */
export const continueTo = async (page: Page, stepLabel: string): Promise<void> => {
  await pressButton(
    page,
    page.getByRole('button', { name: `Continue to ${stepLabel.toLowerCase()}` }),
  );
  await page.getByRole('heading', { name: stepLabel, level: 1 }).waitFor({ timeout: UI_TIMEOUT });
};

/** True when `target` has keyboard focus. */
export const isFocused = (target: Locator): Promise<boolean> =>
  target.evaluate((el) => el === document.activeElement);

export type DateFieldOrder = 'mdy' | 'dmy' | 'ymd';

/**
 * The order of the day, month and year boxes in Chromium's date inputs, which follows the
 * browser's UI language (Debian's package ships only en-US, so month first). Found by typing
 * into a scratch input that is removed again, so the app's own fields see only real typing.
 */
export const dateFieldOrder = async (page: Page): Promise<DateFieldOrder> => {
  await page.evaluate(() => {
    const probe = document.createElement('input');
    probe.type = 'date';
    probe.id = 'e2e-date-probe';
    probe.style.position = 'fixed';
    probe.style.top = '0';
    document.body.append(probe);
  });
  const probe = page.locator('#e2e-date-probe');
  await probe.focus();
  await page.keyboard.type('11122003');
  const value = await probe.inputValue();
  await probe.evaluate((el) => {
    el.remove();
  });
  if (value === '2003-11-12') return 'mdy';
  if (value === '2003-12-11') return 'dmy';
  return 'ymd';
};

/**
 * Tabs into a date input and types `iso` (YYYY-MM-DD) box by box in the browser's order.
 * Chromium makes each box its own tab stop, so this leaves the field and Tabs back in to
 * start at the first box.
 */
export const typeDate = async (
  page: Page,
  target: Locator,
  iso: string,
  order: DateFieldOrder,
): Promise<void> => {
  const [year, month, day] = iso.split('-');
  if (year === undefined || month === undefined || day === undefined) {
    throw new Error(`Not a YYYY-MM-DD date: ${iso}`);
  }
  await focusByTab(page, target);
  // Whichever box Tab landed on, Shift+Tab out of the field and Tab back into its first box.
  const handle = await target.elementHandle();
  for (let i = 0; i < 4 && (await hasFocus(handle)); i += 1) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await handle.dispose();
  const parts =
    order === 'mdy'
      ? [month, day, year]
      : order === 'dmy'
        ? [day, month, year]
        : [year, month, day];
  await page.keyboard.type(parts.join(''));
};

export interface StoredRows {
  workshops: Record<string, unknown>[];
  participants: Record<string, unknown>[];
  cards: Record<string, unknown>[];
  actions: Record<string, unknown>[];
}

/**
 * Everything in the app's IndexedDB database, read with the raw API (not the app's code), so
 * the test sees what is on disk rather than what the app believes.
 */
export const readDatabase = (page: Page): Promise<StoredRows> =>
  page.evaluate(
    () =>
      new Promise<StoredRows>((resolve, reject) => {
        const open = indexedDB.open('star-workshop');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const db = open.result;
          const names = ['workshops', 'participants', 'cards', 'actions'] as const;
          const out: StoredRows = { workshops: [], participants: [], cards: [], actions: [] };
          const existing = names.filter((n) => db.objectStoreNames.contains(n));
          if (existing.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction([...existing], 'readonly');
          for (const name of existing) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = request.result as Record<string, unknown>[];
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => {
            db.close();
            reject(new Error(String(tx.error)));
          };
        };
      }),
  );

/** The workshop id in the current address (#/workshops/<id>/…). */
export const workshopIdFromUrl = (page: Page): string => {
  const match = /#\/workshops\/([^/?#]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on a workshop page: ${page.url()}`);
  return match[1];
};
