/**
 * Every format version ever shipped has fixture files that must keep opening, and every
 * registered migration must have run on at least one of them (a meta-test in the manner of
 * tldraw's migrations.test.ts): adding format 2 without a migration exercised here fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  MIGRATIONS,
  previewOf,
  restorePlan,
  type Migration,
} from '@shared/planfile';
import { expectOk } from './helpers';

const DIR = join(import.meta.dirname, '../../fixtures/planfiles');
const FIXTURES = readdirSync(DIR)
  .filter((name) => name.endsWith('.heestar'))
  .map((name) => ({ name, version: Number(/^v(\d+)-/.exec(name)?.[1]) }));

const calls = new Map<Migration, number>();
const instrumented: Migration[] = MIGRATIONS.map((m) => ({
  ...m,
  migrate: (envelope) => {
    calls.set(m, (calls.get(m) ?? 0) + 1);
    return m.migrate(envelope);
  },
}));

const openFixture = (name: string) =>
  restorePlan(new Uint8Array(readFileSync(join(DIR, name))), { migrations: instrumented });

describe('fixtures of every shipped format', () => {
  it('are named v<format>-<description>.heestar', () => {
    for (const f of FIXTURES) expect(Number.isInteger(f.version), f.name).toBe(true);
  });

  it('exist for every format from 1 to the current one', () => {
    for (let v = 1; v <= CURRENT_FORMAT_VERSION; v += 1) {
      expect(
        FIXTURES.some((f) => f.version === v),
        `no fixture for format ${v}`,
      ).toBe(true);
    }
  });

  it.each(FIXTURES)('$name opens, migrated from its own format if older', ({ name, version }) => {
    const result = expectOk(openFixture(name));
    expect(result.migratedFrom).toBe(version < CURRENT_FORMAT_VERSION ? version : null);
    expect(result.plan.meta.formatVersion).toBe(CURRENT_FORMAT_VERSION);
    expect(result.plan.content.workshop.scope.title.length).toBeGreaterThan(0);
  });

  afterAll(() => {
    // The meta-test: a migration no fixture exercised is a migration nobody has tested.
    for (const m of MIGRATIONS) {
      expect(calls.get(m) ?? 0, `migration ${m.from}→${m.to} never ran`).toBeGreaterThan(0);
    }
  });
});

describe('what the format 1 fixtures contain', () => {
  it('v1-frailty-workshop opens with a valid checksum and no repairs', () => {
    const result = expectOk(openFixture('v1-frailty-workshop.heestar'));
    expect(result.checksum).toBe('valid');
    expect(result.repairs).toEqual([]);
    const preview = previewOf(result);
    expect(preview).toMatchObject({
      organisation: 'Northshire Hospitals NHS Foundation Trust',
      title: 'Frailty pathway workforce',
      date: '2025-03-12',
      savedAt: '2025-03-14T16:45:00.000Z',
      counts: { participants: 3, cards: { current: 1, gap: 2, idea: 2, total: 5 }, actions: 2 },
    });
    expect(result.plan.content.participants.map((p) => p.name)).toEqual([
      'Priya Shah',
      'Tom Okafor',
      'Zoë Łukasz',
    ]);
  });

  it('v1-frailty-workshop-anonymised has no attendee names but keeps roles', () => {
    const text = readFileSync(join(DIR, 'v1-frailty-workshop-anonymised.heestar'), 'utf8');
    for (const name of ['Priya', 'Shah', 'Tom', 'Okafor', 'Zoë', 'Łukasz']) {
      expect(text).not.toContain(name);
    }
    const result = expectOk(openFixture('v1-frailty-workshop-anonymised.heestar'));
    expect(result.checksum).toBe('valid');
    expect(result.plan.content.participants.map((p) => [p.name, p.role])).toEqual([
      ['', 'Chief Nurse'],
      ['', 'Workforce Transformation Lead'],
      ['', 'Consultant Geriatrician'],
    ]);
  });

  it('v1-hand-edited-needs-repair opens with each repair reported in plain words', () => {
    const result = expectOk(openFixture('v1-hand-edited-needs-repair.heestar'));
    expect(result.checksum).toBe('missing');
    expect(result.repairs.map((r) => r.kind)).toEqual([
      'workshop-link-fixed',
      'duplicate-removed',
      'duplicate-renamed',
      'card-link-cleared',
    ]);
    expect(result.repairs.map((r) => r.message)).toEqual([
      '1 card was marked as belonging to a different workshop and has been attached to this one.',
      'Card "Recruit two advanced clinical practitio…" appeared twice; the repeated copy was removed.',
      'Card "Night rota gaps too" shared its id with another item; it was given a new id so both are kept.',
      'Action "Rota review" was linked to an idea not in the file; that link was removed and the action kept.',
    ]);
    const { cards, actions } = result.plan.content;
    expect(cards.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-2-2']);
    expect(new Set(cards.map((c) => c.workshopId))).toEqual(new Set(['ws-1']));
    expect(actions.find((a) => a.id === 'a-9')?.ideaIds).toEqual([]);
  });
});

describe('format 1 fixtures brought up to format 2', () => {
  it('number the ideas in capture order and keep each action’s idea as a link', () => {
    const { content } = expectOk(openFixture('v1-frailty-workshop.heestar')).plan;
    expect(content.cards.map((c) => [c.id, c.kind, c.number])).toEqual([
      ['c-1', 'idea', 1],
      ['c-2', 'gap', null],
      ['c-3', 'current', null],
      ['c-4', 'idea', 2],
      ['c-5', 'gap', null],
    ]);
    expect(content.workshop.lastIdeaNumber).toBe(2);
    expect(content.actions.map((a) => [a.id, a.ideaIds])).toEqual([
      ['a-1', ['c-1']],
      ['a-2', ['c-4']],
    ]);
  });
});

describe('what the format 2 fixtures contain', () => {
  it('v2-frailty-workshop-linked-ideas opens as saved: numbers, and an action linked to two ideas', () => {
    const result = expectOk(openFixture('v2-frailty-workshop-linked-ideas.heestar'));
    expect(result.checksum).toBe('valid');
    expect(result.repairs).toEqual([]);
    expect(result.migratedFrom).toBeNull();
    const { content } = result.plan;
    expect(content.cards.filter((c) => c.kind === 'idea').map((c) => [c.id, c.number])).toEqual([
      ['c-1', 1],
      ['c-4', 2],
    ]);
    expect(content.actions.find((a) => a.id === 'a-2')?.ideaIds).toEqual(['c-1', 'c-4']);
  });
});
