import { memo } from 'react';
import { PRIORITIES, isOverdue, starPoint, type Action, type Priority } from '@shared/domain';
import { useApp } from '../../../store';
import { useValidatedField } from '../../../components/useValidatedField';
import { RagSelect } from './RagSelect';

interface Props {
  readonly action: Action;
  readonly onOpen: (id: string) => void;
  readonly today: string;
}

const PRIORITY_LABEL: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

/** One action, edited in place; long fields are in the detail panel. */
/** Memoised: sorting, filtering or editing another row does not re-render this one. */
export const ActionRow = memo(function ActionRow({ action: a, onOpen, today }: Props) {
  const update = useApp((s) => s.updateAction);
  const title = useValidatedField(a.title, (title) => update(a.id, { title }), 'title');
  const owner = useValidatedField(a.owner, (owner) => update(a.id, { owner }), 'owner');
  const due = useValidatedField(a.dueDate, (dueDate) => update(a.id, { dueDate }), 'dueDate');
  const name = a.title.length > 40 ? `${a.title.slice(0, 40)}…` : a.title;
  const error = (id: string, message: string | undefined) =>
    message && (
      <span className="nhsuk-error-message nhsuk-u-font-size-16" id={id}>
        <span className="nhsuk-u-visually-hidden">Error:</span> {message}
      </span>
    );

  return (
    <tr className="nhsuk-table__row">
      <td className="nhsuk-table__cell app-action-table__title">
        <label className="nhsuk-u-visually-hidden" htmlFor={`title-${a.id}`}>
          Action title
        </label>
        <input
          id={`title-${a.id}`}
          className={`nhsuk-input app-cell-input${title.error ? ' nhsuk-input--error' : ''}`}
          value={title.value}
          onChange={(e) => {
            title.onChange(e.target.value);
          }}
        />
        {error(`title-${a.id}-error`, title.error)}
      </td>
      <td className="nhsuk-table__cell">{a.points.map((p) => starPoint(p).label).join(', ')}</td>
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`owner-${a.id}`}>
          Owner of ‘{name}’
        </label>
        <input
          id={`owner-${a.id}`}
          className="nhsuk-input app-cell-input"
          value={owner.value}
          placeholder="No owner yet"
          onChange={(e) => {
            owner.onChange(e.target.value);
          }}
        />
      </td>
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`due-${a.id}`}>
          Due date of ‘{name}’
        </label>
        <input
          id={`due-${a.id}`}
          type="date"
          className={`nhsuk-input app-cell-input${due.error ? ' nhsuk-input--error' : ''}`}
          value={due.value}
          aria-describedby={due.error ? `due-${a.id}-error` : undefined}
          onChange={(e) => {
            // A half-typed date reads as '' with badInput: keep the stored date until it is whole.
            due.onChange(e.target.value, e.target.validity.badInput);
          }}
        />
        {error(`due-${a.id}-error`, due.error)}
        {isOverdue(a, today) && (
          <strong className="nhsuk-tag nhsuk-tag--red app-tag">Overdue</strong>
        )}
      </td>
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`rag-${a.id}`}>
          RAG status of ‘{name}’
        </label>
        <RagSelect
          id={`rag-${a.id}`}
          value={a.rag}
          className="app-cell-input"
          onChange={(rag) => update(a.id, { rag })}
        />
      </td>
      <td className="nhsuk-table__cell">
        <label className="nhsuk-u-visually-hidden" htmlFor={`priority-${a.id}`}>
          Priority of ‘{name}’
        </label>
        <select
          id={`priority-${a.id}`}
          className="nhsuk-select app-cell-input"
          value={a.priority ?? ''}
          onChange={(e) =>
            update(a.id, { priority: e.target.value === '' ? null : (e.target.value as Priority) })
          }
        >
          <option value="">Not set</option>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABEL[p]}
            </option>
          ))}
        </select>
      </td>
      <td className="nhsuk-table__cell">
        <button
          type="button"
          className="app-link-button"
          onClick={() => {
            onOpen(a.id);
          }}
        >
          Details<span className="nhsuk-u-visually-hidden"> of ‘{name}’</span>
        </button>
      </td>
    </tr>
  );
});
