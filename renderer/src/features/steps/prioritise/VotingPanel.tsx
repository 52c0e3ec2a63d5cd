import { useState } from 'react';
import { voteTally } from '@shared/domain';
import { useApp } from '../../../store';
import { allowanceOf } from '../../../store/votingOps';
import { useCurrentWorkshop } from '../../workshop';
import { plural } from '../../../lib/format';
import { Field } from '../../../components/Field';

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
  const [error, setError] = useState<string | undefined>();
  if (seen !== workshop.votesPerPerson) {
    setSeen(workshop.votesPerPerson);
    setDraft(String(workshop.votesPerPerson));
    setError(undefined);
  }
  const tally = voteTally(cards, allowance);

  return (
    <section className="app-panel" aria-labelledby="voting-title">
      <h2 className="nhsuk-heading-m" id="voting-title">
        Dot voting
      </h2>
      {/* Field with savesAsTyped: a refused value is announced once (role="alert"), marks the
          input invalid and keeps the typed text, and the header says "Not saved" until the
          facilitator fixes it, since the number shown is not the one the room votes with. */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(draft);
          const result = setVotesPerPerson(Number.isInteger(n) ? n : NaN);
          setError(result.ok ? undefined : result.errors[0]?.message);
        }}
      >
        <Field
          id="votes-per-person"
          label="Votes per person"
          hint={
            voters === 0
              ? 'Add attendees in the People step; until then the room counts as one voter.'
              : `${plural(voters, 'attendee')} can vote.`
          }
          error={error}
          savesAsTyped
        >
          {({ id, describedBy, invalid }) => (
            <div className="app-inline-actions">
              <input
                id={id}
                className={`nhsuk-input nhsuk-input--width-3${invalid ? ' nhsuk-input--error' : ''}`}
                inputMode="numeric"
                value={draft}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
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
          )}
        </Field>
      </form>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status" aria-live="polite">
        {tally.used.toLocaleString('en-GB')} of {plural(tally.allowance, 'vote')} used,{' '}
        {tally.remaining.toLocaleString('en-GB')} left.
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
