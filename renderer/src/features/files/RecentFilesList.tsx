import { useEffect, useState } from 'react';
import { getPlatform, type RecentFile } from '../../platform';
import { formatDateTime } from '../../components/format';
import { pendingFromOpenResult } from './readLocalFile';
import type { OpenPlanFile } from './useOpenPlanFile';

/** Plan files recently opened or saved on this computer (desktop only; the browser has none). */
export function RecentFilesList({ onOpened }: { onOpened: OpenPlanFile['preview'] }) {
  const files = getPlatform().desktopFiles;
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    if (!files) return;
    let live = true;
    void files.getRecentFiles().then((list) => {
      if (live) setRecent(list);
    });
    return () => {
      live = false;
    };
  }, [files]);

  if (!files || recent.length === 0) return null;
  return (
    <>
      <h3 className="nhsuk-heading-s">Recent plan files</h3>
      <ul className="nhsuk-list app-recent-files">
        {recent.map((file) => (
          <li key={file.id}>
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                void files.openRecentFile(file.id).then((r) => {
                  onOpened(pendingFromOpenResult(r));
                });
              }}
            >
              {file.name}
            </button>{' '}
            <span className="app-count">{formatDateTime(file.usedAt)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
