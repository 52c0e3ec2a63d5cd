// A whole realistic workshop run by keyboard alone (issue 3): Tab, Shift+Tab, Enter, Space,
// arrow keys and typing, never a click or a fill. Scope, six attendees, fifteen cards on each
// capture step, dot votes up to and past the allowance, matrix placement with the arrow keys,
// quadrants, eight actions with owners, due dates and RAG, a refused due date, the step timer,
// undo and redo, presentation mode; then a reload and a check of everything. axe-core runs on
// every step with content on it, and each step is screenshotted.
// Each test stands alone: `-t "<name>"` runs the journey steps it needs first (once each), so
// a test never relies on another test having run before it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';
import {
  addCardsByKeyboard,
  chooseOption,
  continueTo,
  dateFieldOrder,
  focusByTab,
  isFocused,
  openApp,
  pressButton,
  readDatabase,
  setCheckbox,
  typeDate,
  typeInto,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
  type DateFieldOrder,
} from '../helpers/e2eApp';
import {
  POINTS,
  CARDS,
  ATTENDEES,
  VOTES,
  PLACEMENTS,
  QUADRANT_CHOICES,
  FROM_IDEAS,
  NEW_ACTIONS,
  ACTION_VALUES,
  type Point,
} from './workshopJourney.data';
import { cell, cellText, chooseInCell, typeDateInCell, typeIntoCell } from '../helpers/cells';
import { formatDate } from '../../renderer/src/lib/format';

let server: StaticServer;
let session: BrowserSession;
let dates: DateFieldOrder = 'mdy';
let workshopId = '';
let ideaNumbers = new Map<string, number>();
let ideaNumbersAfterReload = new Map<string, number>();
let focusKeptOnFirstPlacement: boolean | null = null;
let dueAfterRefusal: unknown = null;

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser();
  // Playwright's clock: time flows as usual, and the timer test can jump it forward.
  await session.page.clock.install();
});

afterAll(async () => {
  await session.close();
  await server.close();
});

const page = () => session.page;
const label = (text: string) => page().getByLabel(text, { exact: true });
const button = (name: string | RegExp) =>
  page().getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });

type StageName =
  | 'scope'
  | 'people'
  | 'current'
  | 'gaps'
  | 'ideas'
  | 'votes'
  | 'matrix'
  | 'actions'
  | 'refused due date'
  | 'timer'
  | 'review'
  | 'reload';

const stages = new Map<StageName, { after: readonly StageName[]; run: () => Promise<void> }>();
const reached = new Map<StageName, Promise<void>>();

/** Runs what a stage needs first, then the stage, each at most once per run of this file. */
const reach = async (name: StageName): Promise<void> => {
  const stage = stages.get(name);
  if (!stage) throw new Error(`No journey stage called ${name}`);
  for (const before of stage.after) await reach(before);
  if (!reached.has(name)) reached.set(name, stage.run());
  await reached.get(name);
};

/** A stage of the journey that is also a test of its own. */
const journeyTest = (
  title: string,
  name: StageName,
  after: readonly StageName[],
  run: () => Promise<void>,
): void => {
  stages.set(name, { after, run });
  it(title, () => reach(name));
};

/** axe-core, a screenshot, and everything durable before moving on. */
const checkStep = async (name: string): Promise<void> => {
  await waitForSaved(page());
  await assertNoAxeViolations(page(), name);
  await screenshot(page(), `workshop-${name}`);
};

