import type { Workshop } from '@shared/domain';
import { WorkshopRow } from './WorkshopRow';

interface Props {
  readonly workshops: readonly Workshop[];
  readonly onTrashed: (w: { id: string; title: string }) => void;
}

export function WorkshopTable({ workshops, onTrashed }: Props) {
  return (
    <table className="nhsuk-table app-workshop-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
        Your workshops, most recently edited first
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Workshop
          </th>
          <th scope="col" className="nhsuk-table__header">
            Service or pathway
          </th>
          <th scope="col" className="nhsuk-table__header">
            Date
          </th>
          <th scope="col" className="nhsuk-table__header">
            Last edited
          </th>
          <th scope="col" className="nhsuk-table__header">
            <span className="nhsuk-u-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {workshops.map((w) => (
          <WorkshopRow key={w.id} workshop={w} onTrashed={onTrashed} />
        ))}
      </tbody>
    </table>
  );
}
