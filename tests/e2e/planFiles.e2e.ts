// Plan files in the built app (issue 5), in Chromium: save a workshop as a plan file (a
// download in the browser), open it again through the file input onto the import preview,
// import it as a NEW workshop, refuse a damaged file with its message and change nothing, and
// merge two breakout files — choosing a version for a conflicting edit — into one new workshop.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restorePlan, serialisePlan } from '@shared/planfile';
import { assertNoAxeViolations, launchBrowser, screenshot } from '../helpers/browser';
import type { BrowserSession } from '../helpers/browser';
import {
  openApp,
  readDatabase,
  UI_TIMEOUT,
  waitForSaved,
  workshopIdFromUrl,
} from '../helpers/e2eApp';
import { startDistServer } from '../helpers/server';
import type { StaticServer } from '../helpers/server';

const TITLE = 'Community nursing workforce';
const ORGANISATION = 'Dales Community Health NHS Trust';
const FIXTURE = fileURLToPath(
  new URL('../fixtures/planfiles/v1-frailty-workshop.heestar', import.meta.url),
);

let server: StaticServer;
let session: BrowserSession;
let dir: string;
let savedPlan = '';

beforeAll(async () => {
  server = await startDistServer();
  session = await launchBrowser();
  dir = await mkdtemp(path.join(tmpdir(), 'star-planfiles-e2e-'));
});

