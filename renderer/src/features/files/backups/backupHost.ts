/**
 * One way to keep and find backups, whichever host the app runs in: the desktop hands
 * snapshots to the main process (files on disk), the browser keeps them in its own IndexedDB.
 */
import type { WorkshopContent } from '@shared/domain';
import { serialisePlan } from '@shared/planfile';
import { APP_VERSION } from '@shared/version';
import { getPlatform, type OpenFileResult } from '../../../platform';
import { addSnapshot, getBackupsDatabase, listSnapshots, readSnapshot } from './browserBackups';

export interface BackupItem {
  /** Opaque: pass back to `readBackup`. */
  readonly key: string;
  readonly workshopId: string;
  readonly title: string;
  readonly organisation: string;
  readonly savedAt: string;
  readonly counts: { participants: number; cards: number; actions: number };
}

export type SnapshotOutcome = { ok: true } | { ok: false; reason: string };

export const snapshotText = (content: WorkshopContent, now: Date): string =>
  serialisePlan(content, { anonymise: false, now: now.toISOString(), appVersion: APP_VERSION });

export const writeBackup = async (
  content: WorkshopContent,
  now: Date = new Date(),
): Promise<SnapshotOutcome> => {
  const data = snapshotText(content, now);
  const files = getPlatform().desktopFiles;
  if (files) {
    const result = await files.writeBackup({ workshopId: content.workshop.id, data });
    return result.status === 'saved' ? { ok: true } : { ok: false, reason: result.reason };
  }
  try {
    await addSnapshot(
      getBackupsDatabase(),
      {
        workshopId: content.workshop.id,
        title: content.workshop.scope.title,
        organisation: content.workshop.scope.organisation,
        savedAt: now.toISOString(),
        counts: {
          participants: content.participants.length,
          cards: content.cards.length,
          actions: content.actions.length,
        },
        data,
      },
      now,
    );
    return { ok: true };
  } catch {
    return { ok: false, reason: 'The backup could not be stored in this browser.' };
  }
};

export const listBackups = async (workshopId: string | null): Promise<BackupItem[]> => {
  const files = getPlatform().desktopFiles;
  if (files) {
    return (await files.listBackups(workshopId)).map((b) => ({
      key: `${b.folder}/${b.fileName}`,
      workshopId: b.workshopId,
      title: b.title,
      organisation: b.organisation,
      savedAt: b.savedAt,
      counts: b.counts,
    }));
  }
  try {
    return (await listSnapshots(getBackupsDatabase(), workshopId)).map((s) => ({
      key: String(s.id),
      workshopId: s.workshopId,
      title: s.title,
      organisation: s.organisation,
      savedAt: s.savedAt,
      counts: s.counts,
    }));
  } catch {
    return [];
  }
};

const NOT_FOUND = 'That backup no longer exists. It may have been removed after 14 days.';

export const readBackup = async (item: BackupItem): Promise<OpenFileResult> => {
  const name = `${item.title} (backup)`;
  const files = getPlatform().desktopFiles;
  if (files) {
    const [folder = '', fileName = ''] = item.key.split('/');
    const result = await files.readBackup({ folder, fileName });
    return result.status === 'opened' ? { ...result, name } : result;
  }
  try {
    const data = await readSnapshot(getBackupsDatabase(), Number(item.key));
    if (data === null) return { status: 'failed', reason: NOT_FOUND };
    return { status: 'opened', name, bytes: new TextEncoder().encode(data) };
  } catch {
    return { status: 'failed', reason: NOT_FOUND };
  }
};
