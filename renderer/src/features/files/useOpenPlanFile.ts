/** "Open a plan file": pick a file, run it through the restore pipeline, show the preview. */
import { useCallback, useState } from 'react';
import { useLocation } from 'wouter';
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
  /** Why the last attempt could not even be read; cleared on the next attempt. */
  readonly error: string | null;
  readonly busy: boolean;
}

export const useOpenPlanFile = (): OpenPlanFile => {
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const preview = useCallback(
    (result: PendingImport | { failed: string } | null) => {
      if (result === null) return;
      if ('failed' in result) {
        setError(result.failed);
        return;
      }
      setError(null);
      showImport(result);
      navigate(IMPORT_ROUTE);
    },
    [navigate],
  );

  const open = useCallback(async () => {
    setError(null);
    setBusy(true);
    try {
      preview(pendingFromOpenResult(await getPlatform().openFile({ filters: PLAN_FILE_FILTERS })));
    } finally {
      setBusy(false);
    }
  }, [preview]);

  return { open, preview, error, busy };
};
