/**
 * Star board benchmarks (issue 10), in headless Chromium against the production build:
 * - opening the board of a workshop with 500 cards and 100 actions, from Home (in-app route
 *   change) until every card is drawn, measured and fitted into view (median of 5);
 * - frame times while panning and zooming for 5 s, on the board with 500, 1,000 and 2,000 cards
 *   and, in the same browser and run, on a bare React Flow page with the same number of
 *   default nodes: the floor. The budget is the board's p95 within 1.5× the floor's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STAR_POINT_IDS, type Action, type Card, type CardKind } from '@shared/domain';
import { makeAction, makeCard, makeWorkshop, resetFactories } from '../helpers/factories';
import { openHome, startBench, storeRows, timeLoad, timeRoute, type Bench } from './lib/browser';
import { median, percentile, record, spread } from './lib/results';

const OPENS = 5;
const PAN_ZOOM_MS = 5_000;
const SIZES = [500, 1_000, 2_000] as const;
const KINDS: readonly CardKind[] = ['current', 'gap', 'idea'];

resetFactories();
const workshops = SIZES.map((n) => makeWorkshop({ title: `Board with ${String(n)} cards` }));

const cardsFor = (workshopId: string, count: number): Card[] =>
  Array.from({ length: count }, (_, i) =>
    makeCard({
      workshopId,
      kind: KINDS[i % KINDS.length] ?? 'idea',
      point: STAR_POINT_IDS[i % STAR_POINT_IDS.length] ?? 'supply',
      text: `Card ${String(i + 1)}: protected study time for trainee advanced practitioners`,
    }),
  );

const actionsFor = (workshopId: string, cards: readonly Card[], count: number): Action[] => {
  const ideas = cards.filter((c) => c.kind === 'idea');
  return Array.from({ length: count }, (_, i) =>
    makeAction({
      workshopId,
      title: `Action ${String(i + 1)}`,
      owner: `Owner ${String(i % 20)}`,
      points: [STAR_POINT_IDS[i % STAR_POINT_IDS.length] ?? 'supply'],
      ideaIds: [ideas[i % ideas.length]?.id ?? ''].filter(Boolean),
    }),
  );
};

/**
 * Records the time between animation frames in the page while `drive` pans and zooms with the
 * real mouse, and returns the frame durations in ms.
 */
const frameTimes = async (page: Page, drive: () => Promise<void>): Promise<number[]> => {
  await page.evaluate(() => {
    const w = window as unknown as { __frames?: number[]; __recording?: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number): void => {
      w.__frames?.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  });
  await drive();
  return page.evaluate(() => {
    const w = window as unknown as { __frames?: number[]; __recording?: boolean };
    w.__recording = false;
    return w.__frames ?? [];
  });
};

/** The same script everywhere: wheel-zoom in and out around the middle, and drag to pan. */
const panAndZoom = async (page: Page, selector: string): Promise<void> => {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const end = Date.now() + PAN_ZOOM_MS;
  let round = 0;
  while (Date.now() < end) {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < 5; i += 1) await page.mouse.wheel(0, round % 2 === 0 ? -120 : 120);
    // Pan on empty canvas: Space is not needed, React Flow pans on a pane drag.
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 8 + 200, box.y + 8 + 120, { steps: 10 });
    await page.mouse.move(box.x + 8, box.y + 8, { steps: 10 });
    await page.mouse.up();
    round += 1;
  }
};

describe('board', () => {
  let bench: Bench;

  beforeAll(async () => {
    bench = await startBench();
    await openHome(bench.browser.page, bench.server.url);
    const cards = SIZES.flatMap((n, i) => cardsFor(workshops[i]?.id ?? '', n));
    await storeRows(bench.browser.page, {
      workshops,
      cards,
      actions: workshops.flatMap((w) =>
        actionsFor(
          w.id,
          cards.filter((c) => c.workshopId === w.id),
          100,
        ),
      ),
    });
    await bench.browser.page.reload();
  });

  afterAll(async () => {
    await bench.close();
  });

  it('opens the board of a workshop with 500 cards and 100 actions', async () => {
    const [first] = workshops;
    if (!first) throw new Error('No workshop');
    const times: number[] = [];
    for (let i = -1; i < OPENS; i += 1) {
      const { page } = await timeLoad(bench, bench.server.url, {
        kind: 'home',
        rows: workshops.length,
      });
      const ms = await timeRoute(page, `#/workshops/${first.id}/board`, {
        kind: 'board',
        cards: 500,
      });
      expect(await page.locator('.react-flow__node-card').count()).toBe(500);
      await page.close();
      if (i >= 0) times.push(ms);
    }
    record({
      group: 'Board',
      name: 'Open the board (500 cards, 100 actions)',
      value: median(times),
      unit: 'ms',
      budget: 800,
      detail: `median of ${String(OPENS)} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); from Home, route change → every card drawn and fitted`,
    });
  });

  for (const [i, n] of SIZES.entries()) {
    it(`pans and zooms the board with ${String(n)} cards against bare React Flow`, async () => {
      const workshop = workshops[i];
      if (!workshop) throw new Error('No workshop');
      const { page } = await timeLoad(bench, bench.server.url, {
        kind: 'home',
        rows: workshops.length,
      });
      await timeRoute(page, `#/workshops/${workshop.id}/board`, { kind: 'board', cards: n });
      const board = await frameTimes(page, () => panAndZoom(page, '.react-flow__pane'));
      await page.close();

      const bare = await bench.browser.newPage();
      await bare.goto(new URL(`bare-flow/index.html?n=${String(n)}`, bench.server.url).href);
      await bare.locator('.react-flow__node').first().waitFor();
      const floor = await frameTimes(bare, () => panAndZoom(bare, '.react-flow__pane'));
      await bare.close();

      const p95 = percentile(board, 95);
      const floorP95 = percentile(floor, 95);
      record({
        group: 'Board',
        name: `Pan and zoom frame time (p95), ${String(n)} cards`,
        value: p95,
        unit: 'ms',
        budget: n === 500 ? 33 : null,
        detail: `${spread(board)}; ${String(PAN_ZOOM_MS / 1000)} s of wheel zoom and drag pan`,
      });
      record({
        group: 'Board',
        name: `Pan and zoom ÷ bare React Flow (p95), ${String(n)} cards`,
        value: p95 / floorP95,
        unit: '×',
        budget: 1.5,
        detail: `bare React Flow p95 ${floorP95.toFixed(1)} ms (${spread(floor)}), same script, same run`,
      });
    });
  }
});
