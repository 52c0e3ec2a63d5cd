import { useApp } from '../store';

/**
 * The save state users can trust: "Saved" appears only after a strict IndexedDB transaction
 * has completed; a failure is loud, specific and offers a retry.
 */
export function SaveStatus() {
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
  const text =
    save.state === 'saved'
      ? 'Saved'
      : save.state === 'pending' || save.state === 'saving'
        ? 'Saving…'
        : 'All changes saved';
  return (
    <div className="app-save" role="status" aria-live="polite" data-save-state={save.state}>
      {text}
    </div>
  );
}
