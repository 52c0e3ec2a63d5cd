import { useEffect, useState } from 'react';
import { useApp } from '../store';
import { useFieldIssues } from './fieldIssues';
import { plural } from '../lib/format';

/** How long edits must pause before "Saved" is spoken: never once per keystroke. */
const QUIET_MS = 1_000;

/**
 * The save state users can trust: "Saved" appears only after a strict IndexedDB transaction
 * has completed; a failure is loud, specific and offers a retry; and while a field holds text
 * that cannot be saved, it says "Not saved" and links to that field (issue 8, item 10).
 * What is shown may change with every edit; what is spoken (4.1.3) is a failure at once, a
 * field that cannot be saved, or "Saved" after a pause in editing.
 */
export function SaveStatus() {
  const save = useApp((s) => s.save);
  const issues = useFieldIssues();
  // The save state that has stood still for QUIET_MS; any newer one (an edit) supersedes it.
  const [settled, setSettled] = useState<typeof save | null>(null);
  const quietlySaved = settled === save && save.state === 'saved';

  useEffect(() => {
    if (save.state !== 'saved') return;
    const timer = window.setTimeout(() => {
      setSettled(save);
    }, QUIET_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [save]);

  const first = issues[0];
  const notSaved = first
    ? `Not saved: ${plural(issues.length, 'field needs', 'fields need')} attention`
    : '';
  const spoken = save.state === 'error' ? '' : notSaved || (quietlySaved ? 'Saved' : '');
  return (
    <>
      <Shown
        notSaved={notSaved}
        firstId={first?.id}
        firstLabel={first?.label}
        quiet={quietlySaved}
      />
      {/* One polite live region for the whole life of the app, so each change is heard. */}
      <span className="nhsuk-u-visually-hidden" role="status">
        {spoken}
      </span>
    </>
  );
}

interface ShownProps {
  readonly notSaved: string;
  readonly firstId: string | undefined;
  readonly firstLabel: string | undefined;
  /** "Saved" is being spoken by the live region: don't read it twice. */
  readonly quiet: boolean;
}

function Shown({ notSaved, firstId, firstLabel, quiet }: ShownProps) {
  const save = useApp((s) => s.save);
  const retry = useApp((s) => s.retrySave);
  if (save.state === 'error') {
    return (
      <div className="app-save app-save--error" role="alert" data-save-state="error">
        <strong>{save.failure.title}.</strong> {save.failure.nextStep}{' '}
        <button
          type="button"
          className="app-link-button app-link-button--inverse"
          onClick={() => void retry()}
        >
          Try again
        </button>
      </div>
    );
  }
  if (notSaved && firstId) {
    return (
      <div className="app-save app-save--unsaved" data-save-state="invalid">
        <button
          type="button"
          className="app-link-button app-link-button--inverse"
          onClick={() => document.getElementById(firstId)?.focus()}
        >
          {notSaved}
          <span className="nhsuk-u-visually-hidden"> (go to {firstLabel})</span>
        </button>
      </div>
    );
  }
  const text =
    save.state === 'saved'
      ? 'Saved'
      : save.state === 'pending' || save.state === 'saving'
        ? 'Saving…'
        : 'All changes saved';
  return (
    <div className="app-save" data-save-state={save.state} aria-hidden={quiet || undefined}>
      {text}
    </div>
  );
}
