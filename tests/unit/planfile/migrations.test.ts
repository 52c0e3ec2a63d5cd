/**
 * The migration machinery, exercised with test-only registries that carry a file of the current
 * format further (so the chain, its ordering, its failures and the reported `migratedFrom` work
 * the day the next format arrives), and the real registry on its own.
 */
import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  MIGRATIONS,
  registryProblems,
  restorePlan,
  serialisePlan,
  type Migration,
  type RawEnvelope,
} from '@shared/planfile';
import { makeContent } from '../../helpers/planFactory';
import { expectError, expectOk, SAVE_OPTIONS } from './helpers';

/** A file in the format this build writes; test registries migrate it to made-up later ones. */
const NOW = CURRENT_FORMAT_VERSION;
const currentFile = (): string => serialisePlan(makeContent(), SAVE_OPTIONS);

/** Test-only: each step tags every card with the format it reached and bumps the version. */
const tagStep = (from: number, log: number[]): Migration => ({
  from,
  to: from + 1,
  description: `test: tag cards with v${from + 1}`,
  migrate: (envelope: RawEnvelope) => {
    log.push(from);
    const payload = envelope.payload as { cards: { tags: string[] }[] };
    return {
      ...envelope,
      formatVersion: from + 1,
      payload: {
        ...payload,
        cards: payload.cards.map((c) => ({ ...c, tags: [...c.tags, `v${from + 1}`] })),
      },
    };
  },
});

describe('the real registry', () => {
  it('is contiguous and ends at the current format', () => {
    expect(registryProblems(MIGRATIONS, CURRENT_FORMAT_VERSION)).toEqual([]);
  });
});

describe('registryProblems', () => {
  it('finds gaps, duplicates, jumps and steps past the target', () => {
    const noop = (from: number, to = from + 1): Migration => ({
      from,
      to,
      description: 'test',
      migrate: (e) => ({ ...e }),
    });
    expect(registryProblems([noop(1), noop(3)], 4)).toEqual(['no migration from format 2 to 3']);
    expect(registryProblems([noop(1), noop(1)], 2)).toEqual(['two migrations start at format 1']);
    expect(registryProblems([noop(1, 3)], 3)).toContain('migration 1→3 does not step by one');
    expect(registryProblems([noop(1), noop(2)], 2)).toContain('migration 2→3 goes past format 2');
    expect(registryProblems([noop(1)], 3)).toEqual(['no migration from format 2 to 3']);
  });
});

describe('restorePlan with migrations', () => {
  it('runs each step in order and validates what the last one produced', () => {
    const log: number[] = [];
    const result = expectOk(
      restorePlan(currentFile(), {
        migrations: [tagStep(NOW + 1, log), tagStep(NOW, log)],
        currentFormatVersion: NOW + 2,
      }),
    );
    expect(log).toEqual([NOW, NOW + 1]);
    expect(result.migratedFrom).toBe(NOW);
    expect(result.plan.meta.formatVersion).toBe(NOW + 2);
    expect(result.plan.content.cards[0]?.tags).toEqual([
      'Funding',
      `v${String(NOW + 1)}`,
      `v${String(NOW + 2)}`,
    ]);
  });

  it('judges the checksum on the payload as saved, before migrating', () => {
    const result = expectOk(
      restorePlan(currentFile(), {
        migrations: [tagStep(NOW, [])],
        currentFormatVersion: NOW + 1,
      }),
    );
    expect(result.checksum).toBe('valid');
  });

  it('reports no migration for a file already in the current format', () => {
    const log: number[] = [];
    const text = currentFile().replace(
      `"formatVersion":${String(NOW)}`,
      `"formatVersion":${String(NOW + 1)}`,
    );
    const result = expectOk(
      restorePlan(text, { migrations: [tagStep(NOW, log)], currentFormatVersion: NOW + 1 }),
    );
    expect(log).toEqual([]);
    expect(result.migratedFrom).toBeNull();
  });

  it('fails with a typed error when a step is missing', () => {
    const error = expectError(
      restorePlan(currentFile(), {
        migrations: [tagStep(NOW, [])],
        currentFormatVersion: NOW + 2,
      }),
    );
    expect(error.code).toBe('migration-failed');
    expect(error.message).toBe(
      `This plan file uses the older format ${String(NOW + 1)} and could not be brought up to format ${String(NOW + 2)}.`,
    );
  });

  it('fails with the cause kept when a migration throws on damaged data', () => {
    const boom = new TypeError('payload.cards is not iterable');
    const throwing: Migration = {
      from: NOW,
      to: NOW + 1,
      description: 'test: throws',
      migrate: () => {
        throw boom;
      },
    };
    const error = expectError(
      restorePlan(currentFile(), { migrations: [throwing], currentFormatVersion: NOW + 1 }),
    );
    expect(error.code).toBe('migration-failed');
    expect(error.cause).toBe(boom);
  });

  it('fails when a migration does not leave the version it promised', () => {
    const liar: Migration = {
      from: NOW,
      to: NOW + 1,
      description: 'test',
      migrate: (e) => ({ ...e }),
    };
    const error = expectError(
      restorePlan(currentFile(), { migrations: [liar], currentFormatVersion: NOW + 1 }),
    );
    expect(error.code).toBe('migration-failed');
  });
});

