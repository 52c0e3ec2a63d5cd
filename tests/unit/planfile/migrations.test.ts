/**
 * The migration machinery, exercised with test-only registries: format 1 is the first shipped
 * so the real registry is empty, but the chain, its ordering, its failures and the reported
 * `migratedFrom` must already work the day format 2 arrives.
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

const v1File = (): string => serialisePlan(makeContent(), SAVE_OPTIONS);

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
      restorePlan(v1File(), {
        migrations: [tagStep(2, log), tagStep(1, log)],
        currentFormatVersion: 3,
      }),
    );
    expect(log).toEqual([1, 2]);
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.meta.formatVersion).toBe(3);
    expect(result.plan.content.cards[0]?.tags).toEqual(['Funding', 'v2', 'v3']);
  });

  it('judges the checksum on the payload as saved, before migrating', () => {
    const result = expectOk(
      restorePlan(v1File(), { migrations: [tagStep(1, [])], currentFormatVersion: 2 }),
    );
    expect(result.checksum).toBe('valid');
  });

  it('reports no migration for a file already in the current format', () => {
    const log: number[] = [];
    const text = v1File().replace('"formatVersion":1', '"formatVersion":2');
    const result = expectOk(
      restorePlan(text, { migrations: [tagStep(1, log)], currentFormatVersion: 2 }),
    );
    expect(log).toEqual([]);
    expect(result.migratedFrom).toBeNull();
  });

  it('fails with a typed error when a step is missing', () => {
    const error = expectError(
      restorePlan(v1File(), { migrations: [tagStep(1, [])], currentFormatVersion: 3 }),
    );
    expect(error.code).toBe('migration-failed');
    expect(error.message).toBe(
      'This plan file uses the older format 2 and could not be brought up to format 3.',
    );
  });

  it('fails with the cause kept when a migration throws on damaged data', () => {
    const boom = new TypeError('payload.cards is not iterable');
    const throwing: Migration = {
      from: 1,
      to: 2,
      description: 'test: throws',
      migrate: () => {
        throw boom;
      },
    };
    const error = expectError(
      restorePlan(v1File(), { migrations: [throwing], currentFormatVersion: 2 }),
    );
    expect(error.code).toBe('migration-failed');
    expect(error.cause).toBe(boom);
  });

  it('fails when a migration does not leave the version it promised', () => {
    const liar: Migration = { from: 1, to: 2, description: 'test', migrate: (e) => ({ ...e }) };
    const error = expectError(
      restorePlan(v1File(), { migrations: [liar], currentFormatVersion: 2 }),
    );
    expect(error.code).toBe('migration-failed');
  });
});
