import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { previewOf } from '@shared/planfile';
import { todayLocal } from '../../lib/today';
import { usePageTitle } from '../../lib/usePageTitle';
import { plural } from '../../lib/format';
import { UserText } from '../../components/UserText';
import { FileName } from './FileName';
import { finishImport, usePendingImport, useWaitingCount } from './pendingImport';
import { importIntoLibrary } from './importWorkshop';
import { PlanFileErrorPanel } from './PlanFileErrorPanel';
import { PlanPreviewList } from './PlanPreviewList';
import { useOpenPlanFile } from './useOpenPlanFile';

/**
 * The import preview: everything the file says about itself, checked, before anything is
 * written. Importing always adds a new workshop; Cancel leaves everything as it was.
 */
export function ImportPreviewPage() {
  usePageTitle('Open a plan file');
  const pending = usePendingImport();
  const waiting = useWaitingCount();
  const [, navigate] = useLocation();
  const picker = useOpenPlanFile();
  const [importing, setImporting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const preview = useMemo(
    () =>
      pending?.result.ok
        ? previewOf(pending.result, {
            date: todayLocal(),
            verb: pending.origin === 'backup' ? 'restored' : 'imported',
          })
        : null,
    [pending],
  );

  const leave = (): void => {
    setFailure(null);
    if (finishImport() === null) navigate('/');
  };

  const doImport = async (): Promise<void> => {
    if (!pending?.result.ok) return;
    setImporting(true);
    setFailure(null);
    const outcome = await importIntoLibrary(pending.result.plan.content, preview?.importTitle);
    setImporting(false);
    if (!outcome.ok) {
      setFailure(outcome.message);
      return;
    }
    if (finishImport() === null) navigate(`/workshops/${outcome.workshop.id}`);
  };

  if (!pending) {
    return (
      <>
        <h1 className="nhsuk-heading-l">Open a plan file</h1>
        <p className="nhsuk-body">There is no plan file waiting to be opened.</p>
        <OpenAnother picker={picker} label="Choose a plan file" />
        <p className="nhsuk-body">
          <Link href="/">Back to your workshops</Link>
        </p>
      </>
    );
  }

  const { result, name } = pending;
  return (
    <>
      <h1 className="nhsuk-heading-l">
        {pending.origin === 'backup' ? 'Restore an earlier version' : 'Open a plan file'}
      </h1>
      {!result.ok ? (
        <>
          <PlanFileErrorPanel name={name} error={result.error} />
          <div className="app-files-row">
            <OpenAnother picker={picker} />
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={leave}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        preview && (
          <>
            <p className="nhsuk-lede-text">
              Check this is the plan you expect. Importing adds it as a new workshop; nothing you
              already have is changed.
            </p>
            <p className="nhsuk-body">
              File: <FileName name={name} />
            </p>
            <p className="nhsuk-body app-import-title">
              It will be added as{' '}
              <strong>
                <UserText singleLine>{preview.importTitle}</UserText>
              </strong>
              , so you can tell the copy from the original.
            </p>
            <PlanPreviewList preview={preview} />
            {preview.migratedFrom !== null && (
              <div className="nhsuk-inset-text">
                <span className="nhsuk-u-visually-hidden">Information: </span>
                <p>
                  This file was saved in the older format {preview.migratedFrom}. It has been
                  brought up to date; the file itself is unchanged.
                </p>
              </div>
            )}
            {preview.repairs.length > 0 && (
              <div className="nhsuk-warning-callout">
                <h2 className="nhsuk-warning-callout__label">
                  <span role="text">
                    <span className="nhsuk-u-visually-hidden">Important: </span>
                    {plural(preview.repairs.length, 'problem was', 'problems were')} fixed
                  </span>
                </h2>
                <ul className="nhsuk-list nhsuk-list--bullet">
                  {preview.repairs.map((r, i) => (
                    <li key={i}>{r.message}</li>
                  ))}
                </ul>
              </div>
            )}
            {failure && (
              <div className="nhsuk-error-summary" role="alert" aria-labelledby="import-failed">
                <h2 className="nhsuk-error-summary__title" id="import-failed">
                  The plan was not imported
                </h2>
                <div className="nhsuk-error-summary__body">
                  <p>{failure}</p>
                </div>
              </div>
            )}
            <div className="app-files-row">
              <button
                type="button"
                className="nhsuk-button"
                disabled={importing}
                onClick={() => {
                  void doImport();
                }}
              >
                {importing ? 'Importing…' : 'Import as a new workshop'}
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                disabled={importing}
                onClick={leave}
              >
                Cancel
              </button>
            </div>
          </>
        )
      )}
      {waiting > 0 && (
        <p className="nhsuk-body" role="status">
          {waiting === 1
            ? '1 more file is waiting to be opened.'
            : `${String(waiting)} more files are waiting to be opened.`}
        </p>
      )}
    </>
  );
}

function OpenAnother({
  picker,
  label = 'Choose another file',
}: {
  picker: ReturnType<typeof useOpenPlanFile>;
  label?: string;
}) {
  return (
    <>
      <button
        type="button"
        className="nhsuk-button"
        disabled={picker.busy}
        onClick={() => {
          void picker.open();
        }}
      >
        {label}
      </button>
    </>
  );
}
