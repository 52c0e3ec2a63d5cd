// Keyboard helpers for tables of read-only cells that open a control in place when focused
// (renderer/src/components/EditableCell.tsx). A cell is a button named "<label>: <value>";
// once focused it becomes a control named "<label>", so these helpers Tab until the focused
// element carries that name rather than waiting on an element that is replaced.
import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT, type DateFieldOrder } from './e2eApp';

/** The read-only cell whose accessible name starts with "<label>: ". */
export const cell = (page: Page, label: string): Locator =>
  page.locator(`button[aria-label^=${JSON.stringify(`${label}: `)}]`);

/** The value a read-only cell shows ('' when it shows its placeholder for an empty value). */
export const cellText = async (page: Page, label: string): Promise<string> => {
  const text = cell(page, label).locator('.app-cell__text');
  if ((await text.getAttribute('class'))?.includes('app-cell__text--empty')) return '';
  return ((await text.textContent()) ?? '').trim();
};

const controlHasFocus = (page: Page, label: string): Promise<boolean> =>
  page.evaluate((l) => document.activeElement?.getAttribute('aria-label') === l, label);

/** Tabs (or Shift+Tabs) to the cell called `label` until its control is open and focused. */
export const focusCell = async (page: Page, label: string, maxPresses = 400): Promise<void> => {
  if (await controlHasFocus(page, label)) return;
  const target = cell(page, label);
  await target.waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  const backwards = await target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await controlHasFocus(page, label)) return;
  }
  throw new Error(`Pressed Tab ${String(maxPresses)} times without opening the cell "${label}"`);
};

/** Opens a text cell by keyboard and replaces its text (saved when focus moves on). */
export const typeIntoCell = async (page: Page, label: string, text: string): Promise<void> => {
  await focusCell(page, label);
  await page.keyboard.press('Control+A');
  if (text === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(text);
};

/** Opens a date cell by keyboard and types `iso` (YYYY-MM-DD) box by box. */
export const typeDateInCell = async (
  page: Page,
  label: string,
  iso: string,
  order: DateFieldOrder,
): Promise<void> => {
  const [year = '', month = '', day = ''] = iso.split('-');
  await focusCell(page, label);
  // Opening the cell focuses the date's first box, whichever way Tab came in.
  const parts =
    order === 'mdy'
      ? [month, day, year]
      : order === 'dmy'
        ? [day, month, year]
        : [year, month, day];
  await page.keyboard.type(parts.join(''));
};

/** Opens a menu cell by keyboard and moves to the option with this text by arrow keys. */
export const chooseInCell = async (page: Page, label: string, option: string): Promise<void> => {
  await focusCell(page, label);
  for (let step = 0; step < 40; step += 1) {
    const { from, to } = await page.evaluate((wanted) => {
      const select = document.activeElement as HTMLSelectElement;
      return {
        from: select.selectedIndex,
        to: [...select.options].findIndex((o) => o.text.trim() === wanted),
      };
    }, option);
    if (to < 0) throw new Error(`The cell "${label}" has no option "${option}"`);
    if (from === to) return;
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`Could not choose "${option}" in the cell "${label}"`);
};
