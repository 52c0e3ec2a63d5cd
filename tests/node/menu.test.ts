// The application menu as each platform's users expect it, built by a pure function: macOS gets
// its app menu, Windows and Linux a File › Exit/Quit; shortcuts follow each platform; items that
// act on the workshop send typed commands to the page and are enabled only when they can work.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MESSAGES, type MenuCommand } from '@shared/ipc/contract';
import { menuShortcuts } from '@shared/menuShortcuts';
import { installAppMenu } from '../../electron/main/ipc/menu';
import { buildMenuTemplate, type MenuActions, type MenuInputs } from '../../electron/main/menu';
import { APP_FRAME, FakeIpcMain, foreignFrame } from './helpers/fakeIpcMain';

const inputs = (overrides: Partial<MenuInputs> = {}): MenuInputs => ({
  platform: 'linux',
  appName: 'Star Workshop',
  hasWorkshop: true,
  recentFiles: [],
  ...overrides,
});

function setup(overrides: Partial<MenuInputs> = {}) {
  const sent: MenuCommand[] = [];
  const actions: MenuActions = {
    send: (command) => sent.push(command),
    clearRecent: vi.fn(),
    quit: vi.fn(),
  };
  const template = buildMenuTemplate(inputs(overrides), actions);
  return { template, sent, actions };
}

const submenu = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];
const top = (template: MenuItemConstructorOptions[], label: string) =>
  template.find((m) => m.label?.replace('&', '') === label);
const item = (template: MenuItemConstructorOptions[], menu: string, label: string) =>
  submenu(top(template, menu)).find((i) => i.label === label);
const click = (entry: MenuItemConstructorOptions | undefined): void => {
  (entry?.click as (() => void) | undefined)?.();
};

describe('menus on each platform', () => {
  it('macOS has the app menu first, with About and Quit (Cmd+Q), and no Quit in File', () => {
    const { template } = setup({ platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['Star Workshop', 'File', 'Edit', 'View', 'Help']);
    const appMenu = submenu(template[0]);
    expect(appMenu.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'About Star Workshop',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'Quit Star Workshop',
    ]);
    expect(appMenu.at(-1)?.accelerator).toBe('Cmd+Q');
    expect(submenu(top(template, 'File')).some((i) => /quit|exit/i.test(i.label ?? ''))).toBe(
      false,
    );
    expect(item(template, 'File', 'Save plan file')?.accelerator).toBe('Cmd+S');
    expect(item(template, 'Edit', 'Redo')?.accelerator).toBe('Shift+Cmd+Z');
  });

  it('Windows has no app menu, File › Exit without Ctrl+Q, Ctrl+Y to redo and F11 for full screen', () => {
    const { template, actions } = setup({ platform: 'win32' });
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const exit = submenu(top(template, 'File')).at(-1);
    expect(exit?.label).toBe('E&xit');
    expect(exit?.accelerator).toBeUndefined();
    click(exit);
    expect(actions.quit).toHaveBeenCalledOnce();
    expect(item(template, 'File', 'Save plan file')?.accelerator).toBe('Ctrl+S');
    expect(item(template, 'Edit', 'Redo')?.accelerator).toBe('Ctrl+Y');
    const fullScreen = submenu(top(template, 'View')).find((i) => i.role === 'togglefullscreen');
    expect(fullScreen?.accelerator).toBe('F11');
    expect(item(template, 'Help', 'About Star Workshop')).toBeDefined();
  });

  it('Linux quits with Ctrl+Q and redoes with Shift+Ctrl+Z', () => {
    const { template } = setup({ platform: 'linux' });
    expect(submenu(top(template, 'File')).at(-1)).toMatchObject({
      label: '&Quit',
      accelerator: 'Ctrl+Q',
    });
    expect(item(template, 'Edit', 'Redo')?.accelerator).toBe('Shift+Ctrl+Z');
  });

  it('has the File, Edit, View and Help items the app promises', () => {
    const { template } = setup();
    const labels = (menu: string) =>
      submenu(top(template, menu)).map((i) => i.label ?? i.role ?? i.type);
    expect(labels('File')).toEqual([
      'New workshop',
      'Open plan file…',
      'Open Recent',
      'separator',
      'Save plan file',
      'Save plan file as…',
      'Export PDF…',
      'separator',
      'Close workshop',
      'separator',
      '&Quit',
    ]);
    expect(labels('Edit')).toEqual([
      'Undo',
      'Redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(labels('View')).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
      'Presentation mode',
      'Star board',
    ]);
    expect(labels('Help')).toEqual([
      'User guide',
      'Keyboard shortcuts',
      'separator',
      'About Star Workshop',
    ]);
  });
});