describe('format 1 → 2', () => {
  /** A format 1 payload as the app wrote it: no idea numbers, one `sourceCardId` per action. */
  const v1Envelope = (): RawEnvelope => {
    const content = makeContent();
    const without = (item: object, key: string): Record<string, unknown> =>
      Object.fromEntries(Object.entries(item).filter(([k]) => k !== key));
    const card = (id: string, kind: string, createdAt: string) =>
      without({ ...content.cards[0], id, kind, createdAt }, 'number');
    const action = without({ ...content.actions[0] }, 'ideaIds');
    const workshop = without(content.workshop, 'lastIdeaNumber');
    return {
      type: 'star-workshop-plan',
      formatVersion: 1,
      payload: {
        workshop,
        participants: [],
        cards: [
          card('late', 'idea', '2025-03-14T11:00:00.000Z'),
          card('gap', 'gap', '2025-03-14T09:00:00.000Z'),
          card('early', 'idea', '2025-03-14T10:00:00.000Z'),
          card('b-same-time', 'idea', '2025-03-14T10:30:00.000Z'),
          card('a-same-time', 'idea', '2025-03-14T10:30:00.000Z'),
        ],
        actions: [
          { ...action, id: 'x', sourceCardId: 'late' },
          { ...action, id: 'y', sourceCardId: null },
        ],
      },
    };
  };

  const [step] = MIGRATIONS;

  it('is the first registered migration', () => {
    expect(step).toMatchObject({ from: 1, to: 2 });
  });

  it('numbers ideas in capture order and turns each sourceCardId into ideaIds', () => {
    const out = step?.migrate(v1Envelope()) ?? {};
    const payload = out.payload as {
      workshop: { lastIdeaNumber: number };
      cards: { id: string; number: number | null }[];
      actions: Record<string, unknown>[];
    };
    expect(out.formatVersion).toBe(2);
    expect(Object.fromEntries(payload.cards.map((c) => [c.id, c.number]))).toEqual({
      early: 1,
      'a-same-time': 2,
      'b-same-time': 3,
      late: 4,
      gap: null,
    });
    expect(payload.workshop.lastIdeaNumber).toBe(4);
    expect(payload.actions.map((a) => a.ideaIds)).toEqual([['late'], []]);
    expect(payload.actions.every((a) => !('sourceCardId' in a))).toBe(true);
  });

  it('leaves shapes it does not recognise for validation to refuse', () => {
    const broken: RawEnvelope = { type: 'star-workshop-plan', formatVersion: 1, payload: 'oops' };
    expect(step?.migrate(broken)).toEqual({ ...broken, formatVersion: 2 });
    const odd = { ...v1Envelope(), payload: { workshop: 7, cards: 'x', actions: [3] } };
    expect(step?.migrate(odd)).toEqual({ ...odd, formatVersion: 2 });
  });
});
