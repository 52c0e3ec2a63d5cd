/**
 * App-wide plan file duties with no screen of their own, mounted once inside the router:
 * automatic backup snapshots, and plan files the system asks us to open (double-click,
 * command line, macOS open-file), which go to the import preview.
 */
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { getPlatform } from '../../platform';
import { useBackupSnapshots } from './backups/useBackupSnapshots';
import { restoreFile, queueImports, type PendingImport } from './pendingImport';
import { IMPORT_ROUTE } from './useOpenPlanFile';

export function PlanFileServices() {
  useBackupSnapshots();
  const [, navigate] = useLocation();
  useEffect(() => {
    const { openRequests } = getPlatform();
    let live = true;
    const take = async (): Promise<void> => {
      const requests = await openRequests.take();
      if (!live || requests.length === 0) return;
      const items: PendingImport[] = requests.map((r) =>
        r.status === 'opened'
          ? restoreFile(r.name, r.bytes, 'system')
          : // A file that could not even be read: shown on the preview like any refusal.
            {
              name: r.name,
              origin: 'system',
              result: {
                ok: false,
                error: {
                  code: 'internal-error',
                  message: r.reason,
                  nextStep: 'Check the file is still there and you can open it, then try again.',
                  details: [],
                },
              },
            },
      );
      queueImports(items);
      navigate(IMPORT_ROUTE);
    };
    void take();
    const stop = openRequests.onRequested(() => {
      void take();
    });
    return () => {
      live = false;
      stop();
    };
  }, [navigate]);
  return null;
}
