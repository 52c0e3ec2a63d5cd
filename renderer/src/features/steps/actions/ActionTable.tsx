import {
  ACTION_SORT_LABEL,
  type Action,
  type ActionSortKey,
  type SortDirection,
} from '@shared/domain';
import { NhsTable, SortButton, type NhsColumn } from '../../../components/NhsTable';
import { ActionRow } from './ActionRow';

interface Props {
  readonly rows: readonly Action[];
  readonly caption: string;
  readonly sort: { key: ActionSortKey; direction: SortDirection } | null;
  readonly onSort: (s: { key: ActionSortKey; direction: SortDirection }) => void;
  readonly onOpen: (id: string) => void;
  readonly today: string;
}

const COLUMNS: readonly ActionSortKey[] = ['title', 'point', 'owner', 'dueDate', 'rag', 'priority'];

export function ActionTable({ rows, caption, sort, onSort, onOpen, today }: Props) {
  if (rows.length === 0) {
    return <p className="nhsuk-body">No actions match.</p>;
  }
  const columns: NhsColumn[] = COLUMNS.map((key) => {
    const active = sort?.key === key;
    const state = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    return {
      key,
      sort: state,
      className: key === 'title' ? 'app-action-table__title' : undefined,
      label: (
        <SortButton
          label={ACTION_SORT_LABEL[key]}
          sort={state}
          onSort={() => {
            onSort({ key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' });
          }}
        />
      ),
    };
  });
  columns.push({ key: 'details', label: 'Details', hidden: true });
  return (
    <NhsTable
      caption={`${caption}. Column headings sort the table. Select a cell to edit it.`}
      columns={columns}
      className="app-action-table"
    >
      {rows.map((a, i) => (
        <ActionRow key={a.id} action={a} row={i + 1} onOpen={onOpen} today={today} />
      ))}
    </NhsTable>
  );
}
