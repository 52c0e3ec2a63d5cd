/**
 * Plan file channels: rolling backups, the recent files list and files the system asked us to
 * open. The renderer never names an arbitrary path: backups are addressed by checked folder and
 * file names under the backups root, and a "recent" path is opened only if main's own list holds
 * it — and that list only ever gets paths from main's dialogs or from the operating system.
 */
import path from 'node:path';
import type { OpenDialogReturnValue } from 'electron';
import {
  INVOKE,
  MAX_OPEN_FILE_BYTES,
  type OpenFileResult,
  type OpenRequestFile,
} from '@shared/ipc/contract';
import type { Backups } from '../services/backups';
import { PLAN_EXTENSION, type OpenRequestQueue } from '../services/openRequests';
import { readFileCapped } from '../services/readFileCapped';
import { publicRecentFiles, type RecentFiles } from '../services/recentFiles';
import { describeOpenError, type FileDialogs } from './files';
import { handleInvoke, type IpcMainLike } from './guard';

export interface PlanFileHandlerDeps {
  backups: Backups;
  recentFiles: RecentFiles;
  openRequests: OpenRequestQueue;
  /** Called for every plan path opened from the system, e.g. `app.addRecentDocument`. */
  onPlanOpened?: (filePath: string) => void;
  readFile?: (filePath: string, limitBytes: number) => Promise<Uint8Array>;
  maxOpenBytes?: number;
}

const isPlanPath = (filePath: string): boolean => filePath.toLowerCase().endsWith(PLAN_EXTENSION);

/**
 * Wraps the native dialogs so every `.heestar` the user picks to open lands in the recent list.
 * (Saved plans are recorded by the save handler's `onSaved`, once the file is really written.)
 */
export function recordingDialogs(
  dialogs: FileDialogs,
  onPlanPath: (filePath: string) => void,
): FileDialogs {
  const record = (filePath: string | undefined): void => {
    if (filePath && isPlanPath(filePath)) onPlanPath(filePath);
  };
  return {
    ...dialogs,
    showOpen: async (options): Promise<OpenDialogReturnValue> => {
      const choice = await dialogs.showOpen(options);
      if (!choice.canceled) record(choice.filePaths[0]);
      return choice;
    },
  };
}

export function registerPlanFileHandlers(
  ipcMain: Pick<IpcMainLike, 'handle'>,
  deps: PlanFileHandlerDeps,
): void {
  const readFile = deps.readFile ?? readFileCapped;
  const maxOpenBytes = deps.maxOpenBytes ?? MAX_OPEN_FILE_BYTES;

  const open = async (filePath: string): Promise<OpenFileResult> => {
    try {
      const bytes = await readFile(filePath, maxOpenBytes);
      return { status: 'opened', name: path.basename(filePath), bytes };
    } catch (error) {
      return { status: 'failed', reason: describeOpenError(error) };
    }
  };

  handleInvoke(
    ipcMain,
    INVOKE.writeBackup,
    async ({ workshopId, data }) => {
      const outcome = await deps.backups.write(workshopId, data);
      return outcome.status === 'saved'
        ? { status: 'saved', savedAt: outcome.savedAt }
        : { status: 'failed', reason: outcome.reason };
    },
    (reason) => ({ status: 'failed', reason: `The backup was refused: ${reason}` }),
  );

  handleInvoke(ipcMain, INVOKE.listBackups, (workshopId) => deps.backups.list(workshopId));

  handleInvoke(
    ipcMain,
    INVOKE.readBackup,
    (ref) => {
      const filePath = deps.backups.pathOf(ref);
      if (filePath === null) return { status: 'failed', reason: 'That is not a backup.' };
      return open(filePath);
    },
    () => ({ status: 'failed', reason: 'That is not a backup.' }),
  );

  handleInvoke(ipcMain, INVOKE.getRecentFiles, async () =>
    publicRecentFiles(await deps.recentFiles.list()),
  );

  handleInvoke(
    ipcMain,
    INVOKE.openRecentFile,
    async (requested) => {
      const filePath = await deps.recentFiles.find(requested);
      if (filePath === null) {
        return {
          status: 'failed',
          reason: 'That file is no longer in your recent files. It may have been moved or deleted.',
        };
      }
      const result = await open(filePath);
      if (result.status === 'opened') await deps.recentFiles.add(filePath).catch(() => []);
      return result;
    },
    (reason) => ({ status: 'failed', reason: `The file could not be opened: ${reason}` }),
  );

  handleInvoke(ipcMain, INVOKE.takeOpenRequests, async (): Promise<OpenRequestFile[]> => {
    const files: OpenRequestFile[] = [];
    for (const filePath of deps.openRequests.take()) {
      const result = await open(filePath);
      if (result.status === 'opened') {
        files.push(result);
        deps.onPlanOpened?.(filePath);
        await deps.recentFiles.add(filePath).catch(() => []);
      } else if (result.status === 'failed') {
        files.push({ status: 'failed', name: path.basename(filePath), reason: result.reason });
      }
    }
    return files;
  });
}
