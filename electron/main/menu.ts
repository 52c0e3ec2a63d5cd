/**
 * The application menu, built by a pure function from the platform and the app's state, so
 * every item, shortcut and enabled state is tested in Node. Items that act on the workshop send
 * a typed command to the page (the same action its buttons run); editing, zoom and full screen
 * use Electron's built-in roles, which act on the focused text box or window as users expect.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuState, RecentFile } from '@shared/ipc/contract';

export interface MenuInputs extends MenuState {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly RecentFile[];
  /** The board view is not built yet; its item stays disabled until it is. */
  isBoardAvailable: boolean;
  /** The offline user guide is not bundled yet. */
  isGuideAvailable: boolean;
}

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showShortcuts: () => void;
  showAbout: () => void;
  clearRecent: () => void;
  quit: () => void;
}

/** Each platform's usual shortcut; `null` where the platform has none. */
export function shortcut(name: ShortcutName, platform: NodeJS.Platform): string | null {
  const mac = platform === 'darwin';
  const mod = mac ? 'Cmd' : 'Ctrl';
  switch (name) {
    case 'new':
      return `${mod}+N`;
    case 'open':
      return `${mod}+O`;
    case 'save':
      return `${mod}+S`;
    case 'saveAs':
      return `Shift+${mod}+S`;
    case 'exportPdf':
      return `${mod}+P`;
    case 'close':
      return `${mod}+W`;
    case 'undo':
      return `${mod}+Z`;
    case 'redo':
      // Windows apps use Ctrl+Y; macOS and Linux desktops use Shift+Z.
      return platform === 'win32' ? 'Ctrl+Y' : `Shift+${mod}+Z`;
    case 'presentation':
      return mac ? 'Cmd+Shift+P' : 'F5';
    case 'fullScreen':
      return mac ? 'Ctrl+Cmd+F' : 'F11';
    case 'quit':
      // Windows closes apps with Alt+F4 (handled by the system), never Ctrl+Q.
      return platform === 'win32' ? null : `${mod}+Q`;
    case 'help':
      return mac ? null : 'F1';
  }
}

export type ShortcutName =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'exportPdf'
  | 'close'
  | 'undo'
  | 'redo'
  | 'presentation'
  | 'fullScreen'
  | 'quit'
  | 'help';

export function buildMenuTemplate(
  inputs: MenuInputs,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const { platform } = inputs;
  const mac = platform === 'darwin';
  const key = (name: ShortcutName): { accelerator?: string } => {
    const accelerator = shortcut(name, platform);
    return accelerator === null ? {} : { accelerator };
  };
  const command = (
    label: string,
    name: MenuCommand['command'],
    extra: MenuItemConstructorOptions = {},
  ): MenuItemConstructorOptions => ({
    label,
    click: () => {
      if (name !== 'open-recent') actions.send({ command: name });
    },
    ...extra,
  });
  const needsWorkshop = { enabled: inputs.hasWorkshop };

  const recentItems: MenuItemConstructorOptions[] =
    inputs.recentFiles.length === 0
      ? [{ label: 'No recent plan files', enabled: false }]
      : inputs.recentFiles.map((file) => ({
          // `&` would become a mnemonic on Windows and Linux.
          label: file.name.replaceAll('&', '&&'),
          click: () => {
            actions.send({ command: 'open-recent', id: file.id });
          },
        }));

  const appMenu: MenuItemConstructorOptions = {
    label: inputs.appName,
    submenu: [
      { label: `About ${inputs.appName}`, click: actions.showAbout },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { label: `Quit ${inputs.appName}`, click: actions.quit, ...key('quit') },
    ],
  };

  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      command('New workshop', 'new-workshop', key('new')),
      command('Open plan file…', 'open-plan', key('open')),
      {
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          {
            label: 'Clear recent files',
            enabled: inputs.recentFiles.length > 0,
            click: actions.clearRecent,
          },
        ],
      },
      { type: 'separator' },
      command('Save plan file', 'save-plan', { ...key('save'), ...needsWorkshop }),
      command('Save plan file as…', 'save-plan-as', { ...key('saveAs'), ...needsWorkshop }),
      command('Export PDF…', 'export-pdf', { ...key('exportPdf'), ...needsWorkshop }),
      { type: 'separator' },
      command('Close workshop', 'close-workshop', { ...key('close'), ...needsWorkshop }),
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            {
              label: platform === 'win32' ? 'E&xit' : '&Quit',
              click: actions.quit,
              ...key('quit'),
            },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      command('Undo', 'undo', key('undo')),
      command('Redo', 'redo', key('redo')),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen', ...key('fullScreen') },
      command('Presentation mode', 'presentation-mode', {
        ...key('presentation'),
        ...needsWorkshop,
      }),
      command('Board', 'open-board', { enabled: inputs.hasWorkshop && inputs.isBoardAvailable }),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      command('User guide', 'user-guide', { ...key('help'), enabled: inputs.isGuideAvailable }),
      { label: 'Keyboard shortcuts', click: actions.showShortcuts },
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            { label: `About ${inputs.appName}`, click: actions.showAbout },
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}

/** Shortcuts as a list people can read, from the same table the menu uses. */
export function shortcutList(platform: NodeJS.Platform): string {
  const rows: [string, ShortcutName][] = [
    ['New workshop', 'new'],
    ['Open a plan file', 'open'],
    ['Save the plan file', 'save'],
    ['Save the plan file as', 'saveAs'],
    ['Export the PDF', 'exportPdf'],
    ['Close the workshop', 'close'],
    ['Undo', 'undo'],
    ['Redo', 'redo'],
    ['Presentation mode', 'presentation'],
    ['Full screen', 'fullScreen'],
    ['Quit', 'quit'],
  ];
  return rows
    .map(([label, name]) => [label, shortcut(name, platform)] as const)
    .filter((row): row is readonly [string, string] => row[1] !== null)
    .map(([label, accelerator]) => `${accelerator.replaceAll('+', ' + ')}\t${label}`)
    .join('\n');
}
