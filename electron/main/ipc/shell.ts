import { INVOKE } from '@shared/ipc/contract';
import { EXTERNAL_LINK_REFUSED as REFUSED } from '@shared/ipc/messages';
import type { ExternalLinks } from '../services/externalLinks';
import { handleInvoke, type IpcMainLike } from './guard';

export function registerShellHandlers(
  ipcMain: Pick<IpcMainLike, 'handle'>,
  links: ExternalLinks,
): void {
  handleInvoke(
    ipcMain,
    INVOKE.openExternal,
    (url, source) => links.open(url, source),
    () => ({ status: 'refused', reason: REFUSED }),
  );
}
