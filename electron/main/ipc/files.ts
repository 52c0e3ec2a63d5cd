/**
 * Save and open through the native dialogs. The renderer never names a path: the user picks
 * one in a dialog shown by the main process, so a compromised page cannot read or overwrite
 * arbitrary files. Failures come back as plain UK English the app can show as-is.
 */
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import type {
  MessageBoxOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import {
  INVOKE,
  MAX_OPEN_FILE_BYTES,
  type OpenFileResult,
  type SaveFileResult,
  type SaveKind,
} from '@shared/ipc/contract';
import { fileTooLargeMessage } from '@shared/ipc/messages';
import { atomicWriteFile } from '../services/atomicWrite';
import {
  FileChangedError,
  FileTooLargeError,
  NotAFileError,
  readFileCapped,
} from '../services/readFileCapped';
import { handleInvoke, type IpcMainLike } from './guard';
import { SAVE_KINDS, suggestedNameFor, targetFor } from './saveKinds';

/** Dialogs already bound to the parent window (see index.ts). */
export interface FileDialogs {
  showSave(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpen(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  /**
   * Asked when main added the extension after the save dialog and a file of that name exists:
   * the dialog only asked about the name it saw. Resolves true to replace it.
   */
  confirmOverwrite(fileName: string): Promise<boolean>;
}

/** The question `confirmOverwrite` shows (Cancel is the default). */
export function overwriteConfirmation(fileName: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Replace file?',
    message: `"${fileName}" already exists. Do you want to replace it?`,
    detail: 'Star Workshop keeps the old version beside it with ".bak" added to its name.',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export interface FileHandlerDeps {
  dialogs: FileDialogs;
  /** Where the first dialog opens, e.g. `app.getPath('documents')`. */
  defaultDirectory: () => string;
  writeFile?: (target: string, data: Uint8Array | string) => Promise<void>;
  /** True when something already exists at the path. */
  exists?: (target: string) => Promise<boolean>;
  /** Called after a successful save, e.g. to add plan files to the recent list. */
  onSaved?: (target: string, kind: SaveKind) => void;
  readFile?: (filePath: string, limitBytes: number) => Promise<Uint8Array>;
  maxOpenBytes?: number;
}

const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

const SAVE_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'Star Workshop does not have permission to save in that folder. Choose another folder.',
  EPERM: 'Star Workshop does not have permission to save in that folder. Choose another folder.',
  ENOSPC: 'There is not enough space on the disk. Free up some space or choose another drive.',
  EDQUOT: 'Your storage allowance is full. Free up some space or choose another drive.',
  EROFS: 'That drive is read-only. Choose another folder.',
  EBUSY: 'The file is open in another program. Close it and try again.',
  ENAMETOOLONG: 'The file name or folder path is too long. Choose a shorter name.',
  ENOENT: 'That folder no longer exists. Choose another folder.',
  EISDIR: 'That is a folder, not a file. Choose a file name.',
};

export function describeSaveError(error: unknown): string {
  const code = errorCode(error);
  const known = code === undefined ? undefined : SAVE_REASONS[code];
  return known ?? `The file could not be saved (${code ?? 'unknown error'}). Try another folder.`;
}

export function describeOpenError(error: unknown): string {
  if (error instanceof FileTooLargeError) {
    return fileTooLargeMessage(error.sizeBytes, error.limitBytes);
  }
  if (error instanceof NotAFileError) return 'That is not a file. Choose a plan file.';
  if (error instanceof FileChangedError) {
    return 'The file changed while it was being opened. Try again.';
  }
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'The file could not be found. It may have been moved or deleted.';
    case 'EACCES':
    case 'EPERM':
      return 'Star Workshop does not have permission to open this file.';
    case 'EBUSY':
      return 'The file is locked by another program. Close it and try again.';
    default:
      return `The file could not be opened (${errorCode(error) ?? 'unknown error'}).`;
  }
}

const pathExists = async (target: string): Promise<boolean> => {
  try {
    await nodeFs.lstat(target);
    return true;
  } catch {
    return false;
  }
};

export function registerFileHandlers(
  ipcMain: Pick<IpcMainLike, 'handle'>,
  deps: FileHandlerDeps,
): void {
  const writeFile = deps.writeFile ?? ((target, data) => atomicWriteFile(target, data));
  const readFile = deps.readFile ?? readFileCapped;
  const exists = deps.exists ?? pathExists;
  const maxOpenBytes = deps.maxOpenBytes ?? MAX_OPEN_FILE_BYTES;
  let lastDirectory: string | undefined;
  const directory = (): string => lastDirectory ?? deps.defaultDirectory();

  handleInvoke(
    ipcMain,
    INVOKE.saveFile,
    async ({ suggestedName, kind, data }): Promise<SaveFileResult> => {
      const choice = await deps.dialogs.showSave({
        defaultPath: path.join(directory(), suggestedNameFor(suggestedName, kind)),
        filters: [SAVE_KINDS[kind].filter],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (choice.canceled || choice.filePath === '') return { status: 'cancelled' };
      // Some Linux dialogs return the typed name without the extension, and a user can type
      // another one: the kind's extension is added, and replacing is asked about again.
      const { target, isExtended } = targetFor(choice.filePath, kind);
      const name = path.basename(target);
      if (isExtended && (await exists(target)) && !(await deps.dialogs.confirmOverwrite(name))) {
        return { status: 'cancelled' };
      }
      try {
        await writeFile(target, data);
      } catch (error) {
        return { status: 'failed', reason: describeSaveError(error) };
      }
      lastDirectory = path.dirname(target);
      deps.onSaved?.(target, kind);
      return { status: 'saved', name };
    },
    (reason) => ({ status: 'failed', reason: `The file could not be saved: ${reason}` }),
  );

  handleInvoke(
    ipcMain,
    INVOKE.openFile,
    async ({ filters }): Promise<OpenFileResult> => {
      const choice = await deps.dialogs.showOpen({
        defaultPath: directory(),
        filters,
        properties: ['openFile'],
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || filePath === undefined) return { status: 'cancelled' };
      try {
        const bytes = await readFile(filePath, maxOpenBytes);
        lastDirectory = path.dirname(filePath);
        return { status: 'opened', name: path.basename(filePath), bytes };
      } catch (error) {
        return { status: 'failed', reason: describeOpenError(error) };
      }
    },
    (reason) => ({ status: 'failed', reason: `The file could not be opened: ${reason}` }),
  );
}
