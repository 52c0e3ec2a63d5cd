// The Star board (issue 10): a second view of the same cards and actions. Every test builds
// its own workshop through the real UI, so each runs alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';
import {
  addCardsByKeyboard,
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
  session = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await session.close();
  await server.close();
});

/** A new workshop with a few cards on Supply and New roles; returns its id. */
const workshopWithCards = async (page: Page, title: string): Promise<string> => {
  await openApp(page, server.url, '/new');
  await page.getByLabel('Workshop title', { exact: true }).fill(title);
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
  const id = workshopIdFromUrl(page);
  await openApp(page, server.url, `/workshops/${id}/current`, 'Current activity');
  await addCardsByKeyboard(page, 'Supply', ['Bank staff cover nights']);
  await openApp(page, server.url, `/workshops/${id}/ideas`, 'Ideas');
  await addCardsByKeyboard(page, 'Supply', ['Return to practice scheme', 'Rotational posts']);
  await addCardsByKeyboard(page, 'New roles', ['Two physician associates']);
  await waitForSaved(page);
  return id;
};

/** Waits until the canvas has stopped moving (React Flow measures, then fits the view). */
const waitForStillBoard = async (page: Page): Promise<void> => {
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    const now = await transform();
    if (now !== '' && now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
  throw new Error('The board never stopped moving');
};

const openBoard = async (page: Page, id: string): Promise<void> => {
  await openApp(page, server.url, `/workshops/${id}/board`, 'Star board');
  await page.locator('.react-flow__node-card').first().waitFor({ timeout: UI_TIMEOUT });
  await waitForStillBoard(page);
};

const boardCard = (page: Page, text: string) =>
  page.locator('.app-board-card').filter({ hasText: text });

const storedCard = async (page: Page, text: string): Promise<Record<string, unknown>> => {
  // Earlier tests' workshops share the profile (and card texts): look in this one only.
  const workshopId = workshopIdFromUrl(page);
  const { cards } = await readDatabase(page);
  const card = cards.find((c) => c.text === text && c.workshopId === workshopId);
  if (!card) throw new Error(`No stored card "${text}"`);
  return card;
};

const boxOf = async (locator: ReturnType<Page['locator']>) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} is not on screen`);
  return box;
};

const zoneBox = async (page: Page, point: string) => {
  const box = await page.locator(`[data-zone="${point}"]`).boundingBox();
  if (!box) throw new Error(`Zone ${point} is not on screen`);
  return box;
};

/** Drags with the mouse in small steps, as a person does. */
const dragTo = async (page: Page, text: string, to: { x: number; y: number }): Promise<void> => {
  const box = await boardCard(page, text).boundingBox();
  if (!box) throw new Error(`Card "${text}" is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + 20, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
};

