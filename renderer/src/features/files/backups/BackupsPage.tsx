import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../../../components/format';
import { usePageTitle } from '../../../components/usePageTitle';
import { getPlatform, type BackupItem } from '../../../platform';
import { pendingFromOpenResult } from '../readLocalFile';
import { useOpenPlanFile } from '../useOpenPlanFile';

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
        <div className="app-table-scroll">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Backups, newest first
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Saved
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Workshop
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Attendees
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Cards
                </th>
                <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">
                  Actions
                </th>
                <th scope="col" className="nhsuk-table__header">
                  <span className="nhsuk-u-visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {items.map((item) => (
                <tr className="nhsuk-table__row" key={item.key}>
                  <td className="nhsuk-table__cell">{formatDateTime(item.savedAt)}</td>
                  <td className="nhsuk-table__cell">
                    {item.title}
                    {item.organisation && <span className="app-count"> · {item.organisation}</span>}
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {item.counts.participants}
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {item.counts.cards}
                  </td>
                  <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                    {item.counts.actions}
                  </td>
                  <td className="nhsuk-table__cell">
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="nhsuk-body">
        <Link href="/">Back to your workshops</Link>
      </p>
    </>
  );
}
