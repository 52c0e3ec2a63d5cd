/**
 * Installs the application menu and keeps it current: rebuilt when the page reports whether a
 * workshop is open (`menu:state`, checked like every IPC message) and when the recent files
 * change. Menu commands go to the page over the typed `menu:command` event.
 */
import type { Menu, MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { MESSAGES, type MenuCommand, type MenuState, type RecentFile } from '@shared/ipc/contract';
import { menuStateSchema } from '@shared/ipc/validators';
import { buildMenuTemplate, shortcutList, type MenuActions } from '../menu';
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
        isBoardAvailable: false,
        isGuideAvailable: false,
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

export interface AboutInfo {
  appName: string;
  version: string;
  versions: { electron?: string; chrome?: string; node?: string };
}

/** Help › About: the version people quote to IT, and where the licences are. */
export function aboutDialog(info: AboutInfo): MessageBoxOptions {
  const { electron = '?', chrome = '?', node = '?' } = info.versions;
  return {
    type: 'info',
    title: `About ${info.appName}`,
    message: `${info.appName} ${info.version}`,
    detail:
      `Electron ${electron} · Chromium ${chrome} · Node.js ${node}\n\n` +
      'Works offline: it sends nothing over the internet and collects no usage data.\n\n' +
      'Third-party licences: Star Workshop is built with open-source software, including ' +
      'Electron and Chromium (LICENSE and LICENSES.chromium.html in the installation folder), ' +
      'React, zustand, Dexie, jsPDF, zod, NHS.UK frontend and the DejaVu fonts (MIT, ' +
      'Apache-2.0, BSD and Bitstream Vera licences).',
    buttons: ['OK'],
    noLink: true,
  };
}

/** Help › Keyboard shortcuts. */
export function shortcutsDialog(platform: NodeJS.Platform): MessageBoxOptions {
  return {
    type: 'info',
    title: 'Keyboard shortcuts',
    message: 'Keyboard shortcuts',
    detail: shortcutList(platform),
    buttons: ['OK'],
    noLink: true,
  };
}
