import type { WorkshopContent } from '@shared/domain';
import type { MergeReport } from '@shared/planfile';
import { plural } from '../../../lib/format';

const textOf = (content: WorkshopContent, kind: string, id: string): string => {
  if (kind === 'card') return content.cards.find((c) => c.id === id)?.text ?? id;
  if (kind === 'action') return content.actions.find((a) => a.id === id)?.title ?? id;
  const p = content.participants.find((x) => x.id === id);
  return p ? p.role || p.name || id : id;
};

/** How big the merged workshop will be, before the facilitator commits to it. */
export function MergedCounts({ content }: { content: WorkshopContent }) {
  return (
    <p className="nhsuk-body" role="status">
      The merged workshop will have {plural(content.participants.length, 'attendee')},{' '}
      {plural(content.cards.length, 'card')} and {plural(content.actions.length, 'action')}.
    </p>
  );
}

/** What the merge will do, in numbers, and the near-duplicates the facilitator should check. */
export function MergeSummary({
  report,
  content,
}: {
  report: MergeReport;
  content: WorkshopContent;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">What will merge</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          {plural(report.added.length, 'item is added', 'items are added')} from the other files
        </li>
        <li>
          {plural(report.identical.length, 'item is', 'items are')} the same in more than one file
          and kept once
        </li>
        <li>
          {plural(report.nearDuplicates.length, 'possible duplicate', 'possible duplicates')} to
          check
        </li>
        <li>{plural(report.conflicts.length, 'item was', 'items were')} edited differently</li>
        {report.skipped.length > 0 && (
          <li>
            {plural(report.skipped.length, 'item is', 'items are')} left out because the plan
            reached its size limit
          </li>
        )}
      </ul>
      {report.nearDuplicates.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Possible duplicates ({report.nearDuplicates.length})
            </span>
          </h3>
          <p>
            These are kept as separate items because their wording differs. Check them after merging
            and remove any you do not need.
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet app-near-duplicates">
            {report.nearDuplicates.map((d) => (
              <li key={`${d.kind}:${d.id}:${d.source}`}>
                ‘{textOf(content, d.kind, d.id)}’ from {d.source} looks like ‘
                {textOf(content, d.kind, d.similarTo)}’ ({Math.round(d.similarity * 100)}% the same
                words)
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.repairs.length > 0 && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              Links fixed while merging ({report.repairs.length})
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list nhsuk-list--bullet">
              {report.repairs.map((r, i) => (
                <li key={i}>{r.message}</li>
              ))}
            </ul>
          </div>
        </details>
      )}
    </>
  );
}
