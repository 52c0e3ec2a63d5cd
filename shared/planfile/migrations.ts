/**
 * Ordered, numbered migrations of the raw plan file envelope: each turns a file of format
 * `from` into format `to = from + 1`. Each has fixtures of its old format in
 * tests/fixtures/planfiles, whose meta-test fails until the migration has run on one of them.
 *
 * Migrations receive untrusted, unvalidated data (only `type` and `formatVersion` are known to
 * be right): they must not assume shapes, and may throw; the caller turns throws into a
 * typed `migration-failed` error. Strict validation runs after the last one.
 */
import { CURRENT_FORMAT_VERSION } from './constants';
import { MIGRATION_1_TO_2 } from './migrateV1';

export type RawEnvelope = Readonly<Record<string, unknown>>;

export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed in the format, for the spec and for support. */
  readonly description: string;
  readonly migrate: (envelope: RawEnvelope) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [MIGRATION_1_TO_2];

/** Problems with a registry: gaps, duplicates, steps other than +1, or not ending at `target`. */
export const registryProblems = (
  registry: readonly Migration[],
  target: number = CURRENT_FORMAT_VERSION,
): string[] => {
  const problems: string[] = [];
  const froms = new Set<number>();
  for (const m of registry) {
    if (!Number.isInteger(m.from) || m.from < 1) problems.push(`from ${m.from} is not a format`);
    if (m.to !== m.from + 1) problems.push(`migration ${m.from}→${m.to} does not step by one`);
    if (froms.has(m.from)) problems.push(`two migrations start at format ${m.from}`);
    froms.add(m.from);
    if (m.to > target) problems.push(`migration ${m.from}→${m.to} goes past format ${target}`);
  }
  const lowest = Math.min(...froms, target);
  for (let v = lowest; v < target; v += 1) {
    if (!froms.has(v)) problems.push(`no migration from format ${v} to ${v + 1}`);
  }
  return problems;
};

export type MigrationOutcome =
  | { readonly ok: true; readonly envelope: RawEnvelope; readonly applied: readonly Migration[] }
  | { readonly ok: false; readonly from: number; readonly to: number; readonly cause: unknown };

/**
 * Run every migration from `from` up to `target` in order. A missing step or a throw gives
 * `ok: false`; each result must carry the `formatVersion` its migration promised.
 */
export const runMigrations = (
  envelope: RawEnvelope,
  from: number,
  registry: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_FORMAT_VERSION,
): MigrationOutcome => {
  let current = envelope;
  const applied: Migration[] = [];
  for (let version = from; version < target; version += 1) {
    const step = registry.find((m) => m.from === version);
    if (!step) return { ok: false, from: version, to: target, cause: 'no migration registered' };
    try {
      const next = step.migrate(current);
      if (next.formatVersion !== step.to) {
        return { ok: false, from: version, to: step.to, cause: 'migration left the wrong version' };
      }
      current = next;
      applied.push(step);
    } catch (cause) {
      return { ok: false, from: version, to: step.to, cause };
    }
  }
  return { ok: true, envelope: current, applied };
};
