/**
 * Foundation benchmarks in headless Chromium against the production build:
 * - Home with 200 stored workshops, from navigation start to the heading and all 200 rows
 *   painted, beside a blank page loaded by the same browser and server (medians of 10,
 *   interleaved so both see the same machine load);
 * - the JavaScript Home loads, gzip-compressed as a server would send it;
 * - 1,000 keystrokes into "Service or pathway", each timed from its keydown to the save
 *   status turning "Saved" (a strict IndexedDB transaction has completed) after it.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '@shared/domain';
import { makeWorkshop, resetFactories } from '../helpers/factories';
import {
  openHome,
  recordSaves,
  saveLatencies,
  startBench,
  storeRows,
  timeLoad,
  type Bench,
} from './lib/browser';
import { median, percentile, record, spread } from './lib/results';

const WORKSHOPS = 200;
const LOADS = 10;
const EDITS = 1_000;
/** Pause between keystrokes: about 30 characters a second, a very fast typist. */
const KEY_INTERVAL_MS = Number(process.env.BENCH_KEY_INTERVAL_MS ?? 30);
/** Letters only: the field is at most 200 characters, and spaces alone are trimmed (no edit). */
const WORD = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx';

const SERVICES = ['Urgent and emergency care', 'Stroke pathway', 'Community nursing', 'Maternity'];

const library = (): Workshop[] => {
  resetFactories();
  return Array.from({ length: WORKSHOPS }, (_, i) =>
    makeWorkshop({
      title: `Workforce redesign ${String(i + 1)}: ${SERVICES[i % SERVICES.length] ?? ''}`,
      service: SERVICES[i % SERVICES.length] ?? '',
      organisation: 'Northbrook Hospitals NHS Foundation Trust',
    }),
  );
};

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('foundation', () => {
  let bench: Bench;
  const workshops = library();

  beforeAll(async () => {
    bench = await startBench();
    // The app creates its database on first start; then the library is put in directly.
    await openHome(bench.browser.page, bench.server.url);
    await storeRows(bench.browser.page, { workshops });
    await bench.browser.page.reload();
  });

  afterAll(async () => {
    await bench.close();
  });

  it('loads Home with 200 workshops, beside a blank page', async () => {
    const home: number[] = [];
    const blank: number[] = [];
    const shell: number[] = [];
    // One unrecorded load of each warms the HTTP and code caches, as a second start would.
    for (let i = -1; i < LOADS; i += 1) {
      const b = await timeLoad(bench, bench.blankUrl, { kind: 'blank' });
      await b.page.close();
      const h = await timeLoad(bench, bench.server.url, { kind: 'home', rows: WORKSHOPS });
      expect(await h.page.locator('.app-workshop-table tbody tr').count()).toBe(WORKSHOPS);
      await h.page.close();
      if (i >= 0) {
        blank.push(b.ms);
        home.push(h.ms);
        if (h.shellMs !== null) shell.push(h.shellMs);
      }
    }
    const homeMs = median(home);
    const blankMs = median(blank);
    record({
      group: 'Foundation',
      name: 'Home interactive, 200 workshops',
      value: homeMs,
      unit: 'ms',
      budget: 400,
      detail: `median of ${String(LOADS)} loads in new tabs (min ${Math.min(...home).toFixed(0)}, max ${Math.max(...home).toFixed(0)}); navigation start → heading and 200 rows painted; app first rendered at ${shell.length > 0 ? median(shell).toFixed(0) : '?'} ms`,
    });
    record({
      group: 'Foundation',
      name: 'Blank page (baseline)',
      value: blankMs,
      unit: 'ms',
      budget: null,
      detail: `median of ${String(LOADS)} loads; same browser and server, navigation start → load painted`,
    });
    record({
      group: 'Foundation',
      name: 'Home ÷ blank page',
      value: homeMs / blankMs,
      unit: '×',
      budget: 4,
      detail: `${homeMs.toFixed(0)} ms ÷ ${blankMs.toFixed(1)} ms (medians)`,
    });
  });

  it('measures the JavaScript Home loads', async () => {
    const scripts = new Map<string, Promise<Buffer>>();
    const { page } = await timeLoad(
      bench,
      bench.server.url,
      { kind: 'home', rows: WORKSHOPS },
      (p) => {
        p.on('response', (response) => {
          const url = response.url();
          const isScript =
            response.request().resourceType() === 'script' || new URL(url).pathname.endsWith('.js');
          if (isScript && response.ok()) scripts.set(url, response.body());
        });
      },
    );
    // Anything Home starts loading on its own counts too, not only what came before the paint.
    await page.waitForLoadState('networkidle');
    await page.close();
    const bodies = await Promise.all(scripts.values());
    expect(bodies.length).toBeGreaterThan(0);
    const raw = bodies.reduce((sum, b) => sum + b.length, 0);
    const gzipped = bodies.reduce((sum, b) => sum + gzipSync(b).length, 0);
    const names = [...scripts.keys()].map((u) => new URL(u).pathname.split('/').pop() ?? u);
    record({
      group: 'Foundation',
      name: 'Initial JavaScript for Home (gzip)',
      value: gzipped / 1000,
      unit: 'kB',
      budget: 300,
      detail: `${String(names.length)} file(s): ${names.join(', ')}; ${(raw / 1000).toFixed(0)} kB before compression; node:zlib gzip level 6`,
    });
  });

  it('saves each keystroke in "Service or pathway" with a strict transaction', async () => {
    const { page } = bench.browser;
    const target = workshops[0];
    if (target === undefined) throw new Error('No workshop to type into');
    await page.goto(`${bench.server.url}#/workshops/${target.id}/scope`);
    const field = page.getByLabel('Service or pathway');
    await field.fill('');
    await page.locator('[data-save-state="saved"]').waitFor();
    await recordSaves(page, 'input');
    for (let done = 0; done < EDITS;) {
      // Type a word, then delete it again: every keystroke changes the stored value.
      for (const key of [...WORD.split(''), ...WORD.split('').map(() => 'Backspace')]) {
        if (done >= EDITS) break;
        await page.keyboard.press(key);
        done += 1;
        await sleep(KEY_INTERVAL_MS);
      }
    }
    const latencies = await saveLatencies(page, EDITS);
    record({
      group: 'Foundation',
      name: 'Keystroke → saved (p95), scope field',
      value: percentile(latencies, 95),
      unit: 'ms',
      budget: 150,
      detail: `${spread(latencies)}; a key every ~${String(KEY_INTERVAL_MS)} ms plus input time`,
    });
  });
});