describe('a whole workshop by keyboard alone', () => {
  journeyTest('creates the workshop and fills its scope', 'scope', [], async () => {
    await openApp(page(), server.url, '/');
    dates = await dateFieldOrder(page());
    await pressButton(page(), button('New workshop'));
    await label('Workshop title').waitFor();
    await page().keyboard.type('ED medical workforce 2026');
    await page().keyboard.press('Enter');
    await page().getByRole('heading', { name: 'Scope', level: 1 }).waitFor({ timeout: UI_TIMEOUT });
    workshopId = workshopIdFromUrl(page());
    await typeInto(page(), label('Service or pathway'), 'Urgent and emergency care');
    await typeInto(page(), label('Organisation'), 'Northshire Hospitals NHS Foundation Trust');
    await typeInto(
      page(),
      label('The workforce challenge in one sentence'),
      'Too few middle-grade doctors overnight',
    );
    await typeInto(page(), label('Sponsor'), 'Medical Director');
    await typeDate(page(), label('Workshop date'), '2026-03-15', dates);
    await typeInto(page(), label('Venue'), 'Education Centre, Room 2');
    await expect.poll(() => label('Workshop date').inputValue()).toBe('2026-03-15');
    await checkStep('1-scope');
  });

  journeyTest(
    'records six attendees with staff groups and consent to be named',
    'people',
    ['scope'],
    async () => {
      await continueTo(page(), 'People');
      for (const [i, a] of ATTENDEES.entries()) {
        await typeInto(page(), label('Name (optional)'), a.name);
        await typeInto(page(), label('Job role'), a.role);
        await typeInto(page(), label('Organisation'), a.org);
        await chooseOption(page(), label('Staff group'), a.group);
        await setCheckbox(page(), label('This person agrees to be named in exports'), a.named);
        await pressButton(page(), button('Add attendee'));
        await page()
          .getByRole('heading', { name: `Attendees (${String(i + 1)})` })
          .waitFor();
      }
      const groups = page().locator('.nhsuk-summary-list__row');
      expect(await groups.allTextContents()).toEqual([
        'Medical and dental1',
        'Nursing and midwifery2',
        'Allied health professionals1',
        'Administrative and clerical1',
        'Managers and senior managers1',
      ]);
      await checkStep('2-people');
    },
  );

  for (const [key, step] of [
    ['current', 'Current activity'],
    ['gaps', 'Gaps and challenges'],
    ['ideas', 'Ideas'],
  ] as const) {
    const previous = ({ current: 'people', gaps: 'current', ideas: 'gaps' } as const)[key];
    journeyTest(`captures three cards on each point in ${step}`, key, [previous], async () => {
      await continueTo(page(), step);
      for (const point of POINTS) await addCardsByKeyboard(page(), point, CARDS[key][point]);
      if (key === 'gaps') {
        // Ctrl+Z takes the last card away, Ctrl+Shift+Z brings it back, and both are saved.
        const extra = 'Extra card to undo';
        await addCardsByKeyboard(page(), 'Leadership', [extra]);
        await waitForSaved(page());
        const onDisk = async () => (await readDatabase(page())).cards.some((c) => c.text === extra);
        await page().keyboard.press('Control+Z');
        await page().getByText(extra, { exact: true }).waitFor({ state: 'detached' });
        await waitForSaved(page());
        expect(await onDisk()).toBe(false);
        await page().keyboard.press('Control+Shift+Z');
        await page().getByText(extra, { exact: true }).waitFor();
        await waitForSaved(page());
        expect(await onDisk()).toBe(true);
        await page().keyboard.press('Control+Z');
        await page().getByText(extra, { exact: true }).waitFor({ state: 'detached' });
      }
      for (const point of POINTS) {
        expect(
          await page()
            .getByRole('heading', { name: `${point} (3)` })
            .count(),
        ).toBe(1);
      }
      await checkStep(`${String(['current', 'gaps', 'ideas'].indexOf(key) + 3)}-${key}`);
    });
  }

  journeyTest(
    'votes with the + buttons up to the allowance, and refuses one more',
    'votes',
    ['ideas'],
    async () => {
      await continueTo(page(), 'Prioritise');
      ideaNumbers = await readIdeaNumbers();
      expect(ideaNumbers.size).toBe(15);
      await typeInto(page(), label('Votes per person'), '2');
      await page().keyboard.press('Enter');
      await page().getByText('0 of 12 votes used, 12 left.').waitFor();
      for (const [text, votes] of VOTES) {
        const n = String(ideaNumbers.get(text));
        for (let v = 1; v <= votes; v += 1) {
          await pressButton(page(), button(`Add a vote to idea ${n}`));
          await page()
            .getByLabel(`${String(v)} ${v === 1 ? 'vote' : 'votes'} for idea ${n}`)
            .waitFor();
        }
      }
      await page().getByText('12 of 12 votes used, 0 left.').waitFor();
      const spare = String(ideaNumbers.get('Recruit two more ACPs'));
      await pressButton(page(), button(`Add a vote to idea ${spare}`));
      await page()
        .getByRole('alert')
        .filter({ hasText: 'All 12 votes have been used. Remove a vote from another idea first.' })
        .waitFor();
      expect(await page().getByLabel(`0 votes for idea ${spare}`).count()).toBe(1);
    },
  );

  journeyTest(
    'places ideas on the matrix with the arrow keys and by quadrant',
    'matrix',
    ['votes'],
    async () => {
      for (const [i, [text, keys, where]] of PLACEMENTS.entries()) {
        const marker = button(new RegExp(`^Idea ${String(ideaNumbers.get(text))}: `));
        for (const [k, key] of keys.entries()) {
          await focusByTab(page(), marker);
          await page().keyboard.press(key);
          if (i === 0 && k === 0) focusKeptOnFirstPlacement = await isFocused(marker);
        }
        await button(new RegExp(`: ${text}\\. ${where}\\.`)).waitFor();
      }
      for (const [text, quadrant] of QUADRANT_CHOICES) {
        await chooseOption(
          page(),
          label(`Quadrant for idea ${String(ideaNumbers.get(text))}`),
          quadrant,
        );
      }
      await page().getByText('Not yet placed (9)').waitFor();
      await checkStep('6-prioritise');

      await pressButton(page(), button('Presentation mode'));
      await page().locator('html.app-presenting').waitFor({ state: 'attached' });
      await screenshot(page(), 'workshop-presentation-mode');
      await page().keyboard.press('Escape');
      await page().locator('html.app-presenting').waitFor({ state: 'detached' });
    },
  );

  it('keeps focus on an idea when the arrow keys first move it onto the matrix', async () => {
    await reach('matrix');
    // The marker moves from the tray into the matrix (a new node); focus must follow it.
    expect(focusKeptOnFirstPlacement).toBe(true);
  });

  journeyTest(
    'makes eight actions with owners, due dates and RAG status',
    'actions',
    ['matrix'],
    async () => {
      await continueTo(page(), 'Action plan');
      for (const text of FROM_IDEAS) {
        await pressButton(page(), button(`Make an action from ‘${text}’`));
        await cell(page(), `Owner of ‘${text}’`).waitFor();
      }
      const form = page().getByRole('form', { name: 'Add an action' });
      for (const [title, point] of NEW_ACTIONS) {
        await typeInto(page(), form.getByLabel('Action', { exact: true }), title);
        await chooseOption(page(), form.getByLabel('Star point'), point);
        await pressButton(page(), form.getByRole('button', { name: 'Add action' }));
        await cell(page(), `Owner of ‘${title}’`).waitFor();
      }
      await page().getByRole('heading', { name: 'Actions (8)' }).waitFor();
      for (const a of ACTION_VALUES) {
        await typeIntoCell(page(), `Owner of ‘${a.title}’`, a.owner);
        await typeDateInCell(page(), `Due date of ‘${a.title}’`, a.due, dates);
        await chooseInCell(page(), `RAG status of ‘${a.title}’`, a.rag);
        await expect
          .poll(
            async () =>
              (await readDatabase(page())).actions.find((r) => r.title === a.title)?.dueDate,
          )
          .toBe(a.due);
      }
      await waitForSaved(page());
    },
  );

  journeyTest(
    'refuses a due date before the start date and stores nothing',
    'refused due date',
    ['actions'],
    async () => {
      const first = ACTION_VALUES[0];
      if (!first) throw new Error('No actions');
      await pressButton(page(), button(`Details of ‘${first.title}’`));
      await typeDate(page(), label('Start date'), '2026-06-01', dates);
      await typeDate(page(), label('Due date'), '2026-05-15', dates);
      await page().getByText('Due date must be the same as or after the start date').waitFor();
      await waitForSaved(page());
      const stored = (await readDatabase(page())).actions.find((a) => a.title === first.title);
      expect(stored).toMatchObject({ startDate: '2026-06-01' });
      expect(stored?.dueDate).not.toBe('2026-05-15');
      dueAfterRefusal = stored?.dueDate;
      await typeDate(page(), label('Due date'), first.due, dates);
      await page()
        .getByText('Due date must be the same as or after the start date')
        .waitFor({ state: 'detached' });
      await pressButton(page(), button('Close details'));
      await checkStep('7-actions');
    },
  );

  it('keeps the previous due date when a refused one is typed over it', async () => {
    await reach('refused due date');
    // Typing "0" into the month box makes Chromium report an empty value for a moment; that
    // half-typed date must not be saved as "no due date".
    expect(dueAfterRefusal).toBe(ACTION_VALUES[0]?.due);
  });

  journeyTest(
    'runs the step timer: set one minute, start, pause, add a minute',
    'timer',
    ['scope'],
    async () => {
      const timer = page().getByRole('region', { name: 'Step timer' });
      await typeInto(page(), label('Timer length in minutes'), '1');
      await page().keyboard.press('Enter');
      await timer.getByText('1 minute left').waitFor();
      await pressButton(page(), button('Start timer'));
      await page().clock.fastForward(5_000);
      await expect
        .poll(() => timer.locator('.app-timer__time').textContent(), { timeout: UI_TIMEOUT })
        .toMatch(/^0:5\d$/);
      await pressButton(page(), button('Pause timer'));
      const paused = timer.getByText(/^5(\d) seconds left$/);
      await paused.waitFor();
      const seconds = /^5(\d)/.exec((await paused.textContent()) ?? '')?.[1];
      await pressButton(page(), button('Add a minute'));
      await timer.getByText(`1 minute 5${String(seconds)} seconds left`).waitFor();
      // A minute and a half passes while paused; adding a minute again shows none of it was used.
      await page().clock.fastForward(90_000);
      await pressButton(page(), button('Add a minute'));
      await timer.getByText(`2 minutes 5${String(seconds)} seconds left`).waitFor();
    },
  );

  journeyTest('summarises the workshop on Review', 'review', ['refused due date'], async () => {
    await continueTo(page(), 'Review and export');
    await expectReview();
    await checkStep('8-review');
  });

  journeyTest('has everything after a reload', 'reload', ['review'], async () => {
    await page().reload();
    await page()
      .getByRole('heading', { name: 'Review and export', level: 1 })
      .waitFor({ timeout: UI_TIMEOUT });
    await expectReview();

    await openApp(page(), server.url, `/workshops/${workshopId}/people`, 'People');
    for (const [i, a] of ATTENDEES.entries()) {
      const who = `attendee ${String(i + 1)}`;
      expect(await cellText(page(), `Name for ${who}`)).toBe(a.name);
      expect(await cellText(page(), `Job role for ${who}`)).toBe(a.role);
      expect(await cellText(page(), `Staff group for ${who}`)).toBe(a.group);
      expect(
        await page()
          .getByRole('checkbox', { name: `${who} may be named in exports`, exact: true })
          .isChecked(),
      ).toBe(a.named);
    }
    await openApp(page(), server.url, `/workshops/${workshopId}/actions`, 'Action plan');
    for (const a of ACTION_VALUES) {
      expect(await cellText(page(), `Owner of ‘${a.title}’`)).toBe(a.owner);
      expect(await cellText(page(), `Due date of ‘${a.title}’`)).toBe(formatDate(a.due));
      expect(await cellText(page(), `RAG status of ‘${a.title}’`)).toBe(a.rag);
    }
    await openApp(page(), server.url, `/workshops/${workshopId}/prioritise`, 'Prioritise');
    await page()
      .getByRole('button', { name: /^Idea \d+: / })
      .first()
      .waitFor();
    ideaNumbersAfterReload = await readIdeaNumbers();
    for (const [text, votes] of VOTES) {
      const n = String(ideaNumbersAfterReload.get(text));
      expect(
        await page()
          .getByLabel(`${String(votes)} ${votes === 1 ? 'vote' : 'votes'} for idea ${n}`)
          .count(),
        text,
      ).toBe(1);
    }
    expect(session.problems()).toBe('');
  });

  it('numbers each idea the same after a reload', async () => {
    await reach('votes');
    await reach('reload');
    // The room refers to ideas by number on the projected matrix: a reload must not renumber.
    expect(ideaNumbersAfterReload.size).toBe(15);
    expect(Object.fromEntries(ideaNumbersAfterReload)).toEqual(Object.fromEntries(ideaNumbers));
  });
});

