import { useState } from 'react';
import {
  STAFF_GROUPS,
  errorFor,
  type FieldError,
  type Participant,
  type ParticipantInput,
} from '@shared/domain';
import { useApp } from '../../../store';

interface Props {
  readonly participant: Participant;
  readonly index: number;
  readonly isLast: boolean;
}

/** One attendee, edited in place. Each control is labelled with the row it belongs to. */
export function ParticipantRow({ participant: p, index, isLast }: Props) {
  const update = useApp((s) => s.updateParticipant);
  const remove = useApp((s) => s.removeParticipant);
  const move = useApp((s) => s.moveParticipant);
  const [draft, setDraft] = useState({ name: p.name, role: p.role, organisation: p.organisation });
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const who = `attendee ${String(index + 1)}`;

  const edit = (patch: ParticipantInput): void => {
    const result = update(p.id, patch);
    setErrors(result.ok ? [] : result.errors);
  };
  const text = (key: 'name' | 'role' | 'organisation', label: string) => (
    <td className="nhsuk-table__cell">
      <label className="nhsuk-u-visually-hidden" htmlFor={`${p.id}-${key}`}>
        {label} for {who}
      </label>
      <input
        id={`${p.id}-${key}`}
        className={`nhsuk-input app-cell-input${errorFor(errors, key) ? ' nhsuk-input--error' : ''}`}
        value={errorFor(errors, key) !== undefined || draft[key] === p[key] ? draft[key] : p[key]}
        autoComplete="off"
        onChange={(e) => {
          setDraft({ ...draft, [key]: e.target.value });
          edit({ [key]: e.target.value });
        }}
      />
      {errorFor(errors, key) && (
        <span className="nhsuk-error-message">
          <span className="nhsuk-u-visually-hidden">Error:</span> {errorFor(errors, key)}
        </span>
      )}
    </td>
  );

  return (
    <tr className="nhsuk-table__row">
      {text('name', 'Name')}
      {text('role', 'Job role')}
      {text('organisation', 'Organisation')}
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`${p.id}-group`}>
          Staff group for {who}
        </label>
        <select
          id={`${p.id}-group`}
          className="nhsuk-select app-cell-input"
          value={p.staffGroup}
          onChange={(e) => {
            edit({ staffGroup: e.target.value });
          }}
        >
          <option value="">Not recorded</option>
          {STAFF_GROUPS.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </td>
      <td className="nhsuk-table__cell">
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id={`${p.id}-named`}
              type="checkbox"
              checked={p.mayBeNamed}
              onChange={(e) => {
                edit({ mayBeNamed: e.target.checked });
              }}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${p.id}-named`}>
              <span className="nhsuk-u-visually-hidden">{who} may be named in exports</span>
              <span aria-hidden="true">{p.mayBeNamed ? 'Yes' : 'No'}</span>
            </label>
          </div>
        </div>
      </td>
      <td className="nhsuk-table__cell">
        <ul className="app-inline-actions">
          <li>
            <button
              type="button"
              className="app-link-button"
              disabled={index === 0}
              onClick={() => {
                move(p.id, 'up');
              }}
            >
              Up<span className="nhsuk-u-visually-hidden"> (move {who} up)</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="app-link-button"
              disabled={isLast}
              onClick={() => {
                move(p.id, 'down');
              }}
            >
              Down<span className="nhsuk-u-visually-hidden"> (move {who} down)</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="app-link-button app-link-button--danger"
              onClick={() => {
                remove(p.id);
              }}
            >
              Remove<span className="nhsuk-u-visually-hidden"> {who}</span>
            </button>
          </li>
        </ul>
      </td>
    </tr>
  );
}
