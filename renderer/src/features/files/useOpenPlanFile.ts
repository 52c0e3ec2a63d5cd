/**
 * "Open a plan file": pick a file, run it through the restore pipeline, show the preview.
 * A file that cannot even be read (too big, moved, locked) is refused on the same preview
 * page as every other refusal, in the same words, not as a line on the page it came from.
 */
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
import { planFileErrors } from '@shared/planfile';
import { getPlatform } from '../../platform';
import { showImport, type PendingImport } from './pendingImport';
import { PLAN_FILE_FILTERS } from './planFileName';
import { pendingFromOpenResult } from './readLocalFile';

export const IMPORT_ROUTE = '/import';

export interface OpenPlanFile {
  /** Shows the platform's open dialog (a file input in the browser). */
  readonly open: () => Promise<void>;
  /** Shows an already-read file (dropped, recent, backup) on the preview. */
  readonly preview: (result: PendingImport | { failed: string } | null) => void;
  /** Kept for callers; refusals now show on the import page, so this stays null. */
  readonly error: string | null;
  readonly busy: boolean;
}

export const useOpenPlanFile = (): OpenPlanFile => {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);

  const preview = useCallback(
    (result: PendingImport | { failed: string } | null) => {
      if (result === null) return;
      showImport('failed' in result ? unreadable(result.failed) : result);
      navigate(IMPORT_ROUTE);
    },
    [navigate],
  );

  const open = useCallback(async () => {
    setBusy(true);
    try {
      preview(pendingFromOpenResult(await getPlatform().openFile({ filters: PLAN_FILE_FILTERS })));
    } finally {
      setBusy(false);
    }
  }, [preview]);

  return { open, preview, error: null, busy };
};

/** A file that could not be read, as a refusal the import page shows (no name is known). */
const unreadable = (reason: string): PendingImport => ({
  name: '',
  origin: 'file',
  result: { ok: false, error: planFileErrors.couldNotRead(reason) },
});