/** Each idea's number on the Prioritise step, read from the matrix markers' names. */
async function readIdeaNumbers(): Promise<Map<string, number>> {
  const labels = await page()
    .getByRole('button', { name: /^Idea \d+: / })
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return new Map(
    labels.map((l) => {
      const m = /^Idea (\d+): (.*?)\. (?:not yet placed|impact \d+)/.exec(l);
      return [m?.[2] ?? l, Number(m?.[1])];
    }),
  );
}

/** The Review step's counts, by point and in total. */
async function expectReview(): Promise<void> {
  const table = page().getByRole('table', { name: 'Cards on each point of the Star' });
  const actionsPerPoint: Record<Point, number> = {
    Supply: 2,
    Upskilling: 2,
    'New roles': 1,
    'New ways of working': 2,
    Leadership: 1,
  };
  for (const point of POINTS) {
    const cells = await table
      .getByRole('row', { name: new RegExp(`^${point}\\b`) })
      .getByRole('cell')
      .allTextContents();
    expect(cells, point).toEqual(['3', '3', '3', String(actionsPerPoint[point])]);
  }
  await page().getByText('6 attendees · 12 votes cast · 6 ideas placed on the matrix').waitFor();
  const byStatus = await page()
    .locator('.nhsuk-summary-list__row')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => c.textContent.trim()).join(' ')),
    );
  expect(byStatus).toEqual(['Red 2', 'Amber 2', 'Green 2', 'Blue (complete) 2', 'Not set 0']);
}
