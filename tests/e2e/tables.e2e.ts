// Tables that can be read from the back of the room and that reflow on a phone: the Action
// plan, People and Home tables in Chromium at 1024, 1280 and 1920 px and in presentation mode,
// with long realistic titles, owners, names and roles, must show every such value in full
// (nothing clipped inside a box), and at 320 px no page may scroll sideways (WCAG 1.4.10).
// Screenshots go to test-results/screenshots/tables-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertNoAxeViolations,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from '../helpers/browser';
import { openApp } from '../helpers/e2eApp';
import { startDistServer, type StaticServer } from '../helpers/server';
import { makeAction, makeParticipant, makeWorkshop, resetFactories } from '../helpers/factories';
import { storeRows } from '../bench/lib/browser';
import { STAR_POINT_IDS } from '@shared/domain';

resetFactories();
const TITLES = [
  'Recruit two physician associates to the acute medical unit with a named supervising consultant',
  'Protected study time for trainee advanced clinical practitioners on the respiratory ward',
  'Rotas that let senior nurses work fewer consecutive nights in the emergency department',
  'Shared induction with the community trust for rotational band 5 nurses and therapists',
  'A band 4 nursing associate role on every medical ward by the end of the financial year',
  'Portfolio pathway support for three specialty doctors working towards specialist registration',
  'Medical support worker posts for refugee doctors, with English language and exam support',
  'Calderdale skill-mix review of discharge tasks shared between pharmacists and nurses',
];
const OWNERS = [
  'Dr Siân Ŵyn Roberts-Okonkwo, Clinical Director for Acute Medicine',
  'Head of Nursing, Division of Medicine and Integrated Care',
  'Workforce transformation lead, Northshire Integrated Care Board',
  'Associate Director of Medical Education and Guardian of Safe Working',
];
const workshop = makeWorkshop({ title: 'Acute medicine workforce, projected' });
const actions = Array.from({ length: 16 }, (_, i) =>
  makeAction({
    workshopId: workshop.id,
    title: `${TITLES[i % TITLES.length] ?? ''}${i >= TITLES.length ? ' (phase two)' : ''}`,
    owner: OWNERS[i % OWNERS.length] ?? '',
    points: [STAR_POINT_IDS[i % STAR_POINT_IDS.length] ?? 'supply'],
    // The first three are overdue, so their "Overdue" tags are on screen too.
    dueDate: `${i < 3 ? '2025' : '2027'}-0${String((i % 9) + 1)}-15`,
    rag: (['red', 'amber', 'green', 'blue'] as const)[i % 4] ?? null,
    priority: (['high', 'medium', 'low'] as const)[i % 3] ?? null,
  }),
);
const participants = Array.from({ length: 6 }, (_, i) =>
  makeParticipant({
    workshopId: workshop.id,
    order: i,
    name: ['Dr Siân Ŵyn Roberts-Okonkwo', 'Zoë Adebayo-Fitzgerald', 'Łukasz Wiśniewski'][i % 3],
    role: [
      'Consultant in acute medicine and clinical lead for same day emergency care',
      'Advanced clinical practitioner (respiratory) and trainee supervisor',
      'Practice manager, Riverside Primary Care Network',
    ][i % 3],
    organisation: 'Northshire Hospitals NHS Foundation Trust',
    staffGroup: ['Medical and dental', 'Allied health professionals', 'Practice management'][i % 3],
  }),
);

let server: StaticServer;
let session: BrowserSession;
const page = () => session.page;

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser();
  await openApp(page(), server.url, '/', 'Your workshops');
  await storeRows(page(), { workshops: [workshop], participants, actions, cards: [] });
  // The library was read at start-up: load it again with the stored rows.
  await page().reload();
  await page().getByRole('link', { name: workshop.scope.title }).waitFor();
});

afterAll(async () => {
  await session.close();
  await server.close();
});

interface Clipped {
  readonly text: string;
  readonly scrollWidth: number;
  readonly clientWidth: number;
}

/**
 * Every box showing a value in the given columns (1-based) whose text does not fit: a control
 * or read-only cell whose content is wider or taller than its box, or that the table's own
 * scroll box cuts off at the right edge.
 */
const clippedCells = (table: string, columns: readonly number[]): Promise<Clipped[]> =>
  page().evaluate(
    ({ table, columns }) => {
      const out: Clipped[] = [];
      const scroller = document.querySelector(table)?.closest('.app-table-scroll');
      const edge = scroller ? scroller.getBoundingClientRect().right : Number.POSITIVE_INFINITY;
      for (const row of document.querySelectorAll(`${table} tbody tr`)) {
        for (const n of columns) {
          const box = row
            .querySelector(`td:nth-child(${String(n)})`)
            ?.querySelector<HTMLElement>('input, textarea, select, .app-cell');
          if (!box) continue;
          const text = box instanceof HTMLInputElement ? box.value : box.textContent;
          const overflows =
            box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
          const cutOff = box.getBoundingClientRect().right > edge + 1;
          if (overflows || cutOff) {
            out.push({ text, scrollWidth: box.scrollWidth, clientWidth: box.clientWidth });
          }
        }
      }
      return out;
    },
    { table, columns },
  );

