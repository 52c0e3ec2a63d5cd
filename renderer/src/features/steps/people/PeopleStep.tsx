import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../../store';
import { AddParticipantForm } from './AddParticipantForm';
import { ParticipantRow } from './ParticipantRow';
import { StaffGroupCounts } from './StaffGroupCounts';
import { NhsTable, type NhsColumn } from '../../../components/NhsTable';

const COLUMNS: readonly NhsColumn[] = [
  { key: 'name', label: 'Name (optional)' },
  { key: 'role', label: 'Job role' },
  { key: 'organisation', label: 'Organisation' },
  { key: 'group', label: 'Staff group' },
  { key: 'named', label: 'May be named in exports' },
  { key: 'actions', label: 'Actions', hidden: true },
];

/** Attendees: names are optional personal data and stay out of exports unless agreed. */
export function PeopleStep() {
  const participants = useApp(useShallow((s) => s.participants));
  return (
    <>
      <p className="nhsuk-body">
        Record who is in the room. Names are optional; a name appears in exports only if the person
        agrees to be named.
      </p>
      <AddParticipantForm />
      <h2 className="nhsuk-heading-m">
        Attendees <span className="app-count">({participants.length})</span>
      </h2>
      {participants.length === 0 ? (
        <p className="nhsuk-body">No attendees added yet.</p>
      ) : (
        <NhsTable
          caption="Attendees. Select a cell to edit it in place."
          columns={COLUMNS}
          className="app-people-table"
        >
          {participants.map((p, i) => (
            <ParticipantRow
              key={p.id}
              participant={p}
              index={i}
              isLast={i === participants.length - 1}
            />
          ))}
        </NhsTable>
      )}
      <StaffGroupCounts participants={participants} />
    </>
  );
}
