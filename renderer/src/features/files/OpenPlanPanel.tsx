import { Link } from 'wouter';
import { RecentFilesList } from './RecentFilesList';
import { usePlanFileDrop } from './usePlanFileDrop';
import { useOpenPlanFile } from './useOpenPlanFile';

/** Home's way in for plan files: open (or drop) one, merge breakouts, restore a backup. */
export function OpenPlanPanel() {
  const picker = useOpenPlanFile();
  const isDragging = usePlanFileDrop(picker.preview);
  return (
    <section className="app-open-plan" aria-labelledby="plan-files-title">
      <h2 className="nhsuk-heading-m" id="plan-files-title">
        Plan files
      </h2>
      <p className="nhsuk-body">
        Open a plan file someone shared with you, or drop it onto this window. It is checked and
        shown to you before anything is added.
      </p>
      <div className="app-files-row">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={picker.busy}
          onClick={() => {
            void picker.open();
          }}
        >
          Open a plan file
        </button>
        <Link
          href="/merge"
          className="nhsuk-button nhsuk-button--secondary"
          role="button"
          draggable={false}
        >
          Merge breakout files
        </Link>
      </div>
      <p className="nhsuk-body">
        <Link href="/backups">Restore an earlier version</Link> from the automatic backups.
      </p>
      <RecentFilesList onOpened={picker.preview} />
      {isDragging && (
        <div className="app-drop-overlay" aria-hidden="true">
          <p>Drop the plan file to open it</p>
        </div>
      )}
    </section>
  );
}
