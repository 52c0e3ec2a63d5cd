import {
  RAG_KEYS,
  RAG_LABEL,
  distinctOwners,
  type Action,
  type ActionFilter,
  type RagKey,
  type StarPointId,
} from '@shared/domain';
import { plural } from '../../../lib/format';
import { Checkbox, Checkboxes } from '../../../components/Checkbox';
import { StarPointOptions } from '../../../components/StarPointOptions';

interface Props {
  readonly actions: readonly Action[];
  readonly filter: ActionFilter;
  readonly onFilter: (f: ActionFilter) => void;
  readonly grouped: boolean;
  readonly onGrouped: (g: boolean) => void;
  readonly shown: number;
}

const ragLabel = (k: RagKey): string => (k === 'not-set' ? 'Not set' : RAG_LABEL[k]);
const UNASSIGNED = '__unassigned__';

export function ActionFilters({ actions, filter, onFilter, grouped, onGrouped, shown }: Props) {
  const owners = distinctOwners(actions);
  return (
    <div className="app-filters" role="search" aria-label="Filter actions">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-text">
          Search
        </label>
        <input
          id="filter-text"
          className="nhsuk-input"
          value={filter.text ?? ''}
          onChange={(e) => {
            onFilter({ ...filter, text: e.target.value });
          }}
        />
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-point">
          Star point
        </label>
        <select
          id="filter-point"
          className="nhsuk-select"
          value={filter.points?.[0] ?? ''}
          onChange={(e) => {
            onFilter({ ...filter, points: e.target.value ? [e.target.value as StarPointId] : [] });
          }}
        >
          <StarPointOptions emptyLabel="All points" />
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-owner">
          Owner
        </label>
        <select
          id="filter-owner"
          className="nhsuk-select"
          value={filter.owner === null ? UNASSIGNED : (filter.owner ?? '')}
          onChange={(e) => {
            const v = e.target.value;
            const next: ActionFilter = { ...filter };
            if (v === '') delete (next as { owner?: unknown }).owner;
            onFilter(v === '' ? next : { ...filter, owner: v === UNASSIGNED ? null : v });
          }}
        >
          <option value="">All owners</option>
          <option value={UNASSIGNED}>No owner yet</option>
          {owners.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="filter-rag">
          Status
        </label>
        <select
          id="filter-rag"
          className="nhsuk-select"
          value={filter.rag?.[0] ?? ''}
          onChange={(e) => {
            onFilter({ ...filter, rag: e.target.value ? [e.target.value as RagKey] : [] });
          }}
        >
          <option value="">All statuses</option>
          {RAG_KEYS.map((k) => (
            <option key={k} value={k}>
              {ragLabel(k)}
            </option>
          ))}
        </select>
      </div>
      <Checkboxes className="app-filters__checks">
        <Checkbox
          id="filter-overdue"
          label="Overdue only"
          checked={filter.overdueOnly ?? false}
          onChange={(overdueOnly) => {
            onFilter({ ...filter, overdueOnly });
          }}
        />
        <Checkbox
          id="group-by-point"
          label="Group by Star point"
          checked={grouped}
          onChange={onGrouped}
        />
      </Checkboxes>
      <p className="nhsuk-body-s app-filters__count" role="status" aria-live="polite">
        Showing {shown.toLocaleString('en-GB')} of {plural(actions.length, 'action')}
      </p>
    </div>
  );
}
