/**
 * Browser side of the benchmarks: the built app served as users get it, Debian's Chromium,
 * stored data put straight into the app's own IndexedDB, and in-page probes that time from
 * the browser's own event timestamps, so Playwright's round trips are never counted.
 *
 * Functions passed to page.evaluate/addInitScript are serialised into the page: they must not
 * use anything from this module's scope.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Action, Card, Participant, Workshop } from '@shared/domain';
import { launchBrowser, type BrowserSession } from '../../helpers/browser';
import { startDistServer, type StaticServer } from '../../helpers/server';
import { BENCH_DIST } from './results';

export interface Bench {
  readonly browser: BrowserSession;
  readonly server: StaticServer;
  /** Address of a page with nothing on it, served by the same server: the baseline. */
  readonly blankUrl: string;
  close(): Promise<void>;
}

export const startBench = async (): Promise<Bench> => {
  writeFileSync(
    join(BENCH_DIST, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>\n',
  );
  const server = await startDistServer(BENCH_DIST);
  const browser = await launchBrowser();
  return {
    browser,
    server,
    blankUrl: new URL('blank.html', server.url).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
};

/** What a probe waits for before it reports the time (after the next frame is painted). */
export type Probe =
  | { readonly kind: 'blank' }
  | { readonly kind: 'home'; readonly rows: number }
  | { readonly kind: 'cards'; readonly cards: number }
  | { readonly kind: 'actions'; readonly rows: number }
  | { readonly kind: 'board'; readonly cards: number };

/** Properties the probes keep on `window` (names start with __bench to stay out of the app's way). */
interface BenchWindow {
  __benchProbe?: (probe: Probe, since: number) => Promise<number>;
  __benchReady?: Promise<number>;
  /** ms from the time origin when the app first rendered anything into #root. */
  __benchShell?: number;
  __benchInteraction?: Promise<number>;
  __benchSaves?: { lastKeydown: number; edits: number[]; saved: { t: number; edits: number }[] };
}

/**
 * Runs in every new document before the app: defines `__benchProbe`, which resolves with the
 * ms from `since` until the probe's condition holds and the next frame has been painted.
 */
function installProbe(): void {
  const w = window as unknown as BenchWindow;
  const afterPaint = (done: () => void): void => {
    requestAnimationFrame(() => {
      // A message after the frame's rAF callbacks lands once style, layout and paint are done.
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(null);
    });
  };
  const holds = (probe: Probe): boolean => {
    switch (probe.kind) {
      case 'blank':
        return document.readyState === 'complete';
      case 'home':
        return (
          [...document.querySelectorAll('h1')].some(
            (h) => h.textContent.trim() === 'Your workshops',
          ) && document.querySelectorAll('.app-workshop-table tbody tr').length >= probe.rows
        );
      case 'cards':
        return (
          document.querySelector('input[id^="capture-"]') !== null &&
          document.querySelectorAll('.app-card-list > li').length >= probe.cards
        );
      case 'actions':
        return document.querySelectorAll('.app-action-table tbody tr').length >= probe.rows;
      case 'board': {
        // Every card drawn, measured and fitted into view (React Flow hides nodes until then).
        const cards = document.querySelectorAll('.react-flow__node-card');
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
        return (
          cards.length >= probe.cards &&
          viewport !== null &&
          !viewport.style.transform.endsWith('scale(1)') &&
          [...cards].every((c) => (c as HTMLElement).style.visibility !== 'hidden')
        );
      }
    }
  };
  w.__benchProbe = (probe, since) =>
    new Promise<number>((resolve) => {
      let done = false;
      const check = (): void => {
        if (
          w.__benchShell === undefined &&
          (document.getElementById('root')?.childElementCount ?? 0) > 0
        ) {
          w.__benchShell = performance.now();
        }
        if (done || !holds(probe)) return;
        done = true;
        observer.disconnect();
        afterPaint(() => {
          resolve(performance.now() - since);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      document.addEventListener('readystatechange', check);
      window.addEventListener('load', check);
      check();
    });
}

/**
 * Opens `url` in a new tab and returns ms from navigation start until `probe` holds and is
 * painted (and when the app first rendered anything, to tell start-up from data loading). A new
 * tab each time: every sample is a full load, as when the app starts.
 */
export const timeLoad = async (
  bench: Bench,
  url: string,
  probe: Probe,
  onPage?: (page: Page) => void,
): Promise<{ ms: number; shellMs: number | null; page: Page }> => {
  const page = await bench.browser.newPage();
  onPage?.(page);
  await page.addInitScript(installProbe);
  await page.addInitScript((p: Probe) => {
    const w = window as unknown as BenchWindow;
    // 0 is navigation start: the document's time origin.
    if (window.location.href !== 'about:blank') w.__benchReady = w.__benchProbe?.(p, 0);
  }, probe);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as BenchWindow).__benchReady !== undefined);
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__benchReady);
  if (ms === undefined) throw new Error(`No probe ran on ${url}`);
  const shellMs = await page.evaluate(
    () => (window as unknown as BenchWindow).__benchShell ?? null,
  );
  return { ms, shellMs, page };
};

/** Changes the hash route in-app and returns ms until `probe` holds and is painted. */
export const timeRoute = async (page: Page, hash: string, probe: Probe): Promise<number> =>
  page.evaluate(
    ({ hash: h, probe: p }) => {
      const w = window as unknown as BenchWindow;
      if (w.__benchProbe === undefined) throw new Error('The probe is not installed');
      const since = performance.now();
      const ready = w.__benchProbe(p, since);
      window.location.hash = h;
      return ready;
    },
    { hash, probe },
  );

/**
 * Arms a one-off timer: from the `start` event's own timestamp (when the browser received the
 * input) until the frame after the `end` event is painted. Then trigger the interaction and
 * call `interactionTime`.
 */
export const armInteraction = (
  page: Page,
  start: 'click' | 'keydown',
  end: 'click' | 'input',
): Promise<void> =>
  page.evaluate(
    ({ start: s, end: e }) => {
      const w = window as unknown as BenchWindow;
      w.__benchInteraction = new Promise<number>((resolve) => {
        let t0 = 0;
        window.addEventListener(
          s,
          (event) => {
            t0 = event.timeStamp;
          },
          { capture: true, once: true },
        );
        window.addEventListener(
          e,
          () => {
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                resolve(performance.now() - t0);
              };
              channel.port2.postMessage(null);
            });
          },
          { capture: true, once: true },
        );
      });
    },
    { start, end },
  );

