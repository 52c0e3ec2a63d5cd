import { useState } from 'react';
import type { Action, ActionInput, Result } from '@shared/domain';
import { todayLocal } from '../../../lib/today';
import { formatDate } from '../../../lib/format';
import { useApp } from '../../../store';

interface Props {
  readonly action: Action;
  readonly save: (patch: ActionInput) => Result<Action>;
}

/** Dated progress notes: the running record of how the action is going. */
export function ProgressNotes({ action, save }: Props) {
  const newId = useApp((s) => s.newId);
  const [text, setText] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [error, setError] = useState<string | undefined>();

  return (
    <section className="nhsuk-form-group" aria-labelledby="notes-title">
      <h3 className="nhsuk-heading-s" id="notes-title">
        Progress notes
      </h3>
      {action.progressNotes.length > 0 && (
        <ul className="nhsuk-list app-notes">
          {action.progressNotes.map((n) => (
            <li key={n.id}>
              <strong>{formatDate(n.date)}:</strong> {n.text}{' '}
              <button
                type="button"
                className="app-link-button app-link-button--danger"
                onClick={() =>
                  save({ progressNotes: action.progressNotes.filter((x) => x.id !== n.id) })
                }
              >
                Remove
                <span className="nhsuk-u-visually-hidden"> note from {formatDate(n.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className={`app-form-grid${error ? ' nhsuk-form-group--error' : ''}`}>
        <div>
          <label className="nhsuk-label" htmlFor="note-date">
            Date
          </label>
          <input
            id="note-date"
            type="date"
            className="nhsuk-input"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
            }}
          />
        </div>
        <div className="app-span-2">
          <label className="nhsuk-label" htmlFor="note-text">
            Note
          </label>
          {error && (
            <span className="nhsuk-error-message" id="note-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          )}
          <textarea
            id="note-text"
            rows={2}
            className={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`}
            value={text}
            aria-describedby={error ? 'note-error' : undefined}
            onChange={(e) => {
              setText(e.target.value);
            }}
          />
        </div>
      </div>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          if (!text.trim()) {
            setError('Enter the progress note');
            return;
          }
          const result = save({
            progressNotes: [...action.progressNotes, { id: newId(), date, text: text.trim() }],
          });
          if (result.ok) {
            setText('');
            setError(undefined);
          } else setError(result.errors[0]?.message);
        }}
      >
        Add note
      </button>
    </section>
  );
}