describe('menu commands', () => {
  it('sends each workshop command to the page, typed', () => {
    const { template, sent } = setup();
    const expected: [string, string, MenuCommand['command']][] = [
      ['File', 'New workshop', 'new-workshop'],
      ['File', 'Open plan file…', 'open-plan'],
      ['File', 'Save plan file', 'save-plan'],
      ['File', 'Save plan file as…', 'save-plan-as'],
      ['File', 'Export PDF…', 'export-pdf'],
      ['File', 'Close workshop', 'close-workshop'],
      ['Edit', 'Undo', 'undo'],
      ['Edit', 'Redo', 'redo'],
      ['View', 'Presentation mode', 'presentation-mode'],
    ];
    for (const [menu, label] of expected) click(item(template, menu, label));
    expect(sent).toEqual(expected.map(([, , command]) => ({ command })));
  });

  it('enables workshop items only while a workshop is open, and the board not until it exists', () => {
    const closed = setup({ hasWorkshop: false }).template;
    for (const label of ['Save plan file', 'Save plan file as…', 'Export PDF…', 'Close workshop']) {
      expect(item(closed, 'File', label)?.enabled, label).toBe(false);
    }
    expect(item(closed, 'View', 'Presentation mode')?.enabled).toBe(false);
    expect(item(closed, 'File', 'New workshop')?.enabled).toBeUndefined();
    const open = setup({ hasWorkshop: true }).template;
    expect(item(open, 'File', 'Save plan file')?.enabled).toBe(true);
    expect(item(closed, 'View', 'Star board')?.enabled).toBe(false);
    expect(item(open, 'View', 'Star board')?.enabled).toBe(true);
  });

  it('lists recent files by name and opens them by id, never by path', () => {
    const { template, sent, actions } = setup({
      recentFiles: [
        { id: 'id-aaaaaaaa', name: 'Cardiology & frailty.heestar', usedAt: '2026-11-30T09:00:00Z' },
        { id: 'id-bbbbbbbb', name: 'Ward 7.heestar', usedAt: '2026-11-29T09:00:00Z' },
      ],
    });
    const recent = submenu(item(template, 'File', 'Open Recent'));
    expect(recent.map((i) => i.label ?? i.type)).toEqual([
      'Cardiology && frailty.heestar',
      'Ward 7.heestar',
      'separator',
      'Clear recent files',
    ]);
    click(recent[1]);
    expect(sent).toEqual([{ command: 'open-recent', id: 'id-bbbbbbbb' }]);
    click(recent.at(-1));
    expect(actions.clearRecent).toHaveBeenCalledOnce();
    const empty = submenu(item(setup().template, 'File', 'Open Recent'));
    expect(empty[0]).toMatchObject({ label: 'No recent plan files', enabled: false });
  });

  it('opens the user guide, keyboard shortcuts and About pages, with or without a workshop', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { template, sent } = setup({ platform, hasWorkshop: false });
      for (const label of ['User guide', 'Keyboard shortcuts', 'About Star Workshop']) {
        expect(item(template, 'Help', label)?.enabled, label).not.toBe(false);
        click(item(template, 'Help', label));
      }
      expect(sent).toEqual([
        { command: 'user-guide' },
        { command: 'keyboard-shortcuts' },
        { command: 'about' },
      ]);
      expect(item(template, 'Help', 'User guide')?.accelerator).toBe('F1');
    }
    const mac = setup({ platform: 'darwin' });
    click(submenu(mac.template[0])[0]);
    click(item(mac.template, 'Help', 'User guide'));
    expect(mac.sent).toEqual([{ command: 'about' }, { command: 'user-guide' }]);
  });

  it('lists every menu shortcut on the keyboard shortcuts page, from the same table', () => {
    const accelerators = (template: MenuItemConstructorOptions[]): string[] =>
      template.flatMap((entry) => [
        ...(typeof entry.accelerator === 'string' ? [entry.accelerator] : []),
        ...accelerators(submenu(entry)),
      ]);
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const listed = menuShortcuts(platform).map((row) => row.keys.join('+'));
      expect(listed.sort(), platform).toEqual(accelerators(setup({ platform }).template).sort());
    }
    expect(menuShortcuts('win32')).toContainEqual({ label: 'Redo', keys: ['Ctrl', 'Y'] });
    expect(menuShortcuts('win32').some((row) => row.label === 'Quit')).toBe(false);
  });
});

describe('installed menu', () => {
  it('rebuilds when our page reports a workshop opened, ignoring other senders and bad data', async () => {
    const ipc = new FakeIpcMain();
    const built: MenuItemConstructorOptions[][] = [];
    const appMenu = installAppMenu({
      menu: {
        buildFromTemplate: (template) => {
          built.push(template);
          return {} as never;
        },
        setApplicationMenu: vi.fn(),
      },
      ipcMain: ipc,
      platform: 'linux',
      appName: 'Star Workshop',
      listRecentFiles: () => Promise.resolve([]),
      actions: {
        send: vi.fn(),
        clearRecent: vi.fn(),
        quit: vi.fn(),
      },
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    await settle();
    expect(item(built.at(-1) ?? [], 'File', 'Save plan file')?.enabled).toBe(false);
    ipc.send(MESSAGES.menuState, foreignFrame('https://evil.example/'), { hasWorkshop: true });
    ipc.send(MESSAGES.menuState, APP_FRAME, { hasWorkshop: 'yes' });
    ipc.send(MESSAGES.menuState, APP_FRAME, { hasWorkshop: true, extra: 1 });
    await settle();
    expect(appMenu.state).toEqual({ hasWorkshop: false });
    ipc.send(MESSAGES.menuState, APP_FRAME, { hasWorkshop: true });
    await settle();
    expect(appMenu.state).toEqual({ hasWorkshop: true });
    expect(item(built.at(-1) ?? [], 'File', 'Save plan file')?.enabled).toBe(true);
  });
});
