/**
 * The NHS table markup in one place: a scroll container (so a wide table scrolls inside itself
 * and the page still reflows at 320 px), caption, column headings (sortable or not) and body.
 * `responsive` uses the design system's stacked layout below the desktop breakpoint: each cell
 * then shows its column heading, so narrow screens need no sideways scrolling at all.
 */
import { createContext, useContext, type ReactNode } from 'react';

export interface NhsColumn {
  readonly key: string;
  /** The heading; a column with `hidden` keeps it for screen readers only. */
  readonly label: ReactNode;
  readonly hidden?: boolean;
  readonly sort?: 'ascending' | 'descending' | 'none';
  readonly className?: string;
  readonly numeric?: boolean;
}

interface TableProps {
  readonly caption: string;
  readonly captionHidden?: boolean;
  readonly columns: readonly NhsColumn[];
  readonly className?: string;
  /** Extra classes for the scroll box around the table. */
  readonly scrollClassName?: string;
  readonly responsive?: boolean;
  readonly children: ReactNode;
}

const Responsive = createContext(false);

export function NhsTable({
  caption,
  captionHidden = true,
  columns,
  className = '',
  scrollClassName = '',
  responsive = false,
  children,
}: TableProps) {
  // The ARIA roles restore table semantics that `display: block` removes in the stacked layout.
  const role = (r: string): string | undefined => (responsive ? r : undefined);
  return (
    <div className={`app-table-scroll ${scrollClassName}`.trim()}>
      <table
        className={`nhsuk-table${responsive ? ' nhsuk-table--responsive' : ''} ${className}`}
        role={role('table')}
      >
        <caption
          className={`nhsuk-table__caption${captionHidden ? ' nhsuk-u-visually-hidden' : ''}`}
        >
          {caption}
        </caption>
        <thead className="nhsuk-table__head" role={role('rowgroup')}>
          <tr className="nhsuk-table__row" role={role('row')}>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                role={role('columnheader')}
                className={`nhsuk-table__header${c.numeric ? ' nhsuk-table__header--numeric' : ''} ${c.className ?? ''}`}
                aria-sort={c.sort}
              >
                {c.hidden ? <span className="nhsuk-u-visually-hidden">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body" role={role('rowgroup')}>
          <Responsive.Provider value={responsive}>{children}</Responsive.Provider>
        </tbody>
      </table>
    </div>
  );
}

export function NhsRow({
  className = '',
  children,
}: {
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const responsive = useContext(Responsive);
  return (
    <tr className={`nhsuk-table__row ${className}`.trim()} role={responsive ? 'row' : undefined}>
      {children}
    </tr>
  );
}

interface CellProps {
  /** The column heading, shown beside the value in the stacked (responsive) layout only. */
  readonly heading?: string;
  readonly className?: string;
  readonly id?: string;
  readonly numeric?: boolean;
  readonly children: ReactNode;
}

export function NhsCell({ heading, className = '', id, numeric = false, children }: CellProps) {
  const responsive = useContext(Responsive);
  const labelled = responsive && heading !== undefined;
  // The stacked layout's heading is CSS generated content with empty alternative text: not
  // read twice (the column header already names the cell) and not part of the cell's text.
  return (
    <td
      id={id}
      className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''} ${className}`}
      role={responsive ? 'cell' : undefined}
      data-heading={labelled ? heading : undefined}
    >
      {labelled ? <span>{children}</span> : children}
    </td>
  );
}

/** The first cell of a row that names the row (`<th scope="row">`). */
export function NhsRowHeader({ children }: { readonly children: ReactNode }) {
  const responsive = useContext(Responsive);
  return (
    <th scope="row" className="nhsuk-table__header" role={responsive ? 'rowheader' : undefined}>
      {children}
    </th>
  );
}

interface SortProps {
  readonly label: string;
  readonly sort: 'ascending' | 'descending' | 'none';
  readonly onSort: () => void;
}

/** A column heading button; the arrow is decoration, `aria-sort` on the heading tells the state. */
export function SortButton({ label, sort, onSort }: SortProps) {
  return (
    <button type="button" className="app-sort-button" onClick={onSort}>
      {label}
      <span aria-hidden="true">
        {sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ' ↕'}
      </span>
    </button>
  );
}
