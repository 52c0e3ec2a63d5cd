/**
 * The application menu, built by a pure function from the platform and the app's state, so
 * every item, shortcut and enabled state is tested in Node. Items that act on the workshop send
 * a typed command to the page (the same action its buttons run); editing, zoom and full screen
 * use Electron's built-in roles, which act on the focused text box or window as users expect.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, MenuState, RecentFile } from '@shared/ipc/contract';
import { shortcut, type ShortcutName } from '@shared/menuShortcuts';

export { shortcut, type ShortcutName } from '@shared/menuShortcuts';

export interface MenuInputs extends MenuState {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly RecentFile[];
}

export interface MenuActions {
  send: (command: MenuCommand) => void;
  clearRecent: () => void;
  quit: () => void;
}

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
      command(`About ${inputs.appName}`, 'about'),
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
      command('Star board', 'open-board', { enabled: inputs.hasWorkshop }),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      // The guide, shortcuts and About are pages in the app (bundled, so they work offline).
      command('User guide', 'user-guide', key('help')),
      command('Keyboard shortcuts', 'keyboard-shortcuts'),
      ...(mac
        ? []
        : ([
            { type: 'separator' },
            command(`About ${inputs.appName}`, 'about'),
          ] satisfies MenuItemConstructorOptions[])),
    ],
  };

  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
