/**
 * The desktop menu's keyboard shortcuts for each platform, in one table: main builds the menu
 * from it and the in-app Keyboard shortcuts page lists it, so the two can never disagree.
 * `platform` is Node's `process.platform` value ('win32', 'darwin', 'linux'…).
 */

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

/** Each platform's usual shortcut; `null` where the platform has none. */
export function shortcut(name: ShortcutName, platform: string): string | null {
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

/** The menu's shortcuts as people read them: what it does, and the keys. */
export const MENU_SHORTCUT_ROWS: readonly (readonly [label: string, name: ShortcutName])[] = [
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
  ['User guide', 'help'],
  ['Quit', 'quit'],
];

/** The rows this platform has a shortcut for, with the keys split for display. */
export function menuShortcuts(platform: string): { label: string; keys: string[] }[] {
  return MENU_SHORTCUT_ROWS.flatMap(([label, name]) => {
    const accelerator = shortcut(name, platform);
    return accelerator === null ? [] : [{ label, keys: accelerator.split('+') }];
  });
}
