import { useState } from 'react';
import { voteTally } from '@shared/domain';
import { useApp } from '../../../store';
import { allowanceOf } from '../../../store/votingOps';
import { useCurrentWorkshop } from '../../workshop';

export function VotingPanel() {
  const workshop = useCurrentWorkshop();
  const voters = useApp((s) => s.participants.length);
  const allowance = useApp(allowanceOf);
  const cards = useApp((s) => s.cards);
  const setVotesPerPerson = useApp((s) => s.setVotesPerPerson);
  const resetVotes = useApp((s) => s.resetVotes);
  const [draft, setDraft] = useState(String(workshop.votesPerPerson));
  // When the stored value changes (Undo, another window), show it instead of the old draft.
  const [seen, setSeen] = useState(workshop.votesPerPerson);
  if (seen !== workshop.votesPerPerson) {
    setSeen(workshop.votesPerPerson);
    setDraft(String(workshop.votesPerPerson));
  }
  const [error, setError] = useState<string | undefined>();
  const tally = voteTally(cards, allowance);

  return (
    <section className="app-panel" aria-labelledby="voting-title">
      <h2 className="nhsuk-heading-m" id="voting-title">
        Dot voting
      </h2>
      <form
        className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(draft);
          const result = setVotesPerPerson(Number.isInteger(n) ? n : NaN);
          setError(result.ok ? undefined : result.errors[0]?.message);
        }}
      >
        <label className="nhsuk-label" htmlFor="votes-per-person">
          Votes per person
        </label>
        <div className="nhsuk-hint" id="votes-per-person-hint">
          {voters === 0
            ? 'Add attendees in the People step; until then the room counts as one voter.'
            : `${String(voters)} attendees can vote.`}
        </div>
        {error && (
          <span className="nhsuk-error-message" id="votes-per-person-error">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="app-inline-actions">
          <input
            id="votes-per-person"
            className={`nhsuk-input nhsuk-input--width-3${error ? ' nhsuk-input--error' : ''}`}
            inputMode="numeric"
            value={draft}
            aria-describedby={`votes-per-person-hint${error ? ' votes-per-person-error' : ''}`}
            onChange={(e) => {
              setDraft(e.target.value);
            }}
          />
          <button
            type="submit"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          >
            Set votes
          </button>
        </div>
      </form>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status" aria-live="polite">
        {tally.used} of {tally.allowance} votes used, {tally.remaining} left.
        {tally.over > 0 && ` ${String(tally.over)} more than the room now has: remove some votes.`}
      </p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        disabled={tally.used === 0}
        onClick={resetVotes}
      >
        Reset all votes
      </button>
      <span className="nhsuk-body-s app-count"> You can undo a reset.</span>
    </section>
  );
}
