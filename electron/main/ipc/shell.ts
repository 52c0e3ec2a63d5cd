import { INVOKE } from '@shared/ipc/contract';
import { EXTERNAL_LINK_REFUSED as REFUSED } from '@shared/ipc/messages';
import { openExternalSafely, type OpenExternalFn } from '../services/externalLinks';
import { handleInvoke, type IpcMainLike } from './guard';

export function registerShellHandlers(
  ipcMain: Pick<IpcMainLike, 'handle'>,
  openExternal: OpenExternalFn,
): void {
  handleInvoke(
    ipcMain,
    INVOKE.openExternal,
    async (url) => {
      try {
        const opened = await openExternalSafely(openExternal, url);
        return opened ? { status: 'opened' } : { status: 'refused', reason: REFUSED };
      } catch {
        return { status: 'refused', reason: 'Your computer could not open this link.' };
      }
    },
    () => ({ status: 'refused', reason: REFUSED }),
  );
}
