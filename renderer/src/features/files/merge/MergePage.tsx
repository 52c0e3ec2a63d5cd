import { useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { PlanFileError } from '@shared/planfile';
import { usePageTitle } from '../../../lib/usePageTitle';
import { NhsCell, NhsRow, NhsTable, type NhsColumn } from '../../../components/NhsTable';
import { getPlatform } from '../../../platform';
import { importIntoLibrary } from '../importWorkshop';
import { PlanFileErrorPanel } from '../PlanFileErrorPanel';
import { PLAN_FILE_FILTERS } from '../planFileName';
import { restoreFile } from '../pendingImport';
import { ConflictChoice } from './ConflictChoice';
import { MergedCounts, MergeSummary } from './MergeSummary';
import { applyChoices, conflictKey, mergedTitle, mergeFiles, type MergeFile } from './mergeSession';

const MERGE_COLUMNS: readonly NhsColumn[] = [
  { key: 'file', label: 'File' },
  { key: 'workshop', label: 'Workshop' },
  { key: 'cards', label: 'Cards', numeric: true },
  { key: 'actions', label: 'Actions', numeric: true },
  { key: 'remove', label: 'Remove', hidden: true },
];

/**
 * Merging breakout files: add the files one at a time (the first is the base), see what will
 * merge, choose a version for each item edited differently, then create ONE new workshop.
 * None of the files, and nothing already in the library, is changed.
 */
export function MergePage() {
  usePageTitle('Merge breakout files');
  const [, navigate] = useLocation();
  const [files, setFiles] = useState<MergeFile[]>([]);
  const [refused, setRefused] = useState<{ name: string; error: PlanFileError } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const merged = useMemo(() => mergeFiles(files), [files]);

  const addFile = async (): Promise<void> => {
    setRefused(null);
    setReadError(null);
    const result = await getPlatform().openFile({ filters: PLAN_FILE_FILTERS });
    if (result.status === 'cancelled') return;
    if (result.status === 'failed') {
      setReadError(result.reason);
      return;
    }
    const restored = restoreFile(result.name, result.bytes, 'file').result;
    if (!restored.ok) {
      setRefused({ name: result.name, error: restored.error });
      return;
    }
    setFiles((list) => [
      ...list,
      {
        key: `${String(Date.now())}-${String(list.length)}`,
        name: result.name,
        content: restored.plan.content,
      },
    ]);
  };

  const create = async (): Promise<void> => {
    const [base] = files;
    if (!merged || !base) return;
    setBusy(true);
    setFailure(null);
    const resolved = applyChoices(merged, choices);
    const outcome = await importIntoLibrary(
      resolved.content,
      mergedTitle(base.content.workshop.scope.title),
    );
    setBusy(false);
    if (outcome.ok) navigate(`/workshops/${outcome.workshop.id}`);
    else setFailure(outcome.message);
  };

  return (
    <>
      <h1 className="nhsuk-heading-l">Merge breakout files</h1>
      <p className="nhsuk-lede-text">
        Bring together the plan files from breakout groups into one new workshop. Add the main plan
        first: its scope and notes are kept.
      </p>
      {files.length > 0 && (
        <NhsTable caption="Files to merge, in order" captionHidden={false} columns={MERGE_COLUMNS}>
          {files.map((f, i) => (
            <NhsRow key={f.key}>
              <NhsCell>
                {f.name}
                {i === 0 && (
                  <strong className="nhsuk-tag nhsuk-tag--blue app-base-tag">Base</strong>
                )}
              </NhsCell>
              <NhsCell>{f.content.workshop.scope.title}</NhsCell>
              <NhsCell numeric>{f.content.cards.length}</NhsCell>
              <NhsCell numeric>{f.content.actions.length}</NhsCell>
              <NhsCell>
                <button
                  type="button"
                  className="app-link-button"
                  onClick={() => {
                    setFiles((list) => list.filter((x) => x.key !== f.key));
                    setChoices({});
                  }}
                >
                  Remove<span className="nhsuk-u-visually-hidden"> {f.name}</span>
                </button>
              </NhsCell>
            </NhsRow>
          ))}
        </NhsTable>
      )}
      {refused && <PlanFileErrorPanel name={refused.name} error={refused.error} />}
      {readError && (
        <p className="nhsuk-error-message" role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {readError}
        </p>
      )}
      <div className="app-files-row">
        <button
          type="button"
          className={`nhsuk-button${files.length >= 2 ? ' nhsuk-button--secondary' : ''}`}
          onClick={() => {
            void addFile();
          }}
        >
          {files.length === 0 ? 'Add the main plan file' : 'Add another plan file'}
        </button>
      </div>
      {files.length === 1 && (
        <p className="nhsuk-body">Add at least one breakout file to merge into it.</p>
      )}

      {merged && (
        <>
          <MergeSummary report={merged.report} content={merged.content} />
          {merged.report.conflicts.length > 0 && (
            <>
              <h2 className="nhsuk-heading-m">Items edited differently</h2>
              {merged.report.conflicts.map((c, i) => (
                <ConflictChoice
                  key={conflictKey(c)}
                  conflict={c}
                  index={i}
                  choice={choices[conflictKey(c)] ?? 0}
                  onChoose={(v) => {
                    setChoices((all) => ({ ...all, [conflictKey(c)]: v }));
                  }}
                />
              ))}
            </>
          )}
          <MergedCounts content={merged.content} />
          {failure && (
            <p className="nhsuk-error-message" role="alert">
              <span className="nhsuk-u-visually-hidden">Error:</span> {failure}
            </p>
          )}
          <button
            type="button"
            className="nhsuk-button"
            disabled={busy}
            onClick={() => {
              void create();
            }}
          >
            {busy ? 'Creating…' : 'Create the merged workshop'}
          </button>
        </>
      )}
      <p className="nhsuk-body">
        <Link href="/">Back to your workshops</Link>
      </p>
    </>
  );
}
