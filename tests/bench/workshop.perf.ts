/**
 * Workshop benchmarks in headless Chromium against the production build:
 * - capturing 300 idea cards quickly, each timed from its Enter keydown to the save status
 *   turning "Saved" after it;
 * - opening a workshop with 500 cards and 200 actions from Home (in-app route change) until its
 *   Ideas step shows every idea card, painted (median of 10, each after a fresh start);
 * - sorting and searching the action table with 500 actions: from the click or keydown to the
 *   next painted frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAR_POINT_IDS, type Action, type Card, type CardKind } from '@shared/domain';
import {
  makeAction,
  makeCard,
  makeParticipant,
  makeWorkshop,
  resetFactories,
} from '../helpers/factories';
import {
  armInteraction,
  interactionTime,
  openHome,
  recordSaves,
  saveLatencies,
  startBench,
  storeRows,
  timeLoad,
  timeRoute,
  type Bench,
} from './lib/browser';
import { median, percentile, record, spread } from './lib/results';

const TABLE_PAGE = 50;
const CAPTURED = 300;
const OPENS = 10;
const SORT_ROUNDS = 2;
const SEARCHES = ['action 12'];
const KINDS: readonly CardKind[] = ['current', 'gap', 'idea'];
const PHRASES = [
  'Recruit two consultants through international routes',
  'Protected study time for trainee advanced clinical practitioners',
  'Rotas that let senior nurses work fewer nights',
  'Shared induction with the community trust',
  'A band 4 nursing associate role on every ward',
];

resetFactories();
const captureWorkshop = makeWorkshop({ title: 'Capture benchmark' });
const bigWorkshop = makeWorkshop({ title: 'Acute medicine, 500 cards and 200 actions' });
const planWorkshop = makeWorkshop({ title: 'Action plan with 500 actions' });

const cardsFor = (workshopId: string, count: number): Card[] =>
  Array.from({ length: count }, (_, i) =>
    makeCard({
      workshopId,
      kind: KINDS[i % KINDS.length] ?? 'idea',
      point: STAR_POINT_IDS[Math.floor(i / 3) % STAR_POINT_IDS.length] ?? 'supply',
      text: `${PHRASES[i % PHRASES.length] ?? ''} (${String(i + 1)})`,
    }),
  );

const actionsFor = (workshopId: string, count: number): Action[] =>
  Array.from({ length: count }, (_, i) =>
    makeAction({
      workshopId,
      title: `Action ${String(i + 1)}: ${PHRASES[(i * 7) % PHRASES.length] ?? ''}`,
      description: 'Agree funding, backfill and supervision with the education team.',
      points: [STAR_POINT_IDS[i % STAR_POINT_IDS.length] ?? 'supply'],
      owner: i % 9 === 0 ? '' : `Owner ${String((i * 13) % 40)}`,
      dueDate:
        i % 6 === 0
          ? ''
          : `2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      priority: (['high', 'medium', 'low', null] as const)[i % 4] ?? null,
      rag: (['red', 'amber', 'green', 'blue', null] as const)[(i * 3) % 5] ?? null,
    }),
  );

const bigCards = cardsFor(bigWorkshop.id, 500);
const ideaCount = bigCards.filter((c) => c.kind === 'idea').length;

describe('workshop', () => {
  let bench: Bench;

  beforeAll(async () => {
    bench = await startBench();
    await openHome(bench.browser.page, bench.server.url);
    await storeRows(bench.browser.page, {
      workshops: [captureWorkshop, bigWorkshop, planWorkshop],
      participants: Array.from({ length: 20 }, () =>
        makeParticipant({ workshopId: bigWorkshop.id }),
      ),
      cards: [...bigCards, ...cardsFor(planWorkshop.id, 30)],
      actions: [...actionsFor(bigWorkshop.id, 200), ...actionsFor(planWorkshop.id, 500)],
    });
    await bench.browser.page.reload();
  });

  afterAll(async () => {
    await bench.close();
  });

  it('saves each captured card soon after Enter', async () => {
    const { page } = bench.browser;
    await page.goto(`${bench.server.url}#/workshops/${captureWorkshop.id}/ideas`);
    const field = page.locator('#capture-idea-supply');
    await field.click();
    await recordSaves(page, 'submit');
    for (let i = 0; i < CAPTURED; i += 1) {
      // Key by key with no pause: faster than anyone types. Typing saves nothing; Enter does.
      await page.keyboard.type(`${PHRASES[i % PHRASES.length] ?? ''} ${String(i + 1)}`);
      await page.keyboard.press('Enter');
    }
    const latencies = await saveLatencies(page, CAPTURED);
    await expect.poll(() => page.locator('.app-card-list > li').count()).toBe(CAPTURED);
    record({
      group: 'Workshop',
      name: 'Capture Enter → saved (p95), 300 cards',
      value: percentile(latencies, 95),
      unit: 'ms',
      budget: 150,
      detail: `${spread(latencies)}; cards 1–50 p95 ${percentile(latencies.slice(0, 50), 95).toFixed(0)} ms, cards 251–300 p95 ${percentile(latencies.slice(-50), 95).toFixed(0)} ms; all in one Ideas column, typed key by key straight after each other`,
    });
  });

  it('opens a workshop with 500 cards and 200 actions', async () => {
    const times: number[] = [];
    for (let i = -1; i < OPENS; i += 1) {
      const { page } = await timeLoad(bench, bench.server.url, { kind: 'home', rows: 3 });
      const ms = await timeRoute(page, `#/workshops/${bigWorkshop.id}/ideas`, {
        kind: 'cards',
        cards: ideaCount,
      });
      expect(await page.locator('.app-card-list > li').count()).toBe(ideaCount);
      await page.close();
      if (i >= 0) times.push(ms);
    }
    record({
      group: 'Workshop',
      name: 'Open workshop (500 cards, 200 actions)',
      value: median(times),
      unit: 'ms',
      budget: 600,
      detail: `median of ${String(OPENS)} (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); from Home, route change → Ideas step with ${String(ideaCount)} idea cards painted`,
    });
  });

  it('sorts and searches an action table of 500 actions', async () => {
    const { page } = await timeLoad(bench, bench.server.url, { kind: 'home', rows: 3 });
    // The table shows a page of 50 rows; sorting and searching still work over all 500 actions.
    await timeRoute(page, `#/workshops/${planWorkshop.id}/actions`, {
      kind: 'actions',
      rows: TABLE_PAGE,
    });

    const sorts: number[] = [];
    const headers = page.locator('.app-action-table thead th[aria-sort]');
    const columns = await headers.count();
    expect(columns).toBeGreaterThan(0);
    for (let round = 0; round < SORT_ROUNDS; round += 1) {
      for (let c = 0; c < columns; c += 1) {
        for (const direction of ['ascending', 'descending']) {
          await armInteraction(page, 'click', 'click');
          await headers.nth(c).getByRole('button').click();
          sorts.push(await interactionTime(page));
          expect(await headers.nth(c).getAttribute('aria-sort')).toBe(direction);
        }
      }
    }
    record({
      group: 'Workshop',
      name: 'Action table sort (p95), 500 actions',
      value: percentile(sorts, 95),
      unit: 'ms',
      budget: 50,
      detail: `${spread(sorts)}; click → next painted frame, every column both ways`,
    });

    const searches: number[] = [];
    await page.locator('#filter-text').click();
    for (const query of SEARCHES) {
      const keys = [...query.split(''), ...query.split('').map(() => 'Backspace')];
      for (const [k, key] of keys.entries()) {
        await armInteraction(page, 'keydown', 'input');
        await page.keyboard.press(key);
        searches.push(await interactionTime(page));
        if (k === query.length - 1) {
          // The whole query is typed: the table must really have been filtered.
          await expect
            .poll(() => page.getByText(/^Showing (?!500 )\d+ of 500 actions$/).count())
            .toBe(1);
        }
      }
    }
    await expect.poll(() => page.locator('.app-action-table tbody tr').count()).toBe(TABLE_PAGE);
    await page.close();
    record({
      group: 'Workshop',
      name: 'Action table search (p95), 500 actions',
      value: percentile(searches, 95),
      unit: 'ms',
      budget: 50,
      detail: `${spread(searches)}; keydown → next painted frame, typing and deleting "${SEARCHES.join('", "')}"`,
    });
  });
});
