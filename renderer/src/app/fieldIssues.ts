import { useEffect } from 'react';
import { create } from 'zustand';

/**
 * Fields that hold typed text the app cannot save (too long, or otherwise refused), kept apart
 * from the workshop store because it is screen state, not data. While any is listed the
 * header says "Not saved" instead of "Saved" and links to the first (issue 8, item 10).
 */
export interface FieldIssue {
  /** The control's element id, so the header can move focus to it. */
  readonly id: string;
  readonly label: string;
}

interface FieldIssueState {
  readonly issues: readonly FieldIssue[];
}

const useFieldIssueStore = create<FieldIssueState>()(() => ({ issues: [] }));

const report = (issue: FieldIssue): void => {
  useFieldIssueStore.setState((s) => ({
    issues: [...s.issues.filter((i) => i.id !== issue.id), issue],
  }));
};

const clear = (id: string): void => {
  useFieldIssueStore.setState((s) =>
    s.issues.some((i) => i.id === id) ? { issues: s.issues.filter((i) => i.id !== id) } : s,
  );
};

/** Lists the field while `hasIssue` is true and takes it off again (also when it unmounts). */
export const useFieldIssue = (id: string | undefined, label: string, hasIssue: boolean): void => {
  useEffect(() => {
    if (id === undefined || !hasIssue) return;
    report({ id, label });
    return () => {
      clear(id);
    };
  }, [id, label, hasIssue]);
};

export const useFieldIssues = (): readonly FieldIssue[] => useFieldIssueStore((s) => s.issues);
