/**
 * The Electron implementation: every call goes through the preload's named methods. Main
 * validates everything again; here we only turn a rejected call into a result the UI can show.
 */
import type { DesktopApi } from '@shared/ipc/contract';
import { createDesktopBackups } from './backups';
import { onPageHidden, requestPersistentStorage } from './pageLifecycle';
import type { Platform } from './types';

const UNREACHABLE =
  'Star Workshop could not complete this because part of the app stopped responding. ' +
  'Save your work another way if you can, then restart the app.';

export function createDesktopPlatform(api: DesktopApi, win: Window): Platform {
  return {
    getAppInfo: () => api.getAppInfo(),
    openExternal: (url) =>
      api.openExternal(url).catch(() => ({ status: 'refused' as const, reason: UNREACHABLE })),
    saveFile: (request) =>
      api.saveFile(request).catch(() => ({ status: 'failed' as const, reason: UNREACHABLE })),
    openFile: (request) =>
      api.openFile(request).catch(() => ({ status: 'failed' as const, reason: UNREACHABLE })),
    requestPersistentStorage: () => requestPersistentStorage(win.navigator),
    onFlushRequest: (handler) => {
      const stopQuit = api.onFlushRequest(handler);
      const stopPage = onPageHidden(win, handler);
      return () => {
        stopQuit();
        stopPage();
      };
    },
    // Plan files (issue 5): a broken bridge becomes a result the UI can show, never a throw.
    backups: createDesktopBackups(api, UNREACHABLE),
    recentFiles: {
      list: () => api.getRecentFiles().catch(() => []),
      open: (id) =>
        api.openRecentFile(id).catch(() => ({ status: 'failed' as const, reason: UNREACHABLE })),
    },
    openRequests: {
      take: () => api.takeOpenRequests().catch(() => []),
      onRequested: (handler) => api.onOpenRequested(handler),
    },
  };
}
