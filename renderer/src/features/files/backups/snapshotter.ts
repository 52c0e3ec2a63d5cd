/**
 * When to take a backup snapshot: only once the open workshop has changed since it was loaded
 * or last snapshotted, so an untouched workshop never fills the backups with copies. Change is
 * seen by reference: the store replaces the workshop and each list whenever they are edited.
 * Plain TypeScript with the clock-free decision separate from timers, so it is easy to test.
 */
import type { WorkshopContent } from '@shared/domain';

export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

type Refs = readonly [unknown, unknown, unknown, unknown];
const refsOf = (c: WorkshopContent): Refs => [c.workshop, c.participants, c.cards, c.actions];
const sameRefs = (a: Refs, b: Refs): boolean => a.every((x, i) => x === b[i]);

export type SnapshotResult = 'written' | 'unchanged' | 'failed';

export interface Snapshotter {
  /** Call on every store change with the open workshop (null when none is open and loaded). */
  observe(content: WorkshopContent | null): void;
  /** Writes a snapshot if the open workshop changed since its last one. */
  takeIfChanged(): Promise<SnapshotResult>;
}

export const createSnapshotter = (
  write: (content: WorkshopContent) => Promise<{ ok: boolean }>,
): Snapshotter => {
  let baselineId: string | null = null;
  let baseline: Refs | null = null;
  let latest: WorkshopContent | null = null;
  let changed = false;
  let running: Promise<SnapshotResult> | null = null;

  const take = async (): Promise<SnapshotResult> => {
    const content = latest;
    if (!content || !changed) return 'unchanged';
    const refs = refsOf(content);
    const result = await write(content).catch(() => ({ ok: false }));
    if (!result.ok) return 'failed';
    // Edits made while writing stay marked as changed for the next snapshot.
    baseline = refs;
    changed = latest !== null && !sameRefs(refsOf(latest), refs);
    return 'written';
  };

  return {
    observe(content) {
      latest = content;
      if (!content) return;
      if (content.workshop.id !== baselineId) {
        // A workshop just opened: what it holds now is already in the database, not a change.
        baselineId = content.workshop.id;
        baseline = refsOf(content);
        changed = false;
        return;
      }
      if (baseline && !sameRefs(baseline, refsOf(content))) changed = true;
    },
    takeIfChanged() {
      running ??= take().finally(() => {
        running = null;
      });
      return running;
    },
  };
};
