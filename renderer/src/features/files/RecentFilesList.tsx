import { useEffect, useState } from 'react';
import { getPlatform, type RecentFile } from '../../platform';
import { formatDateTime } from '../../lib/format';
import { pendingFromOpenResult } from './readLocalFile';
import type { OpenPlanFile } from './useOpenPlanFile';

/** Plan files recently opened or saved on this computer; nothing when there are none. */
export function RecentFilesList({ onOpened }: { onOpened: OpenPlanFile['preview'] }) {
  const files = getPlatform().recentFiles;
  const [recent, setRecent] = useState<RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    void files.list().then((list) => {
      if (live) setRecent(list);
    });
    return () => {
      live = false;
    };
  }, [files]);

  if (recent.length === 0) return null;
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
                void files.open(file.id).then((r) => {
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
