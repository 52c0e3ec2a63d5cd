/** Reading a File from drag and drop or a file input, size-checked before any byte is read. */
import { MAX_OPEN_FILE_BYTES } from '@shared/ipc/contract';
import type { OpenFileResult } from '../../platform';
import { restoreFile, tooLargeFile, type PendingImport } from './pendingImport';

export const FILE_UNREADABLE = 'The file could not be read. It may have been moved or deleted.';

export const pendingFromFile = async (file: File): Promise<PendingImport | { failed: string }> => {
  if (file.size > MAX_OPEN_FILE_BYTES) return tooLargeFile(file.name, file.size, 'file');
  try {
    return restoreFile(file.name, new Uint8Array(await file.arrayBuffer()), 'file');
  } catch {
    return { failed: FILE_UNREADABLE };
  }
};

/** A platform open result as something the preview can show; null when cancelled. */
export const pendingFromOpenResult = (
  result: OpenFileResult,
  origin: PendingImport['origin'] = 'file',
): PendingImport | { failed: string } | null => {
  if (result.status === 'cancelled') return null;
  if (result.status === 'failed') return { failed: result.reason };
  return restoreFile(result.name, result.bytes, origin);
};
