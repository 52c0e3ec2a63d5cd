import {
  ACTION_SORT_LABEL,
  type Action,
  type ActionSortKey,
  type SortDirection,
} from '@shared/domain';
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
  return (
    <div className="app-table-scroll">
      <table className="nhsuk-table app-action-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
          {caption}. Column headings sort the table.
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {COLUMNS.map((key) => {
              const active = sort?.key === key;
              const ariaSort = active
                ? sort.direction === 'asc'
                  ? 'ascending'
                  : 'descending'
                : 'none';
              return (
                <th key={key} scope="col" className="nhsuk-table__header" aria-sort={ariaSort}>
                  <button
                    type="button"
                    className="app-sort-button"
                    onClick={() => {
                      onSort({
                        key,
                        direction: active && sort.direction === 'asc' ? 'desc' : 'asc',
                      });
                    }}
                  >
                    {ACTION_SORT_LABEL[key]}
                    <span aria-hidden="true">
                      {active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className="nhsuk-table__header">
              <span className="nhsuk-u-visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((a) => (
            <ActionRow key={a.id} action={a} onOpen={onOpen} today={today} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
