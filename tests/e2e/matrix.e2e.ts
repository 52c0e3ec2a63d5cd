// The impact and effort matrix in a real browser (issues 8 and 13): mouse drags from the
// "Not yet placed" tray, within the matrix and back off it, checked against what the screen
// says and what IndexedDB holds, also after a reload; a click that must not move anything;
// Escape and drops outside the matrix that leave nothing half-placed. Then what axe cannot
// see: divider contrast, markers that never hide each other or the quadrant labels, target
// sizes, presentation-mode sizes and no sideways scrolling at 320 CSS px.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';
import {
  openApp,
  readDatabase,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
} from '../helpers/e2eApp';

const IDEAS = [
  'Internal bank with better rates',
  'Recruit two more ACPs',
  'Retire and return scheme',
  'Protected training half day',
  'Paediatric course for ACPs',
] as const;
type Idea = (typeof IDEAS)[number];

let server: StaticServer;
let session: BrowserSession;
let workshopId = '';

const page = (): Page => session.page;

/** The one marker button for an idea, wherever it is (tray or matrix). */
const marker = (text: Idea): Locator =>
  page().getByRole('button', { name: new RegExp(`^Idea \\d+: ${text}\\. `) });

const matrix = (): Locator => page().getByRole('group', { name: 'Impact and effort' });
const tray = (): Locator => page().locator('.app-matrix-tray');

interface Place {
  impact: number | null;
  effort: number | null;
  quadrant: string;
}

/** What the marker tells a screen reader about where the idea is. */
const shownPlace = async (text: Idea): Promise<Place> => {
  const name = (await marker(text).getAttribute('aria-label')) ?? '';
  const m = /\. impact (\d+), effort (\d+), ([^.]+)\./.exec(name);
  if (m) return { impact: Number(m[1]), effort: Number(m[2]), quadrant: m[3] ?? '' };
  if (name.includes('. not yet placed.')) {
    return { impact: null, effort: null, quadrant: 'Not yet placed' };
  }
  throw new Error(`Cannot read a place from "${name}"`);
};

const storedPlace = async (text: Idea): Promise<{ impact: unknown; effort: unknown }> => {
  const card = (await readDatabase(page())).cards.find((c) => c.text === text);
  return { impact: card?.impact, effort: card?.effort };
};

/** "Not yet placed (N)": the tray's own count. */
const trayCount = async (): Promise<number> => {
  const heading = await tray().getByRole('heading').textContent();
  const m = /Not yet placed \((\d+)\)/.exec(heading ?? '');
  return m ? Number(m[1]) : 0;
};

