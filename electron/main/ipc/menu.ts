/**
 * Installs the application menu and keeps it current: rebuilt when the page reports whether a
 * workshop is open (`menu:state`, checked like every IPC message) and when the recent files
 * change. Menu commands go to the page over the typed `menu:command` event.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import { MESSAGES, type MenuCommand, type MenuState, type RecentFile } from '@shared/ipc/contract';
import { menuStateSchema } from '@shared/ipc/validators';
import { buildMenuTemplate, type MenuActions } from '../menu';
import { isTrustedSender, type IpcMainLike } from './guard';

export interface MenuHost {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

export interface AppMenuDeps {
  menu: MenuHost;
  ipcMain: Pick<IpcMainLike, 'on'>;
  platform: NodeJS.Platform;
  appName: string;
  listRecentFiles(): Promise<RecentFile[]>;
  actions: MenuActions;
}

export interface AppMenu {
  /** Rebuilds the menu (e.g. after the recent files changed). */
  refresh(): Promise<void>;
  /** The state the menu was last built from (for tests and diagnostics). */
  readonly state: MenuState;
}

export function installAppMenu(deps: AppMenuDeps): AppMenu {
  let state: MenuState = { hasWorkshop: false };
  const refresh = async (): Promise<void> => {
    const recentFiles = await deps.listRecentFiles().catch(() => []);
    const template = buildMenuTemplate(
      {
        ...state,
        platform: deps.platform,
        appName: deps.appName,
        recentFiles,
      },
      deps.actions,
    );
    deps.menu.setApplicationMenu(deps.menu.buildFromTemplate(template));
  };
  deps.ipcMain.on(MESSAGES.menuState, (event, ...args) => {
    if (!isTrustedSender(event)) return;
    const parsed = menuStateSchema.safeParse(args);
    if (!parsed.success) return;
    state = parsed.data[0];
    void refresh();
  });
  void refresh();
  return {
    refresh,
    get state() {
      return state;
    },
  };
}

/** Sends a menu command to a page that is still there. */
export function commandSender(
  getContents: () => {
    isDestroyed(): boolean;
    send(channel: string, ...args: unknown[]): void;
  } | null,
  channel: string,
): (command: MenuCommand) => void {
  return (command) => {
    const contents = getContents();
    if (contents && !contents.isDestroyed()) contents.send(channel, command);
  };
}
