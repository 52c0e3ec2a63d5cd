import type { Participant } from '@shared/domain';

export function StaffGroupCounts({ participants }: { participants: readonly Participant[] }) {
  if (participants.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of participants) {
    const group = p.staffGroup || 'Not recorded';
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return (
    <>
      <h2 className="nhsuk-heading-m">Attendees by staff group</h2>
      <dl className="nhsuk-summary-list">
        {[...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB')).map(([group, n]) => (
          <div className="nhsuk-summary-list__row" key={group}>
            <dt className="nhsuk-summary-list__key">{group}</dt>
            <dd className="nhsuk-summary-list__value">{n}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
