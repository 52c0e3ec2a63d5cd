import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../../store';
import { AddParticipantForm } from './AddParticipantForm';
import { ParticipantRow } from './ParticipantRow';
import { StaffGroupCounts } from './StaffGroupCounts';

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
        <div className="app-table-scroll">
          <table className="nhsuk-table app-people-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Attendees. Edit any field in place.
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Name (optional)
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Job role
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Organisation
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Staff group
                </th>
                <th scope="col" className="nhsuk-table__header">
                  May be named in exports
                </th>
                <th scope="col" className="nhsuk-table__header">
                  <span className="nhsuk-u-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {participants.map((p, i) => (
                <ParticipantRow
                  key={p.id}
                  participant={p}
                  index={i}
                  isLast={i === participants.length - 1}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StaffGroupCounts participants={participants} />
    </>
  );
}
