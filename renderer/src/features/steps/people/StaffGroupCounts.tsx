import { useMemo } from 'react';
import { countStaffGroups, type Participant } from '@shared/domain';

export function StaffGroupCounts({ participants }: { participants: readonly Participant[] }) {
  const groups = useMemo(() => countStaffGroups(participants), [participants]);
  if (groups.length === 0) return null;
  return (
    <>
      <h2 className="nhsuk-heading-m">Attendees by staff group</h2>
      <dl className="nhsuk-summary-list">
        {groups.map(({ staffGroup, count }) => (
          <div className="nhsuk-summary-list__row" key={staffGroup}>
            <dt className="nhsuk-summary-list__key">{staffGroup}</dt>
            <dd className="nhsuk-summary-list__value">{count}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
