import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  filterActions,
  groupByPoint,
  sortActions,
  starPoint,
  type ActionFilter,
  type ActionSortKey,
  type SortDirection,
} from '@shared/domain';
import { useApp } from '../../../store';
import { todayLocal } from '../../../lib/today';
import { AddActionForm } from './AddActionForm';
import { IdeasToActions } from './IdeasToActions';
import { ActionFilters } from './ActionFilters';
import { ActionTable } from './ActionTable';
import { ActionDetail } from './ActionDetail';

const PAGE_SIZE = 50;

/** The action plan: add actions, turn ideas into actions, and sort, filter, group and edit them. */
export function ActionPlanStep() {
  const actions = useApp(useShallow((s) => s.actions));
  const [filter, setFilter] = useState<ActionFilter>({});
  const [sort, setSort] = useState<{ key: ActionSortKey; direction: SortDirection } | null>(null);
  const [grouped, setGrouped] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  // A plan can hold hundreds of actions: the table shows a page at a time (sorting and
  // filtering still cover every action), so a sort or a keystroke in Search re-renders at most
  // one page of memoised rows of read-only cells.
  const [limit, setLimit] = useState(PAGE_SIZE);
  const today = todayLocal();

  const rows = useMemo(() => {
    const filtered = filterActions(actions, filter, today);
    return sort ? sortActions(filtered, sort.key, sort.direction) : filtered;
  }, [actions, filter, sort, today]);
  const shown = useMemo(() => rows.slice(0, limit), [rows, limit]);
  const groups = useMemo(
    () => (grouped ? groupByPoint(shown).filter((g) => g.rows.length > 0) : null),
    [grouped, shown],
  );
  const open = actions.find((a) => a.id === openId);

  // Closing the detail panel removes the focused control, so focus goes back to the row that
  // opened it (or, after a delete, the next row; with none left, the Actions heading) instead
  // of dropping to <body> (WCAG 2.4.3). Set here, applied once the table has re-rendered.
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    if (target === null) return;
    focusAfter.current = null;
    (document.getElementById(target) ?? heading.current)?.focus();
  });
  const closeDetails = (how: 'closed' | 'deleted'): void => {
    if (openId !== null) {
      let target: string | undefined = openId;
      if (how === 'deleted') {
        const order = groups ? groups.flatMap((g) => g.rows.map((r) => r.action)) : shown;
        const at = order.findIndex((a) => a.id === openId);
        const rest = order.filter((a) => a.id !== openId);
        target = (rest[Math.max(at, 0)] ?? rest.at(-1))?.id;
      }
      focusAfter.current = target === undefined ? '' : `details-${target}`;
    }
    setOpenId(null);
  };

  return (
    <>
      <IdeasToActions onCreated={setOpenId} />
      <AddActionForm onCreated={setOpenId} />
      <h2 className="nhsuk-heading-m" tabIndex={-1} ref={heading}>
        Actions <span className="app-count">({actions.length})</span>
      </h2>
      {actions.length > 0 && (
        <ActionFilters
          actions={actions}
          filter={filter}
          onFilter={setFilter}
          grouped={grouped}
          onGrouped={setGrouped}
          shown={rows.length}
        />
      )}
      {open && <ActionDetail key={open.id} action={open} onClose={closeDetails} />}
      {groups ? (
        groups.map((g) => (
          <section key={g.point} aria-labelledby={`group-${g.point}`}>
            <h3 className="nhsuk-heading-s app-group-heading" id={`group-${g.point}`}>
              <span
                className="app-point-dot"
                style={{ background: starPoint(g.point).colour }}
                aria-hidden="true"
              />
              {starPoint(g.point).label} ({g.rows.length})
            </h3>
            <ActionTable
              rows={g.rows.map((r) => r.action)}
              caption={`Actions for ${starPoint(g.point).label}`}
              sort={sort}
              onSort={setSort}
              onOpen={setOpenId}
              today={today}
            />
          </section>
        ))
      ) : (
        <ActionTable
          rows={shown}
          caption="Actions in the plan"
          sort={sort}
          onSort={setSort}
          onOpen={setOpenId}
          today={today}
        />
      )}
      {rows.length > shown.length && (
        <p className="nhsuk-body">
          Showing {shown.length} of {rows.length} matching actions.{' '}
          <button
            type="button"
            className="app-link-button"
            onClick={() => {
              setLimit(limit + PAGE_SIZE);
            }}
          >
            Show {Math.min(PAGE_SIZE, rows.length - shown.length)} more
          </button>
        </p>
      )}
    </>
  );
}