export const interactionTime = async (page: Page): Promise<number> => {
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__benchInteraction);
  if (ms === undefined) throw new Error('No interaction was armed');
  return ms;
};

/**
 * Starts recording edits and saves: each `editEvent` (input, or submit for Enter in a capture
 * field) is stamped with the timestamp of the keydown that caused it, and each time the save
 * status turns "saved" the time and the number of edits seen so far are kept. An edit is
 * queued while its event is dispatched, so the first "saved" after it includes it.
 */
export const recordSaves = (page: Page, editEvent: 'input' | 'submit'): Promise<void> =>
  page.evaluate((eventName) => {
    const rec = {
      lastKeydown: 0,
      edits: [] as number[],
      saved: [] as { t: number; edits: number }[],
    };
    window.addEventListener(
      'keydown',
      (e) => {
        rec.lastKeydown = e.timeStamp;
      },
      true,
    );
    window.addEventListener(
      eventName,
      () => {
        rec.edits.push(rec.lastKeydown);
      },
      true,
    );
    const isSaved = (n: Node): boolean =>
      n instanceof Element &&
      (n.getAttribute('data-save-state') === 'saved' ||
        n.querySelector('[data-save-state="saved"]') !== null);
    new MutationObserver((mutations) => {
      const saved = mutations.some((m) =>
        m.type === 'attributes' ? isSaved(m.target) : [...m.addedNodes].some(isSaved),
      );
      if (saved) rec.saved.push({ t: performance.now(), edits: rec.edits.length });
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-save-state'],
    });
    (window as unknown as BenchWindow).__benchSaves = rec;
  }, editEvent);

/** Waits until every recorded edit is saved, then returns each edit's keydown → "saved" ms. */
export const saveLatencies = async (page: Page, expectedEdits: number): Promise<number[]> => {
  await page.waitForFunction(
    () => {
      const rec = (window as unknown as BenchWindow).__benchSaves;
      return rec !== undefined && rec.saved.at(-1)?.edits === rec.edits.length;
    },
    undefined,
    { timeout: 30_000 },
  );
  const rec = await page.evaluate(() => (window as unknown as BenchWindow).__benchSaves);
  if (rec === undefined) throw new Error('Saves were not being recorded');
  if (rec.edits.length !== expectedEdits) {
    throw new Error(
      `Expected ${String(expectedEdits)} edits, the page saw ${String(rec.edits.length)}`,
    );
  }
  const latencies: number[] = [];
  let s = 0;
  rec.edits.forEach((keydown, i) => {
    while (s < rec.saved.length && (rec.saved[s]?.edits ?? 0) < i + 1) s += 1;
    const saved = rec.saved[s];
    if (saved === undefined) throw new Error(`Edit ${String(i + 1)} was never saved`);
    latencies.push(saved.t - keydown);
  });
  return latencies;
};

export interface StoredRows {
  readonly workshops: readonly Workshop[];
  readonly participants?: readonly Participant[];
  readonly cards?: readonly Card[];
  readonly actions?: readonly Action[];
}

/**
 * Puts rows into the app's database in one transaction with the raw IndexedDB API. The app
 * must have opened the database once in this profile (it creates the object stores); reload
 * afterwards so the app reads them as it would on start-up.
 */
export const storeRows = async (page: Page, rows: StoredRows): Promise<void> => {
  const data = {
    workshops: rows.workshops,
    participants: rows.participants ?? [],
    cards: rows.cards ?? [],
    actions: rows.actions ?? [],
  };
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('star-workshop');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('Could not open the database'));
      };
    });
    try {
      const names = Object.keys(tables);
      const missing = names.filter((n) => !db.objectStoreNames.contains(n));
      if (missing.length > 0) throw new Error(`The app has not created: ${missing.join(', ')}`);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(names, 'readwrite');
        for (const [name, list] of Object.entries(tables)) {
          const store = tx.objectStore(name);
          for (const row of list) store.put(row);
        }
        tx.oncomplete = () => {
          resolve();
        };
        tx.onabort = () => {
          reject(tx.error ?? new Error('The seeding transaction was aborted'));
        };
      });
    } finally {
      db.close();
    }
  }, data);
};

/** Loads Home in `page` and waits until the app has opened its database and shown Home. */
export const openHome = async (page: Page, url: string): Promise<void> => {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: 'Your workshops' }).waitFor();
};