const centreOf = async (target: Locator): Promise<{ x: number; y: number }> => {
  const box = await target.boundingBox();
  if (!box) throw new Error(`${String(target)} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** A point at fractions of the matrix's box (0,0 top left). */
const matrixPoint = async (fx: number, fy: number): Promise<{ x: number; y: number }> => {
  const box = await matrix().boundingBox();
  if (!box) throw new Error('The matrix is not visible');
  return { x: box.x + box.width * fx, y: box.y + box.height * fy };
};

/**
 * Scrolls the matrix to the top of the window (the tray fits below it), presses the mouse on
 * the marker's centre, moves in ten steps to the point `to` gives and releases.
 */
const drag = async (
  text: Idea,
  to: () => Promise<{ x: number; y: number }>,
  beforeRelease?: () => Promise<void>,
): Promise<void> => {
  await matrix().evaluate((el) => {
    el.scrollIntoView({ block: 'start' });
  });
  const from = await centreOf(marker(text));
  const target = await to();
  await page().mouse.move(from.x, from.y);
  await page().mouse.down();
  await page().mouse.move(target.x, target.y, { steps: 10 });
  if (beforeRelease) await beforeRelease();
  await page().mouse.up();
};

const isInside = async (inner: Locator, outer: Locator): Promise<boolean> => {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) return false;
  return (
    a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height
  );
};

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser({ viewport: { width: 1280, height: 1400 } });
  await openApp(page(), server.url, '/new');
  await page().getByLabel('Workshop title', { exact: true }).fill('Matrix drag check');
  await page().getByRole('button', { name: 'Create workshop' }).click();
  await page().waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
  workshopId = workshopIdFromUrl(page());
  await openApp(page(), server.url, `/workshops/${workshopId}/ideas`, 'Ideas');
  const box = page().getByLabel('Add to Supply', { exact: true });
  for (const text of IDEAS) {
    await box.fill(text);
    await box.press('Enter');
    await page().getByText(text, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  }
  await waitForSaved(page());
  await openApp(page(), server.url, `/workshops/${workshopId}/prioritise`, 'Prioritise');
  await marker(IDEAS[0]).waitFor({ timeout: UI_TIMEOUT });
});

afterAll(async () => {
  await session.close();
  await server.close();
});

describe('dragging ideas on the matrix with the mouse', () => {
  it('a plain click on a tray idea moves nothing and says nothing new', async () => {
    expect(await trayCount()).toBe(5);
    await marker('Recruit two more ACPs').click();
    await page().waitForTimeout(300);
    expect(await shownPlace('Recruit two more ACPs')).toEqual({
      impact: null,
      effort: null,
      quadrant: 'Not yet placed',
    });
    expect(await isInside(marker('Recruit two more ACPs'), tray())).toBe(true);
    expect(await trayCount()).toBe(5);
    expect(
      await page()
        .getByRole('status')
        .filter({ hasText: /impact 50/ })
        .count(),
    ).toBe(0);
    expect(await storedPlace('Recruit two more ACPs')).toEqual({ impact: null, effort: null });
  });

  it('places an idea from the tray on the first drag, and keeps it after a reload', async () => {
    // A quarter in from the top left: a quick win. While dragging, the screen says where the
    // idea will land; the drop must land exactly there.
    let promised = '';
    await drag(
      'Internal bank with better rates',
      () => matrixPoint(0.25, 0.25),
      async () => {
        promised = (await page().locator('.app-matrix__hint').textContent()) ?? '';
      },
    );
    await waitForSaved(page());
    const shown = await shownPlace('Internal bank with better rates');
    expect(promised).toBe(
      `Let go to put idea ${await ideaNumber('Internal bank with better rates')} at impact ${String(shown.impact)}, effort ${String(shown.effort)}, Quick win.`,
    );
    expect(shown.quadrant).toBe('Quick win');
    expect(shown.impact).toBeGreaterThanOrEqual(65);
    expect(shown.impact).toBeLessThanOrEqual(85);
    expect(shown.effort).toBeGreaterThanOrEqual(15);
    expect(shown.effort).toBeLessThanOrEqual(35);
    expect(await storedPlace('Internal bank with better rates')).toEqual({
      impact: shown.impact,
      effort: shown.effort,
    });
    expect(await trayCount()).toBe(4);
    expect(await isInside(marker('Internal bank with better rates'), matrix())).toBe(true);
    expect(
      await page()
        .getByRole('combobox', { name: /^Quadrant for idea \d+$/ })
        .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.text)),
    ).toContain('Quick win');

    await page().reload();
    await marker('Internal bank with better rates').waitFor({ timeout: UI_TIMEOUT });
    expect(await shownPlace('Internal bank with better rates')).toEqual(shown);
    expect(await trayCount()).toBe(4);
  });

  it('moves a placed idea within the matrix', async () => {
    const before = await shownPlace('Internal bank with better rates');
    // Three quarters across, a quarter down: high impact, high effort.
    await drag('Internal bank with better rates', () => matrixPoint(0.75, 0.25));
    await waitForSaved(page());
    const after = await shownPlace('Internal bank with better rates');
    expect(after.quadrant).toBe('Major project');
    expect(after.effort).toBeGreaterThan(before.effort ?? 100);
    expect(await storedPlace('Internal bank with better rates')).toEqual({
      impact: after.impact,
      effort: after.effort,
    });
    expect(await trayCount()).toBe(4);
    await page().reload();
    await marker('Internal bank with better rates').waitFor({ timeout: UI_TIMEOUT });
    expect(await shownPlace('Internal bank with better rates')).toEqual(after);
  });

  it('a drop outside the matrix leaves a placed idea where it was', async () => {
    const before = await shownPlace('Internal bank with better rates');
    await drag('Internal bank with better rates', () => matrixPoint(1.3, 0.5));
    await page().waitForTimeout(300);
    expect(await shownPlace('Internal bank with better rates')).toEqual(before);
    expect(await storedPlace('Internal bank with better rates')).toEqual({
      impact: before.impact,
      effort: before.effort,
    });
    expect(await isInside(marker('Internal bank with better rates'), matrix())).toBe(true);
    expect(await trayCount()).toBe(4);
  });

  it('a drop outside the matrix leaves a tray idea in the tray, never half-placed', async () => {
    await drag('Retire and return scheme', () => matrixPoint(1.3, 0.5));
    await page().waitForTimeout(300);
    expect((await shownPlace('Retire and return scheme')).quadrant).toBe('Not yet placed');
    expect(await isInside(marker('Retire and return scheme'), tray())).toBe(true);
    expect(await trayCount()).toBe(4);
    expect(await storedPlace('Retire and return scheme')).toEqual({ impact: null, effort: null });
  });

  it('Escape during a drag cancels it', async () => {
    await drag(
      'Retire and return scheme',
      () => matrixPoint(0.25, 0.75),
      async () => {
        await page().keyboard.press('Escape');
      },
    );
    await page().waitForTimeout(300);
    expect((await shownPlace('Retire and return scheme')).quadrant).toBe('Not yet placed');
    expect(await isInside(marker('Retire and return scheme'), tray())).toBe(true);
    expect(await storedPlace('Retire and return scheme')).toEqual({ impact: null, effort: null });
    expect(await trayCount()).toBe(4);
  });

  it('dragging a placed idea onto the tray takes it off the matrix', async () => {
    await drag('Internal bank with better rates', () => centreOf(tray().getByRole('heading')));
    await waitForSaved(page());
    expect((await shownPlace('Internal bank with better rates')).quadrant).toBe('Not yet placed');
    expect(await storedPlace('Internal bank with better rates')).toEqual({
      impact: null,
      effort: null,
    });
    expect(await trayCount()).toBe(5);
    await page().reload();
    await marker('Internal bank with better rates').waitFor({ timeout: UI_TIMEOUT });
    expect(await trayCount()).toBe(5);
    expect(await isInside(marker('Internal bank with better rates'), tray())).toBe(true);
  });
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const boxes = async (target: Locator): Promise<Box[]> =>
  target.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

/** WCAG contrast ratio of two computed CSS colours (rgb or rgba, alpha ignored). */
const contrast = (a: string, b: string): number => {
  const lum = (css: string): number => {
    const [r = 0, g = 0, bl = 0] = (css.match(/[\d.]+/g) ?? []).map(Number);
    const lin = (c: number): number => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};

const ideaNumber = async (text: Idea): Promise<string> => {
  const name = (await marker(text).getAttribute('aria-label')) ?? '';
  return /^Idea (\d+):/.exec(name)?.[1] ?? '';
};

describe('the matrix for everyone', () => {
  it('draws the quadrant dividers at 3:1 or more against what is behind them', async () => {
    const colours = await page()
      .locator('.app-matrix__divider')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const behind = await page().evaluate(() => {
      const bg = (sel: string): string =>
        getComputedStyle(document.querySelector(sel) ?? document.body).backgroundColor;
      return [bg('.app-matrix'), bg('.app-matrix__tint')];
    });
    expect(colours.length).toBe(2);
    for (const line of colours) {
      for (const back of behind) expect(contrast(line, back)).toBeGreaterThanOrEqual(3);
    }
  });

  it('spreads three ideas put in one quadrant from the list so none hides another', async () => {
    const three: Idea[] = [
      'Recruit two more ACPs',
      'Retire and return scheme',
      'Protected training half day',
    ];
    for (const text of three) {
      await page()
        .getByRole('combobox', { name: `Quadrant for idea ${await ideaNumber(text)}`, exact: true })
        .selectOption({ label: 'Fill-in' });
      await expect.poll(async () => (await shownPlace(text)).quadrant).toBe('Fill-in');
    }
    await waitForSaved(page());
    const placed = await Promise.all(
      three.map(async (t) => (await marker(t).boundingBox()) as Box),
    );
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1))
        expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false);
    }
    await screenshot(page(), 'matrix-1280-spread');
  });

  it('keeps markers in the corners clear of the quadrant labels', async () => {
    const corners: [Idea, string, string][] = [
      ['Recruit two more ACPs', '100', '0'],
      ['Retire and return scheme', '100', '100'],
      ['Protected training half day', '0', '0'],
      ['Paediatric course for ACPs', '0', '100'],
    ];
    for (const [text, impact, effort] of corners) {
      const n = await ideaNumber(text);
      await page().getByLabel(`Impact for idea ${n}`, { exact: true }).fill(impact);
      await page().getByLabel(`Effort for idea ${n}`, { exact: true }).fill(effort);
      await page().getByLabel(`Effort for idea ${n}`, { exact: true }).press('Enter');
      await expect
        .poll(async () => shownPlace(text))
        .toMatchObject({ impact: Number(impact), effort: Number(effort) });
    }
    await waitForSaved(page());
    const labels = await boxes(page().locator('.app-matrix__label'));
    const markers = await boxes(page().locator('.app-matrix__field .app-matrix__marker'));
    const everyMarker = await boxes(page().locator('.app-matrix__marker'));
    expect(labels).toHaveLength(4);
    expect(markers.length).toBeGreaterThanOrEqual(4);
    for (const label of labels) {
      for (const m of markers) expect(overlaps(label, m), JSON.stringify([label, m])).toBe(false);
    }
    expect(everyMarker.length).toBe(IDEAS.length);
    for (const m of everyMarker) {
      expect(m.width).toBeGreaterThanOrEqual(24);
      expect(m.height).toBeGreaterThanOrEqual(24);
    }
    await assertNoAxeViolations(page(), 'Prioritise with ideas in every corner');
    await screenshot(page(), 'matrix-1280-corners');
  });

  it('shows keyboard focus on a marker with a dark ring as well as yellow', async () => {
    const m = marker('Recruit two more ACPs');
    await m.focus();
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('ArrowLeft');
    const style = await m.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        background: s.backgroundColor,
        ring: s.boxShadow,
        focused: el.matches(':focus-visible'),
      };
    });
    expect(style.focused).toBe(true);
    const ring = /rgba?\([^)]*\)/.exec(style.ring)?.[0] ?? '';
    expect(contrast(ring, style.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(ring, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
  });
});

describe('presentation mode and narrow screens', () => {
  it('fills the width with the matrix and shows idea numbers at 24 px or more', async () => {
    await page().getByRole('button', { name: 'Presentation mode' }).click();
    await page().locator('html.app-presenting').waitFor({ state: 'attached' });
    const sizes = await page().evaluate(() => {
      const matrixBox = document.querySelector('.app-matrix')?.getBoundingClientRect();
      const step = document.querySelector('h1')?.parentElement?.getBoundingClientRect();
      const px = (sel: string): number[] =>
        [...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
      return {
        matrix: matrixBox?.width ?? 0,
        available: step?.width ?? 0,
        window: document.documentElement.clientWidth,
        markers: px('.app-matrix__marker'),
        numbers: px('.app-idea-number'),
      };
    });
    expect(sizes.matrix, JSON.stringify(sizes)).toBeGreaterThanOrEqual(sizes.window * 0.85);
    expect(Math.min(...sizes.markers)).toBeGreaterThanOrEqual(24);
    expect(Math.min(...sizes.numbers)).toBeGreaterThanOrEqual(24);
    await screenshot(page(), 'matrix-presenting-1280');
    // Escape during a drag abandons the drag only: the room still sees the presentation.
    const before = await shownPlace('Recruit two more ACPs');
    await drag(
      'Recruit two more ACPs',
      () => matrixPoint(0.6, 0.6),
      async () => {
        await page().keyboard.press('Escape');
      },
    );
    expect(await page().locator('html.app-presenting').count()).toBe(1);
    expect(await shownPlace('Recruit two more ACPs')).toEqual(before);
    await page().keyboard.press('Escape');
    await page().locator('html.app-presenting').waitFor({ state: 'detached' });
  });

  it('does not scroll sideways at 320 CSS px, presenting or not', async () => {
    await page().setViewportSize({ width: 320, height: 800 });
    await page().reload();
    await marker(IDEAS[0]).waitFor({ timeout: UI_TIMEOUT });
    const width = (): Promise<number> =>
      page().evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(320);
    await screenshot(page(), 'matrix-320');
    // Dragging still works on a narrow screen: tray to the bottom right quadrant.
    await drag('Internal bank with better rates', () => matrixPoint(0.75, 0.75));
    await waitForSaved(page());
    expect((await shownPlace('Internal bank with better rates')).quadrant).toBe('Reconsider');
    expect(await width()).toBeLessThanOrEqual(320);
    await page().getByRole('button', { name: 'Presentation mode' }).click();
    await page().locator('html.app-presenting').waitFor({ state: 'attached' });
    expect(await width()).toBeLessThanOrEqual(320);
    await screenshot(page(), 'matrix-320-presenting');
    await page().keyboard.press('Escape');
  });
});
