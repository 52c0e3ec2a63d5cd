import { useMemo } from 'react';
import { workshopSummary, type Participant } from '@shared/domain';
import { useCurrentWorkshop } from '../../workshop/useWorkshopStatuses';

export function StaffGroupCounts({ participants }: { participants: readonly Participant[] }) {
  const workshop = useCurrentWorkshop();
  const groups = useMemo(
    () =>
      workshopSummary({ workshop, participants, cards: [], actions: [] }, '')
        .participantsByStaffGroup,
    [workshop, participants],
  );
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
