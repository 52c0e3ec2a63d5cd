import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../../../lib/format';
import { usePageTitle } from '../../../lib/usePageTitle';
import { NhsCell, NhsRow, NhsTable, type NhsColumn } from '../../../components/NhsTable';
import { getPlatform, type BackupItem } from '../../../platform';
import { pendingFromOpenResult } from '../readLocalFile';
import { useOpenPlanFile } from '../useOpenPlanFile';

const BACKUP_COLUMNS: readonly NhsColumn[] = [
  { key: 'saved', label: 'Saved' },
  { key: 'workshop', label: 'Workshop' },
  { key: 'attendees', label: 'Attendees', numeric: true },
  { key: 'cards', label: 'Cards', numeric: true },
  { key: 'actions', label: 'Actions', numeric: true },
  { key: 'restore', label: 'Restore', hidden: true },
];

/**
 * "Restore an earlier version": the automatic snapshots, newest first, with what each held.
 * Restoring goes through the same preview and import as any plan file, so it adds a new
 * workshop and never replaces the current one.
 */
export function BackupsPage({ workshopId = null }: { workshopId?: string | null }) {
  usePageTitle('Restore an earlier version');
  const picker = useOpenPlanFile();
  const [items, setItems] = useState<BackupItem[] | null>(null);
  const { backups } = getPlatform();
  useEffect(() => {
    let live = true;
    void backups.list(workshopId).then((list) => {
      if (live) setItems(list);
    });
    return () => {
      live = false;
    };
  }, [backups, workshopId]);

  return (
    <>
      <h1 className="nhsuk-heading-l">Restore an earlier version</h1>
      <p className="nhsuk-body">{backups.description}</p>
      <p className="nhsuk-body">
        Restoring adds the earlier version as a new workshop. The workshop you have now is not
        changed.
      </p>
      {picker.error && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {picker.error}
        </p>
      )}
      {items === null ? (
        <p className="nhsuk-body" role="status">
          Looking for backups…
        </p>
      ) : items.length === 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>There are no backups yet. They appear once a workshop has been changed for a while.</p>
        </div>
      ) : (
        <NhsTable caption="Backups, newest first" columns={BACKUP_COLUMNS}>
          {items.map((item) => (
            <NhsRow key={item.key}>
              <NhsCell>{formatDateTime(item.savedAt)}</NhsCell>
              <NhsCell>
                {item.title}
                {item.organisation && <span className="app-count"> · {item.organisation}</span>}
              </NhsCell>
              <NhsCell numeric>{item.counts.participants}</NhsCell>
              <NhsCell numeric>{item.counts.cards}</NhsCell>
              <NhsCell numeric>{item.counts.actions}</NhsCell>
              <NhsCell>
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => {
                    void backups.read(item).then((r) => {
                      picker.preview(pendingFromOpenResult(r, 'backup'));
                    });
                  }}
                >
                  Restore
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    the copy saved {formatDateTime(item.savedAt)}
                  </span>
                </button>
              </NhsCell>
            </NhsRow>
          ))}
        </NhsTable>
      )}
      <p className="nhsuk-body">
        <Link href="/">Back to your workshops</Link>
      </p>
    </>
  );
}