describe('the Star board', () => {
  it('shows the five points, the enablers and every card in its point, readable and axe-clean', async () => {
    const page = session.page;
    const id = await workshopWithCards(page, 'Board view');
    // Reachable from a step.
    await openApp(page, server.url, `/workshops/${id}/ideas`, 'Ideas');
    await page.getByRole('link', { name: 'Star board' }).click();
    await page.getByRole('heading', { name: /Star board/, level: 1 }).waitFor();
    await page.locator('.react-flow__node-card').first().waitFor({ timeout: UI_TIMEOUT });

    for (const label of ['Supply', 'Upskilling', 'New roles', 'New ways of working', 'Leadership'])
      await expect(page.locator('.app-board-zone__name', { hasText: label }).count()).resolves.toBe(
        1,
      );
    await expect(page.getByText('Enablers', { exact: true }).count()).resolves.toBe(1);
    // Each card sits inside its own point's zone.
    const supply = await zoneBox(page, 'supply');
    const card = await boxOf(boardCard(page, 'Return to practice scheme'));
    expect(card.x).toBeGreaterThanOrEqual(supply.x);
    expect(card.y + card.height).toBeLessThanOrEqual(supply.y + supply.height);
    // Kind is marked by word, not colour alone; a screen reader hears point, kind and text.
    await expect(boardCard(page, 'Bank staff cover nights').innerText()).resolves.toContain('Now');
    await expect(
      page.getByRole('group', { name: /^Idea 1 on Supply: Return to practice scheme/ }).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'board-1280');
    await assertNoAxeViolations(page, 'Star board');
    expect(session.problems()).toBe('');
  });

  it('adds a card from the toolbar, and the step shows it at once', async () => {
    const page = session.page;
    const id = await workshopWithCards(page, 'Board add');
    await openBoard(page, id);
    await page.getByLabel('Star point', { exact: true }).first().selectOption('leadership');
    await page.getByLabel('Card text', { exact: true }).fill('Clinical lead sponsors the change');
    await page.getByRole('button', { name: 'Add card' }).click();
    await boardCard(page, 'Clinical lead sponsors the change').waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(async () => (await storedCard(page, 'Clinical lead sponsors the change')).point)
      .toBe('leadership');
    // An empty card is refused with a message, and nothing is stored.
    await page.getByRole('button', { name: 'Add card' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Enter the card text');

    await page.getByRole('link', { name: 'Back to workshop steps' }).click();
    await openApp(page, server.url, `/workshops/${id}/ideas`, 'Ideas');
    await page
      .getByRole('list', { name: 'Leadership cards' })
      .getByText('Clinical lead sponsors the change', { exact: true })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });
  });

  it('moves a card to another point by mouse drag, and snaps it back when dropped outside', async () => {
    const page = session.page;
    const id = await workshopWithCards(page, 'Board drag');
    await openBoard(page, id);
    const leadership = await zoneBox(page, 'leadership');
    await dragTo(page, 'Rotational posts', {
      x: leadership.x + leadership.width / 2,
      y: leadership.y + leadership.height / 2,
    });
    await expect
      .poll(async () => (await storedCard(page, 'Rotational posts')).point)
      .toBe('leadership');
    expect((await storedCard(page, 'Rotational posts')).position).not.toBeNull();
    // The step shows the move too.
    await openApp(page, server.url, `/workshops/${id}/ideas`, 'Ideas');
    await page
      .getByRole('list', { name: 'Leadership cards' })
      .getByText('Rotational posts', { exact: true })
      .first()
      .waitFor({ timeout: UI_TIMEOUT });

    await openBoard(page, id);
    const before = await storedCard(page, 'Return to practice scheme');
    const centre = await page.locator('.app-board-centre').boundingBox();
    if (!centre) throw new Error('No centre');
    await dragTo(page, 'Return to practice scheme', {
      x: centre.x + centre.width / 2,
      y: centre.y + centre.height / 2,
    });
    await expect(page.getByText(/Dropped outside the Star/).count()).resolves.toBe(1);
    const after = await storedCard(page, 'Return to practice scheme');
    expect(after.point).toBe(before.point);
    expect(after.position).toEqual(before.position);
    // It is drawn back inside Supply.
    const supply = await zoneBox(page, 'supply');
    const box = await boxOf(boardCard(page, 'Return to practice scheme'));
    expect(box.y).toBeGreaterThanOrEqual(supply.y);
    expect(box.y + box.height).toBeLessThanOrEqual(supply.y + supply.height);
  });

  it('works by keyboard: arrows move a card, M opens its tools to move, link and delete; Undo restores', async () => {
    const page = session.page;
    const id = await workshopWithCards(page, 'Board keys');
    // An action to link to.
    await openApp(page, server.url, `/workshops/${id}/actions`, 'Action plan');
    await page.getByLabel('Action', { exact: true }).fill('Recruit two PAs');
    await page.locator('#new-action-point').selectOption({ label: 'New roles' });
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect
      .poll(async () => (await readDatabase(page)).actions.filter((a) => a.workshopId === id))
      .toHaveLength(1);
    await openBoard(page, id);

    const card = boardCard(page, 'Two physician associates');
    await card.focus();
    const start = (await storedCard(page, 'Two physician associates')).position;
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await storedCard(page, 'Two physician associates')).position)
      .not.toEqual(start);
    expect(await card.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('m');
    await page.getByRole('heading', { name: 'Idea 3 on New roles' }).waitFor();
    await page.getByLabel('Link to an action').selectOption({ label: 'Recruit two PAs' });
    await page.getByRole('button', { name: 'Link', exact: true }).click();
    await page.locator('.react-flow__edge').first().waitFor({ timeout: UI_TIMEOUT });
    const idea = await storedCard(page, 'Two physician associates');
    await expect
      .poll(async () =>
        JSON.stringify((await readDatabase(page)).actions.find((a) => a.workshopId === id)),
      )
      .toContain(String(idea.id));

    await page.getByLabel('Move to Star point').selectOption({ label: 'Upskilling' });
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect
      .poll(async () => (await storedCard(page, 'Two physician associates')).point)
      .toBe('upskilling');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Delete');
    await expect(card.count()).resolves.toBe(0);
    await page.keyboard.press('Control+z');
    await card.waitFor({ timeout: UI_TIMEOUT });
    await expect
      .poll(async () => (await storedCard(page, 'Two physician associates')).point)
      .toBe('upskilling');
    await screenshot(page, 'board-keyboard');
  });

  it('has an equivalent list view one button away, and filters, search and reveal', async () => {
    const page = session.page;
    const id = await workshopWithCards(page, 'Board list');
    await openBoard(page, id);
    await page.getByRole('button', { name: 'Show as list' }).click();
    await page.getByRole('heading', { name: /^Supply/, level: 2 }).waitFor();
    await expect(page.getByText('Idea 2:').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Show as board' }).click();
    await page.locator('.react-flow__node-card').first().waitFor();

    await page.getByLabel('Search cards and actions').fill('physician');
    await expect(page.locator('.app-board-card--match').count()).resolves.toBe(1);
    await expect(page.getByText('1 match highlighted').count()).resolves.toBe(1);

    await page.getByRole('checkbox', { name: 'Current activity' }).uncheck();
    await expect(boardCard(page, 'Bank staff cover nights').count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'One point at a time' }).click();
    await expect(page.getByText('Not yet revealed').count()).resolves.toBe(5);
    await page.getByRole('button', { name: 'Reveal Supply' }).click();
    await expect(page.getByText('Not yet revealed').count()).resolves.toBe(4);
    await screenshot(page, 'board-reveal');
  });

  it('saves the board as a real SVG and a 2× PNG', async () => {
    const page = session.page;
    const id = await workshopWithCards(page, 'Board <export> & co');
    await openBoard(page, id);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as SVG' }).click(),
    ]);
    const svgPath = await svgDownload.path();
    const svg = await readFile(svgPath, 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/Star board .*\.svg$/);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('foreignObject');
    expect(svg).toContain('Rotational posts');
    expect(svg).toContain('Board &lt;export&gt; &amp; co');
    // The browser parses it as well-formed XML.
    const parseError = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').querySelector('parsererror')
          ?.textContent ?? null,
      svg,
    );
    expect(parseError).toBeNull();

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as PNG' }).click(),
    ]);
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const width = png.readUInt32BE(16);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBe(svgWidth * 2);
    expect(session.problems()).toBe('');
  });
});
