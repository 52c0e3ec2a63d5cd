import { useState } from 'react';
import { savePlanFile, type SavePlanOutcome } from './savePlan';

/**
 * Review → "Save plan file" (everything) and "Save anonymised copy" (attendee names removed
 * everywhere, for sharing beyond the room). The result of the last save is shown below them.
 */
export function SavePlanSection() {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SavePlanOutcome | null>(null);

  const save = async (anonymise: boolean): Promise<void> => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await savePlanFile(anonymise));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="app-save-plan">
      <h3 className="nhsuk-heading-s">Plan file</h3>
      <p className="nhsuk-body">
        A plan file holds the whole workshop, so another Star Workshop user can open it. The
        anonymised copy removes attendees’ names, including where they appear in cards and actions;
        roles and organisations are kept.
      </p>
      <div className="app-files-row">
        <button
          type="button"
          className="nhsuk-button"
          disabled={busy}
          onClick={() => {
            void save(false);
          }}
        >
          Save plan file
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy}
          onClick={() => {
            void save(true);
          }}
        >
          Save anonymised copy
        </button>
      </div>
      <div className="app-save-plan__status" role="status" aria-live="polite">
        {busy && <p className="nhsuk-body">Saving…</p>}
        {outcome && (
          <p
            className={
              outcome.status === 'failed'
                ? 'nhsuk-error-message'
                : outcome.status === 'saved'
                  ? 'nhsuk-body app-save-plan__done'
                  : 'nhsuk-body'
            }
          >
            {outcome.status === 'failed' && <span className="nhsuk-u-visually-hidden">Error:</span>}{' '}
            {outcome.message}
          </p>
        )}
      </div>
    </div>
  );
}
