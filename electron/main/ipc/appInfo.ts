import { INVOKE, type AppInfo } from '@shared/ipc/contract';
import { handleInvoke, type IpcMainLike } from './guard';

export interface AppInfoSource {
  getName(): string;
  getVersion(): string;
}

export function registerAppInfoHandlers(
  ipcMain: Pick<IpcMainLike, 'handle'>,
  app: AppInfoSource,
  platform: string = process.platform,
): void {
  handleInvoke(ipcMain, INVOKE.getAppInfo, (): AppInfo => ({
    name: app.getName(),
    version: app.getVersion(),
    platform,
  }));
}
