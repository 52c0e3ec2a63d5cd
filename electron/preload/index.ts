/**
 * The only bridge between the page and the main process. It exposes `window.api` with one
 * named method per capability in the contract; the page never sees ipcRenderer, channel names
 * or Node. Runs sandboxed, where only 'electron' can be required, so esbuild bundles it.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  EVENTS,
  INVOKE,
  MESSAGES,
  type DesktopApi,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
  type MenuCommand,
} from '@shared/ipc/contract';

function invoke<K extends InvokeChannel>(
  channel: K,
  ...args: InvokeArgs<K>
): Promise<InvokeResult<K>> {
  // The main process validates the result shape it sends; here we only restore its type.
  return ipcRenderer.invoke(channel, ...args) as Promise<InvokeResult<K>>;
}

const flushHandlers = new Set<() => Promise<unknown>>();

// One listener for all subscribers, so main gets exactly one reply per request, sent only
// after every handler has settled (a failing handler must not block quitting).
ipcRenderer.on(EVENTS.flushRequest, (_event, requestId: unknown) => {
  if (typeof requestId !== 'number') return;
  const runs = [...flushHandlers].map((handler) => Promise.resolve().then(handler));
  void Promise.allSettled(runs).then((results) => {
    const isSaved = results.every((r) => r.status === 'fulfilled' && r.value !== false);
    ipcRenderer.send(MESSAGES.flushDone, requestId, isSaved);
  });
});

const openRequestHandlers = new Set<() => void>();
// Issue 5: main says plan files are waiting; subscribers then call takeOpenRequests().
ipcRenderer.on(EVENTS.openRequested, () => {
  for (const handler of openRequestHandlers) handler();
});

const menuHandlers = new Set<(command: MenuCommand) => void>();
// Issue 12: menu items and their shortcuts arrive as typed commands.
ipcRenderer.on(EVENTS.menuCommand, (_event, command: unknown) => {
  if (typeof command !== 'object' || command === null) return;
  for (const handler of menuHandlers) handler(command as MenuCommand);
});

const api = {
  getAppInfo: () => invoke(INVOKE.getAppInfo),
  openExternal: (url, source = 'content') => invoke(INVOKE.openExternal, url, source),
  saveFile: (request) => invoke(INVOKE.saveFile, request),
  openFile: (request) => invoke(INVOKE.openFile, request),
  onFlushRequest: (handler) => {
    flushHandlers.add(handler);
    return () => {
      flushHandlers.delete(handler);
    };
  },
  // Plan files (issue 5).
  writeBackup: (request) => invoke(INVOKE.writeBackup, request),
  listBackups: (workshopId) => invoke(INVOKE.listBackups, workshopId),
  readBackup: (ref) => invoke(INVOKE.readBackup, ref),
  getRecentFiles: () => invoke(INVOKE.getRecentFiles),
  openRecentFile: (path) => invoke(INVOKE.openRecentFile, path),
  takeOpenRequests: () => invoke(INVOKE.takeOpenRequests),
  onOpenRequested: (handler) => {
    openRequestHandlers.add(handler);
    return () => {
      openRequestHandlers.delete(handler);
    };
  },
  // Native menus (issue 12).
  onMenuCommand: (handler) => {
    menuHandlers.add(handler);
    return () => {
      menuHandlers.delete(handler);
    };
  },
  setMenuState: (state) => {
    ipcRenderer.send(MESSAGES.menuState, state);
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
