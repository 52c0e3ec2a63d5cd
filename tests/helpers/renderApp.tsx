/**
 * Renders the whole app in jsdom on a fresh fake-indexeddb database, the way a user meets it:
 * hash address first, then <App />. Seeding goes through the real store and is flushed to the
 * database, then the workshop is closed so the screen loads it exactly as on a cold start.
 */
import { configure, render, screen, waitFor, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import type {
  ActionInput,
  CardKind,
  ParticipantInput,
  Scope,
  StarPointId,
  StepId,
} from '@shared/domain';
import { App } from '../../renderer/src/app/App';
import type { ContentTable, RowOf } from '../../renderer/src/db';
import { resetAppStore } from '../../renderer/src/store';
import { makeTestApp, type TestApp } from './appStore';

/**
 * Role queries skip their per-element visibility check (getComputedStyle up the tree), which
 * costs about a second per query on a whole screen in jsdom. jsdom loads no stylesheet, so the
 * check only ever saw inline styles and `hidden`; aria-hidden content could now match a role
 * query, so tests query by accessible names that hidden decoration does not have.
 */
configure({ defaultHidden: true });

// A whole screen per test takes 0.3–2 s here, and several times that when the 2 shared cores
// are busy; the default 5 s would make the suite flaky, not stricter.
vi.setConfig({ testTimeout: 20_000 });

export type User = ReturnType<typeof userEvent.setup>;

export interface AppHarness extends TestApp {
  readonly user: User;
  readonly view: RenderResult;
}

export interface WorkshopSeed {
  readonly title?: string;
  readonly scope?: Partial<Scope>;
  readonly stepNotes?: Partial<Record<StepId, string>>;
  readonly participants?: readonly ParticipantInput[];
  readonly cards?: readonly { kind: CardKind; point: StarPointId; text: string }[];
  readonly actions?: readonly (ActionInput & {
    title: string;
    points: readonly StarPointId[];
  })[];
}

const fail = (what: string, errors: readonly { message: string }[]): never => {
  throw new Error(`Seeding ${what} failed: ${errors.map((e) => e.message).join('; ')}`);
};

/** Create a workshop with content through the store, flush it, and close it again. */
export const seedWorkshop = async (app: TestApp, seed: WorkshopSeed = {}): Promise<string> => {
  const s = app.store.getState;
  if (s().libraryStatus !== 'ready') await s().loadLibrary();
  const created = await s().createWorkshop(seed.title ?? 'Emergency department workforce');
  if (!created.ok) return fail('workshop', created.errors);
  const id = created.value.id;
  await s().openWorkshop(id);
  if (seed.scope) {
    const r = s().updateScope(seed.scope);
    if (!r.ok) fail('scope', r.errors);
  }
  for (const [step, text] of Object.entries(seed.stepNotes ?? {}) as [StepId, string][]) {
    const r = s().setStepNote(step, text);
    if (!r.ok) fail('step note', r.errors);
  }
  for (const p of seed.participants ?? []) {
    const r = s().addParticipant(p);
    if (!r.ok) fail('participant', r.errors);
  }
  for (const c of seed.cards ?? []) {
    const r = s().addCard(c.kind, c.point, c.text);
    if (!r.ok) fail('card', r.errors);
  }
  for (const a of seed.actions ?? []) {
    const r = s().addAction(a);
    if (!r.ok) fail('action', r.errors);
  }
  if (!(await s().flushSaves())) throw new Error('Seeding could not save');
  s().closeWorkshop();
  return id;
};

/**
 * Render <App /> at a hash address (e.g. '/', '/trash', '/workshops/x/scope') as a cold start:
 * a fresh store on the same database, so the screen waits for the app's own library load and
 * no seeding state leaks in (a load still in flight would overwrite the first clicks).
 */
export const renderApp = async (
  path = '/',
  seeded: TestApp = makeTestApp(),
): Promise<AppHarness> => {
  const app: TestApp = { ...seeded, store: resetAppStore(seeded.deps) };
  window.location.hash = `#${path}`;
  // No artificial delay between keystrokes: the screens are real, the waiting is not.
  const user = userEvent.setup({ delay: null });
  const view = render(<App />);
  // Wait until the library has loaded (or failed): the loading line goes away.
  await waitFor(() => {
    expect(screen.queryByText('Opening your workshops…')).not.toBeInTheDocument();
  });
  return { ...app, user, view };
};

/** Seed a workshop and open one of its steps; resolves once the step heading shows. */
export const renderStep = async (
  step: StepId,
  seed: WorkshopSeed = {},
): Promise<AppHarness & { workshopId: string }> => {
  const app = makeTestApp();
  const workshopId = await seedWorkshop(app, seed);
  const harness = await renderApp(`/workshops/${workshopId}/${step}`, app);
  await screen.findByRole('navigation', { name: 'Workshop steps' });
  return { ...harness, workshopId };
};

/** What is durably stored for the workshop, after every queued write has completed. */
export const storedRows = async <T extends ContentTable>(
  app: TestApp,
  table: T,
): Promise<RowOf[T][]> => {
  await app.store.getState().flushSaves();
  const rows = (await app.db.table(table).toArray()) as RowOf[T][];
  return rows;
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The accessible name of a control whose visible text is followed by a visually hidden span
 * (e.g. "Remove" + " attendee 1"). jsdom's name computation drops the space between them,
 * where a browser keeps it, so match either.
 */
export const named = (visible: string, hidden: string): RegExp =>
  new RegExp(`^${escape(visible)}\\s*${escape(hidden.trim())}$`);
