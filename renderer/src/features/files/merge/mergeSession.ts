/** Pure helpers for the merge screen: build the merge, apply the facilitator's choices. */
import type { WorkshopContent } from '@shared/domain';
import {
  mergePlans,
  resolveConflict,
  type MergeConflict,
  type MergeResult,
} from '@shared/planfile';

export interface MergeFile {
  /** Unique within the session (two files can share a name). */
  readonly key: string;
  readonly name: string;
  readonly content: WorkshopContent;
}

export const conflictKey = (c: Pick<MergeConflict, 'kind' | 'id'>): string => `${c.kind}:${c.id}`;

/** The first file is the base: its workshop details (scope, notes) are kept. */
export const mergeFiles = (files: readonly MergeFile[]): MergeResult | null => {
  const [base, ...rest] = files;
  if (!base || rest.length === 0) return null;
  return mergePlans(
    base.content,
    rest.map((f) => ({ label: f.name, content: f.content })),
  );
};

/** Applies each chosen version (default: the first, the base's) to every conflict. */
export const applyChoices = (
  result: MergeResult,
  choices: Readonly<Record<string, number>>,
): MergeResult =>
  result.report.conflicts.reduce(
    (acc, conflict) => resolveConflict(acc, conflict, choices[conflictKey(conflict)] ?? 0),
    result,
  );

const MAX_TITLE = 200;
const SUFFIX = ' (merged)';

export const mergedTitle = (title: string): string =>
  `${title.slice(0, MAX_TITLE - SUFFIX.length)}${SUFFIX}`;
