import { memo, useCallback } from 'react';
import {
  PRIORITIES,
  RAG_LABEL,
  RAG_STATUSES,
  isOverdue,
  starPoint,
  type Action,
  type Priority,
  type RagStatus,
} from '@shared/domain';
import { useApp } from '../../../store';
import { formatDate } from '../../../lib/format';
import {
  EditableCell,
  dateEditor,
  selectEditor,
  type CellOption,
} from '../../../components/EditableCell';
import { NhsCell, NhsRow } from '../../../components/NhsTable';

interface Props {
  readonly action: Action;
  /** Position in the table as shown (1 = top), so each title cell names its row. */
  readonly row: number;
  readonly onOpen: (id: string) => void;
  readonly today: string;
}

const PRIORITY_LABEL: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const RAG_OPTIONS: readonly CellOption[] = [
  { value: '', label: 'Not set' },
  ...RAG_STATUSES.map((r) => ({ value: r, label: RAG_LABEL[r] })),
];
const PRIORITY_OPTIONS: readonly CellOption[] = [
  { value: '', label: 'Not set' },
  ...PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABEL[p] })),
];
const ragEditor = selectEditor(RAG_OPTIONS);
const priorityEditor = selectEditor(PRIORITY_OPTIONS);

/**
 * One action as read-only cells that wrap (nothing is cut off when projected) and edit in
 * place; long fields are in the detail panel. Memoised: sorting, filtering or editing another
 * row does not re-render this one.
 */
export const ActionRow = memo(function ActionRow({ action: a, row, onOpen, today }: Props) {
  const update = useApp((s) => s.updateAction);
  const id = a.id;
  const saveTitle = useCallback((title: string) => update(id, { title }), [update, id]);
  const saveOwner = useCallback((owner: string) => update(id, { owner }), [update, id]);
  const saveDue = useCallback((dueDate: string) => update(id, { dueDate }), [update, id]);
  const saveRag = useCallback(
    (rag: string) => update(id, { rag: rag === '' ? null : (rag as RagStatus) }),
    [update, id],
  );
  const savePriority = useCallback(
    (priority: string) => update(id, { priority: priority === '' ? null : (priority as Priority) }),
    [update, id],
  );
  const name = a.title.length > 40 ? `${a.title.slice(0, 40)}…` : a.title;

  return (
    <NhsRow>
      <NhsCell className="app-action-table__title">
        <EditableCell
          id={`title-${id}`}
          label={`Action title, row ${String(row)}`}
          value={a.title}
          save={saveTitle}
          field="title"
        />
      </NhsCell>
      <NhsCell>{a.points.map((p) => starPoint(p).label).join(', ')}</NhsCell>
      <NhsCell className="app-action-table__owner">
        <EditableCell
          id={`owner-${id}`}
          label={`Owner of ‘${name}’`}
          value={a.owner}
          placeholder="No owner yet"
          save={saveOwner}
          field="owner"
        />
      </NhsCell>
      <NhsCell>
        <EditableCell
          id={`due-${id}`}
          label={`Due date of ‘${name}’`}
          value={a.dueDate}
          display={a.dueDate ? formatDate(a.dueDate) : ''}
          placeholder="Not set"
          save={saveDue}
          field="dueDate"
          editor={dateEditor}
        />
        {/* Outside the cell's button, whose name must contain all of its visible text. */}
        {isOverdue(a, today) && (
          <strong className="nhsuk-tag nhsuk-tag--red app-tag app-cell__tag">Overdue</strong>
        )}
      </NhsCell>
      <NhsCell>
        <EditableCell
          id={`rag-${id}`}
          label={`RAG status of ‘${name}’`}
          value={a.rag ?? ''}
          display={a.rag ? RAG_LABEL[a.rag] : ''}
          placeholder="Not set"
          save={saveRag}
          field="rag"
          editor={ragEditor}
          className={`app-cell--rag app-rag--${a.rag ?? 'none'}`}
        />
      </NhsCell>
      <NhsCell>
        <EditableCell
          id={`priority-${id}`}
          label={`Priority of ‘${name}’`}
          value={a.priority ?? ''}
          display={a.priority ? PRIORITY_LABEL[a.priority] : ''}
          placeholder="Not set"
          save={savePriority}
          field="priority"
          editor={priorityEditor}
        />
      </NhsCell>
      <NhsCell>
        <button
          type="button"
          id={`details-${id}`}
          className="app-link-button"
          onClick={() => {
            onOpen(id);
          }}
        >
          Details<span className="nhsuk-u-visually-hidden"> of ‘{name}’</span>
        </button>
      </NhsCell>
    </NhsRow>
  );
});
