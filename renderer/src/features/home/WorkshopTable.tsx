import type { Workshop } from '@shared/domain';
import { NhsTable, type NhsColumn } from '../../components/NhsTable';
import { WorkshopRow } from './WorkshopRow';

interface Props {
  readonly workshops: readonly Workshop[];
  readonly onTrashed: (w: { id: string; title: string }) => void;
}

const COLUMNS: readonly NhsColumn[] = [
  { key: 'title', label: 'Workshop' },
  { key: 'service', label: 'Service or pathway' },
  { key: 'date', label: 'Date' },
  { key: 'edited', label: 'Last edited' },
  { key: 'actions', label: 'Actions', hidden: true },
];

/** Stacked on narrow screens (the NHS responsive table), so Home never scrolls sideways. */
export function WorkshopTable({ workshops, onTrashed }: Props) {
  return (
    <NhsTable
      caption="Your workshops, most recently edited first"
      columns={COLUMNS}
      className="app-workshop-table"
      responsive
    >
      {workshops.map((w) => (
        <WorkshopRow key={w.id} workshop={w} onTrashed={onTrashed} />
      ))}
    </NhsTable>
  );
}