/** How far the table overflows its scroll box (0 when every column, Details too, is in view). */
const sidewaysOverflow = (table: string): Promise<number> =>
  page()
    .locator(table)
    .evaluate((el) => {
      const scroller = el.closest('.app-table-scroll');
      return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
    });

const countCells = (table: string): Promise<number> => page().locator(`${table} tbody tr`).count();

const openStep = async (step: string, heading: string): Promise<void> => {
  await openApp(page(), server.url, `/workshops/${workshop.id}/${step}`, heading);
};

describe('tables read in full when projected', () => {
  for (const width of [1024, 1280, 1920]) {
    it(`shows every action title and owner in full at ${String(width)} px`, async () => {
      await page().setViewportSize({ width, height: 900 });
      await openStep('actions', 'Action plan');
      expect(await countCells('.app-action-table')).toBe(16);
      await screenshot(page(), `tables-actions-${String(width)}`);
      if (width === 1280) await assertNoAxeViolations(page(), 'actions at 1280 px');
      // Column 1 is the title, column 3 the owner.
      expect(await clippedCells('.app-action-table', [1, 3])).toEqual([]);
      expect(await sidewaysOverflow('.app-action-table')).toBe(0);
    });

    it(`shows every attendee's name, role and organisation in full at ${String(width)} px`, async () => {
      await page().setViewportSize({ width, height: 900 });
      await openStep('people', 'People');
      expect(await countCells('.app-people-table')).toBe(6);
      await screenshot(page(), `tables-people-${String(width)}`);
      if (width === 1280) await assertNoAxeViolations(page(), 'people at 1280 px');
      expect(await clippedCells('.app-people-table', [1, 2, 3, 4])).toEqual([]);
      expect(await sidewaysOverflow('.app-people-table')).toBe(0);
    });
  }

  it('shows every title, owner, name and role in full in presentation mode', async () => {
    await page().setViewportSize({ width: 1280, height: 800 });
    await openStep('actions', 'Action plan');
    await page().getByRole('button', { name: 'Presentation mode' }).click();
    await page().locator('html.app-presenting').waitFor({ state: 'attached' });
    await screenshot(page(), 'tables-actions-presenting');
    expect(await clippedCells('.app-action-table', [1, 3])).toEqual([]);
    expect(await sidewaysOverflow('.app-action-table')).toBe(0);

    // Esc in an open cell cancels the edit; it does not also leave presentation mode.
    await page().locator('button[aria-label^="Owner of "]').first().click();
    await page().keyboard.type('Someone else');
    await page().keyboard.press('Escape');
    expect(await page().locator('html.app-presenting').count()).toBe(1);
    expect(await clippedCells('.app-action-table', [3])).toEqual([]);
    expect(await page().locator('.app-action-table textarea').count()).toBe(0);

    await openStep('people', 'People');
    await screenshot(page(), 'tables-people-presenting');
    expect(await clippedCells('.app-people-table', [1, 2, 3, 4])).toEqual([]);
    expect(await sidewaysOverflow('.app-people-table')).toBe(0);
    await page().keyboard.press('Escape');
    await page().locator('html.app-presenting').waitFor({ state: 'detached' });
  });
});

describe('attendee table controls', () => {
  it('shows a disabled Up or Down differently from one that works', async () => {
    await page().setViewportSize({ width: 1280, height: 800 });
    await openStep('people', 'People');
    const look = (name: string) =>
      page()
        .getByRole('button', { name, exact: true })
        .evaluate((el) => {
          const style = getComputedStyle(el);
          return `${style.color} ${style.textDecorationLine}`;
        });
    const disabled = await look('Up (move attendee 1 up)');
    expect(disabled).not.toBe(await look('Up (move attendee 2 up)'));
    expect(disabled).toContain('none');
  });
});

describe('tables reflow at 320 px', () => {
  const pageWidth = () => page().evaluate(() => document.documentElement.scrollWidth);

  for (const [route, heading, name] of [
    [`/workshops/${workshop.id}/actions`, 'Action plan', 'actions'],
    [`/workshops/${workshop.id}/people`, 'People', 'people'],
    ['/', 'Your workshops', 'home'],
  ] as const) {
    it(`does not scroll sideways on ${heading}`, async () => {
      await page().setViewportSize({ width: 320, height: 800 });
      await openApp(page(), server.url, route, heading);
      await screenshot(page(), `tables-320-${name}`);
      await assertNoAxeViolations(page(), `${name} at 320 px`);
      expect(await pageWidth()).toBeLessThanOrEqual(320);
    });
  }
});