afterAll(async () => {
  await session.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Clicks `button` (which opens the platform's file input) and gives it `file`. */
const chooseFile = async (page: Page, button: string, file: string): Promise<void> => {
  const chooser = page.waitForEvent('filechooser', { timeout: UI_TIMEOUT });
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
};

const liveTitles = async (page: Page): Promise<string[]> =>
  (await readDatabase(page)).workshops
    .filter((w) => w.deletedAt === null)
    .map((w) => (w.scope as { title: string }).title)
    .sort();

describe('plan files in Chromium', () => {
  it('saves the open workshop as a plan file download', async () => {
    const { page } = session;
    await openApp(page, server.url, '/new');
    await page.getByLabel('Workshop title', { exact: true }).fill(TITLE);
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.waitForURL(/#\/workshops\/[^/]+\/scope$/, { timeout: UI_TIMEOUT });
    const id = workshopIdFromUrl(page);
    await page.getByLabel('Organisation', { exact: true }).fill(ORGANISATION);
    await page.getByLabel('Workshop date', { exact: true }).fill('2026-03-15');
    await waitForSaved(page);

    await openApp(page, server.url, `/workshops/${id}/review`);
    const download = page.waitForEvent('download', { timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Save plan file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${ORGANISATION} ${TITLE} 2026-03-15.heestar`);
    savedPlan = path.join(dir, file.suggestedFilename());
    await file.saveAs(savedPlan);
    await page
      .getByRole('status')
      .filter({ hasText: `Plan file saved to your downloads as ${file.suggestedFilename()}` })
      .waitFor({ timeout: UI_TIMEOUT });

    const restored = restorePlan(new Uint8Array(await readFile(savedPlan)));
    expect(restored.ok && restored.checksum).toBe('valid');
    expect(restored.ok && restored.plan.content.workshop.scope).toMatchObject({
      title: TITLE,
      organisation: ORGANISATION,
    });

    const anonymised = page.waitForEvent('download', { timeout: UI_TIMEOUT });
    await page.getByRole('button', { name: 'Save anonymised copy' }).click();
    expect((await anonymised).suggestedFilename()).toMatch(/\(anonymised\)\.heestar$/);
  });

  it('opens the saved file onto a preview and imports it as a new workshop', async () => {
    const { page } = session;
    await openApp(page, server.url, '/');
    await chooseFile(page, 'Open a plan file', savedPlan);
    await page.waitForURL(/#\/import$/, { timeout: UI_TIMEOUT });
    const preview = page.locator('.app-plan-preview');
    await preview.waitFor({ timeout: UI_TIMEOUT });
    expect(await preview.textContent()).toContain(ORGANISATION);
    expect(await preview.textContent()).toContain(TITLE);
    expect(await preview.textContent()).toContain('15 Mar 2026');
    expect(await preview.textContent()).toContain('Complete');
    await assertNoAxeViolations(page, 'Import preview');
    await screenshot(page, 'planfiles-import-preview');
    // Nothing is written until the facilitator says so.
    expect(await liveTitles(page)).toEqual([TITLE]);

    await page.getByRole('button', { name: 'Import as a new workshop' }).click();
    await page.waitForURL(/#\/workshops\/[^/]+/, { timeout: UI_TIMEOUT });
    const db = await readDatabase(page);
    // The copy is told apart from the original by its import date (issue 8, item 7).
    const [original, copy] = await liveTitles(page);
    expect(original).toBe(TITLE);
    expect(copy).toMatch(new RegExp(`^${TITLE} \\(imported \\d{1,2} [A-Z][a-z]{2} \\d{4}\\)$`));
    const ids = db.workshops.map((w) => w.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('refuses a damaged file with its message and changes nothing', async () => {
    const { page } = session;
    const broken = path.join(dir, 'Breakout C.heestar');
    const text = await readFile(savedPlan, 'utf8');
    await writeFile(broken, text.slice(0, Math.floor(text.length / 2)));
    const before = await readDatabase(page);

    await openApp(page, server.url, '/');
    await chooseFile(page, 'Open a plan file', broken);
    const alert = page
      .getByRole('alert')
      .filter({ hasText: '‘Breakout C.heestar’ could not be opened' });
    await alert.waitFor({ timeout: UI_TIMEOUT });
    expect(await alert.textContent()).toContain(
      'This file is damaged or incomplete: its contents could not be read as a plan.',
    );
    expect(await alert.textContent()).toContain('Ask the person who shared it to save it again');
    expect(await page.getByRole('button', { name: 'Import as a new workshop' }).count()).toBe(0);
    await assertNoAxeViolations(page, 'Import preview with a damaged file');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(/#\/$/, { timeout: UI_TIMEOUT });
    expect(await readDatabase(page)).toEqual(before);
  });

  it('merges two breakout files into one new workshop, with the chosen version of a conflict', async () => {
    const { page } = session;
    // Breakout B started from the same plan, reworded one card and added another.
    const base = restorePlan(new Uint8Array(await readFile(FIXTURE)));
    if (!base.ok) throw new Error(base.error.message);
    const { content } = base.plan;
    const [first] = content.cards;
    if (!first) throw new Error('The fixture has cards');
    const breakoutB = path.join(dir, 'Breakout B.heestar');
    const edited = 'Recruit three advanced clinical practitioners for weekend cover';
    await writeFile(
      breakoutB,
      serialisePlan(
        {
          ...content,
          cards: [
            { ...first, text: edited },
            ...content.cards.slice(1),
            { ...first, id: 'c-b-new', text: 'Share a rota coordinator with the community team' },
          ],
        },
        { anonymise: false, now: '2026-03-15T15:00:00.000Z', appVersion: '0.1.0' },
      ),
    );
    const before = await liveTitles(page);

    await openApp(page, server.url, '/');
    await page.getByRole('button', { name: 'Merge breakout files' }).click();
    await page.getByRole('heading', { name: 'Merge breakout files', level: 1 }).waitFor();
    await chooseFile(page, 'Add the main plan file', FIXTURE);
    await page
      .getByRole('button', { name: 'Add another plan file' })
      .waitFor({ timeout: UI_TIMEOUT });
    await chooseFile(page, 'Add another plan file', breakoutB);

    const conflict = page.getByRole('group', { name: /Card edited differently/ });
    await conflict.waitFor({ timeout: UI_TIMEOUT });
    expect(await conflict.textContent()).toContain(first.text);
    expect(await conflict.textContent()).toContain(edited);
    expect(await page.getByText('1 item is added from the other files').count()).toBe(1);
    await assertNoAxeViolations(page, 'Merge breakout files');
    await screenshot(page, 'planfiles-merge');
    await conflict.getByLabel('Keep the version from Breakout B.heestar').check();

    await page.getByRole('button', { name: 'Create the merged workshop' }).click();
    await page.waitForURL(/#\/workshops\/[^/]+/, { timeout: UI_TIMEOUT });
    const mergedId = workshopIdFromUrl(page);
    expect(await liveTitles(page)).toEqual(
      [...before, 'Frailty pathway workforce (merged)'].sort(),
    );
    const cards = (await readDatabase(page)).cards.filter((c) => c.workshopId === mergedId);
    const texts = cards.map((c) => c.text);
    expect(cards).toHaveLength(content.cards.length + 1);
    expect(texts).toContain(edited);
    expect(texts).not.toContain(first.text);
    expect(texts).toContain('Share a rota coordinator with the community team');
    // New ids: the merged workshop shares none with the files.
    expect(cards.map((c) => c.id)).not.toContain(first.id);

    expect(session.pageErrors, session.problems()).toEqual([]);
    expect(session.externalRequests, session.problems()).toEqual([]);
  });
});
