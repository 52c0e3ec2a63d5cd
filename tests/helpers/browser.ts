// Drives Debian's Chromium (via playwright-core, which never downloads a browser) for the
// end-to-end tests and benchmarks. Each session gets a fresh profile folder, so IndexedDB
// starts empty; `restart()` closes the browser and launches it again on the same profile, a
// real restart in which IndexedDB survives. The session records console errors, uncaught page
// errors and every request that leaves 127.0.0.1 (the app must work with no network at all),
// so tests can assert that none happened.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './server';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that let Chromium run as root in a container and keep it off the network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-results', 'screenshots');

export interface LaunchOptions {
  /** Reuse an existing profile folder (it is then not deleted by close()). */
  profileDir?: string;
  viewport?: { width: number; height: number };
}

/** True for requests that stay on this machine's loopback server or never touch the network. */
const isLocal = (url: string): boolean => {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === '127.0.0.1';
  } catch {
    return false;
  }
};

const isFaviconMiss = (text: string, url: string): boolean =>
  text.startsWith('Failed to load resource') &&
  new URL(url, 'http://x/').pathname === '/favicon.ico';

export class BrowserSession {
  /** "[page url] message" for every console.error (CSP violations land here too). */
  readonly consoleErrors: string[] = [];
  /** Uncaught exceptions and unhandled rejections in any page. */
  readonly pageErrors: string[] = [];
  /** "METHOD url" for every request to anywhere but 127.0.0.1. */
  readonly externalRequests: string[] = [];

  private current: BrowserContext | null = null;

  private constructor(
    readonly profileDir: string,
    private readonly ownsProfile: boolean,
    private readonly viewport: { width: number; height: number },
  ) {}

  /** Launches Chromium on a fresh temporary profile (or `options.profileDir`). */
  static async launch(options: LaunchOptions = {}): Promise<BrowserSession> {
    const profileDir =
      options.profileDir ?? (await mkdtemp(join(tmpdir(), 'star-workshop-profile-')));
    const session = new BrowserSession(
      profileDir,
      options.profileDir === undefined,
      options.viewport ?? { width: 1280, height: 800 },
    );
    await session.start();
    return session;
  }

  get context(): BrowserContext {
    if (this.current === null) throw new Error('The browser is not running (closed?)');
    return this.current;
  }

  /** The first open tab; a persistent context always starts with one. */
  get page(): Page {
    const [first] = this.context.pages();
    if (first === undefined) throw new Error('The browser has no open page');
    return first;
  }

  /** Opens another tab in the same profile (e.g. to test two tabs on one workshop). */
  newPage(): Promise<Page> {
    return this.context.newPage();
  }

  /** Closes the browser and launches it again on the same profile: IndexedDB survives. */
  async restart(): Promise<void> {
    await this.context.close();
    this.current = null;
    await this.start();
  }

  /** Closes the browser and deletes the temporary profile. Safe to call twice. */
  async close(): Promise<void> {
    if (this.current !== null) {
      const context = this.current;
      this.current = null;
      await context.close();
    }
    if (this.ownsProfile) await rm(this.profileDir, { recursive: true, force: true });
  }

  /** Everything recorded so far that a clean run must not have, as one readable string. */
  problems(): string {
    return [
      ...this.consoleErrors.map((e) => `console error: ${e}`),
      ...this.pageErrors.map((e) => `page error: ${e}`),
      ...this.externalRequests.map((r) => `network request off 127.0.0.1: ${r}`),
    ].join('\n');
  }

  private async start(): Promise<void> {
    const context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: this.viewport,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      acceptDownloads: true,
    });
    context.on('request', (request) => {
      if (!isLocal(request.url())) {
        this.externalRequests.push(`${request.method()} ${request.url()}`);
      }
    });
    for (const page of context.pages()) this.watch(page);
    context.on('page', (page) => {
      this.watch(page);
    });
    this.current = context;
  }

  private watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location();
        // Chromium asks for /favicon.ico on its own when a page names no icon; the desktop
        // app never does, so that 404 says nothing about the app.
        if (isFaviconMiss(message.text(), url)) return;
        this.consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
      }
    });
    page.on('pageerror', (error) => {
      this.pageErrors.push(error.stack ?? error.message);
    });
  }
}

/** Launches Chromium on a fresh profile. Remember `await session.close()` in afterAll. */
export const launchBrowser = (options?: LaunchOptions): Promise<BrowserSession> =>
  BrowserSession.launch(options);

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export const screenshot = async (page: Page, name: string): Promise<string> => {
  const safe = name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${safe}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
};

/** The WCAG 2.2 AA rule sets NHS services must meet. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolationSummary {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  /** One entry per offending element: its selector and what axe says is wrong. */
  nodes: { target: string; failure: string }[];
}

export interface AxeOptions {
  /** Only check inside this selector. */
  include?: string;
  /** Leave these selectors out (say why in the test). */
  exclude?: string[];
}

/** Runs axe-core on the page and returns its WCAG 2.2 AA violations (empty when clean). */
export const axeViolations = async (
  page: Page,
  options: AxeOptions = {},
): Promise<AxeViolationSummary[]> => {
  let builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
  if (options.include !== undefined) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target
        .map((part) => (typeof part === 'string' ? part : part.join(' ')))
        .join(' > '),
      failure: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  }));
};

/** Formats violations for an assertion message: one block per rule, one line per element. */
export const formatAxeViolations = (violations: readonly AxeViolationSummary[]): string =>
  violations
    .map((v) =>
      [
        `[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes.map((n) => `    ${n.target} — ${n.failure}`),
      ].join('\n'),
    )
    .join('\n');

/** Throws a readable error naming every violation on `screen` when axe finds any. */
export const assertNoAxeViolations = async (
  page: Page,
  screen: string,
  options?: AxeOptions,
): Promise<void> => {
  const violations = await axeViolations(page, options);
  if (violations.length > 0) {
    throw new Error(
      `${String(violations.length)} accessibility violation(s) on ${screen}:\n${formatAxeViolations(violations)}`,
    );
  }
};
