/**
 * A stand-in for the whole 'electron' module, enough to import the real main entry
 * (electron/main/index.ts) in Node and watch what it wires up. Importing real Electron in Node
 * tries to download a binary, so tests `vi.mock('electron', () => fake.module)`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { FakeIpcMain } from './fakeIpcMain';

export interface FakeContents extends EventEmitter {
  send: ReturnType<typeof vi.fn>;
  isDestroyed: () => boolean;
  setWindowOpenHandler: ReturnType<typeof vi.fn>;
  windowOpenHandler?: (details: { url: string }) => unknown;
}

export function fakeContents(): FakeContents {
  const contents = new EventEmitter() as FakeContents;
  contents.send = vi.fn();
  contents.isDestroyed = () => false;
  contents.setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    contents.windowOpenHandler = handler;
  });
  return contents;
}

/** Records what each fake BrowserWindow was given and does. */
export class FakeWindow extends EventEmitter {
  static windows: FakeWindow[] = [];
  static calls: string[] = [];
  readonly options: unknown;
  readonly webContents = fakeContents();
  bounds = { x: 0, y: 0, width: 1280, height: 820 };
  maximized = false;
  constructor(options: unknown) {
    super();
    FakeWindow.calls.push('new BrowserWindow');
    this.options = options;
    FakeWindow.windows.push(this);
  }
  loadURL = vi.fn(() => Promise.resolve());
  show = vi.fn();
  focus = vi.fn();
  close = vi.fn();
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  isMinimized = () => false;
  isMaximized = () => this.maximized;
  isFullScreen = () => false;
  isDestroyed = () => false;
  restore = vi.fn();
  getNormalBounds = () => this.bounds;
  getBounds = () => this.bounds;
  static getAllWindows = (): FakeWindow[] => FakeWindow.windows;
  static getFocusedWindow = (): FakeWindow | null => FakeWindow.windows[0] ?? null;
}

export function createFakeElectron(userData: string) {
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const calls: string[] = [];
  FakeWindow.calls = calls;
  FakeWindow.windows = [];
  const windows = FakeWindow.windows;
  const appEvents = new EventEmitter();

  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn(),
    setSpellCheckerDictionaryDownloadURL: vi.fn(),
    setSpellCheckerLanguages: vi.fn(),
  };

  const app = Object.assign(appEvents, {
    commandLine: {
      appendSwitch: vi.fn((name: string, value?: string) => {
        calls.push(`appendSwitch ${name}=${value ?? ''}`);
      }),
    },
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    whenReady: () => ready,
    isReady: () => true,
    requestSingleInstanceLock: () => true,
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: () => '/opt/star-workshop/resources/app.asar',
    getPath: (name: string) => `${userData}/${name}`,
    getName: () => 'Star Workshop',
    getVersion: () => '0.1.0',
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
    setAboutPanelOptions: vi.fn(),
  });

  const ipcMain = new FakeIpcMain();
  const module = {
    app,
    BrowserWindow: FakeWindow as unknown as {
      new (options: unknown): FakeWindow;
      getAllWindows(): FakeWindow[];
      getFocusedWindow(): FakeWindow | null;
    },
    dialog: {
      showSaveDialog: vi.fn(() => Promise.resolve({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(() => Promise.resolve({ canceled: true, filePaths: [] })),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 1, checkboxChecked: false })),
      showMessageBoxSync: vi.fn(() => 1),
    },
    ipcMain,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession: session },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    screen: {
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
  };

  return {
    module,
    calls,
    windows,
    session,
    ipcMain,
    /** Resolves `app.whenReady()` and lets the ready handler run. */
    async becomeReady() {
      calls.push('ready');
      markReady();
      await new Promise((resolve) => setTimeout(resolve, 10));
    },
  };
}
