import { CARD_KIND_LABEL } from '@shared/domain';
import type { PlanPreview } from '@shared/planfile';
import { formatDate, formatDateTime } from '../../lib/format';
import { UserText } from '../../components/UserText';

const VERDICT_LABEL: Readonly<Record<PlanPreview['checksum'], string>> = {
  valid: 'Complete',
  missing: 'No checksum',
  mismatch: 'Does not match',
};

/** The facts a facilitator checks before importing: whose plan, when, how big, how intact. */
export function PlanPreviewList({ preview }: { preview: PlanPreview }) {
  const { counts } = preview;
  return (
    <dl className="nhsuk-summary-list app-plan-preview">
      <Row label="Organisation">
        {preview.organisation ? (
          <UserText singleLine>{preview.organisation}</UserText>
        ) : (
          'Not given'
        )}
      </Row>
      <Row label="Workshop">
        <UserText singleLine>{preview.title}</UserText>
      </Row>
      <Row label="Workshop date">{preview.date ? formatDate(preview.date) : 'Not set'}</Row>
      <Row label="Saved">
        {formatDateTime(preview.savedAt)} (Star Workshop{' '}
        <UserText singleLine>{preview.appVersion}</UserText>)
      </Row>
      <Row label="Attendees">{counts.participants}</Row>
      <Row label="Cards">
        {counts.cards.total} ({CARD_KIND_LABEL.current}: {counts.cards.current};{' '}
        {CARD_KIND_LABEL.gap}: {counts.cards.gap}; {CARD_KIND_LABEL.idea}: {counts.cards.idea})
      </Row>
      <Row label="Actions">{counts.actions}</Row>
      <Row label="Checksum">
        <strong
          className={`nhsuk-tag app-checksum app-checksum--${preview.checksum} ${
            preview.checksum === 'valid'
              ? 'nhsuk-tag--green'
              : preview.checksum === 'missing'
                ? 'nhsuk-tag--yellow'
                : 'nhsuk-tag--red'
          }`}
        >
          {VERDICT_LABEL[preview.checksum]}
        </strong>{' '}
        {preview.checksumMessage}
      </Row>
    </dl>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}
