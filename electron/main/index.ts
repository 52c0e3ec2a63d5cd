/**
 * Main-process entry: app lifecycle and wiring only. Each concern lives in its own module
 * (window options, app:// protocol, navigation lock-down, IPC handlers), which take Electron
 * objects as parameters so they can be tested in plain Node.
 */
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import type { MessageBoxOptions } from 'electron';
import { EVENTS } from '@shared/ipc/contract';
import { registerAppInfoHandlers } from './ipc/appInfo';
import { overwriteConfirmation, registerFileHandlers } from './ipc/files';
import { createQuitGuard, DISCARD_CONFIRMATION } from './ipc/lifecycle';
import { commandSender, installAppMenu, type AppMenu } from './ipc/menu';
import { recordingDialogs, registerPlanFileHandlers } from './ipc/planFiles';
import { registerShellHandlers } from './ipc/shell';
import { hardenWebContents, lockDownPermissions } from './navigation';
import { configureLocale, configureSpellcheck } from './offline';
import { APP_ENTRY_URL, PRIVILEGED_SCHEMES, registerAppProtocol } from './protocol';
import { createBackups } from './services/backups';
import { createExternalLinks, linkConfirmation } from './services/externalLinks';
import { createOpenRequestQueue, planPathsFromArgv } from './services/openRequests';
import { createRecentFiles, publicRecentFiles } from './services/recentFiles';
import { buildWindowOptions } from './window';
import { createWindowStateFile, placeWindow, stateOf, type WindowStateFile } from './windowState';

// Must happen before 'ready'; the scheme's privileges cannot be changed later.
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
// Every renderer sandboxed, whatever a window's own options say.
app.enableSandbox();
// en-GB dates in native date inputs (dd/mm/yyyy), whatever the system locale.
configureLocale(app.commandLine);

let mainWindow: BrowserWindow | null = null;
// Links are checked, then confirmed in a dialog main shows (naming the host), then opened.
const externalLinks = createExternalLinks({
  openExternal: (url) => shell.openExternal(url),
  confirm: async (url) => (await showMessage(linkConfirmation(url))) === 0,
});
const quitGuard = createQuitGuard({
  app,
  ipcMain,
  getWindows: () => BrowserWindow.getAllWindows(),
  // Asked only while a save is still pending; "Quit anyway" is button 1.
  confirmDiscard: async () =>
    (await showMessage({ ...DISCARD_CONFIRMATION, buttons: [...DISCARD_CONFIRMATION.buttons] })) ===
    1,
});

// Size, position and maximised state from last time (see windowState.ts).
let placement: ReturnType<typeof placeWindow> = { bounds: null, isMaximized: false };
let windowStateFile: WindowStateFile | null = null;

function createMainWindow(): BrowserWindow {
  const preload = path.join(app.getAppPath(), 'dist-electron', 'preload.cjs');
  const window = new BrowserWindow(buildWindowOptions(preload, process.platform, placement.bounds));
  if (placement.isMaximized) window.maximize();
  window.on('close', () => {
    placement = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    void windowStateFile?.save(stateOf(window)).catch(() => undefined);
  });
  quitGuard.guardWindow(window);
  // Files opened or saved elsewhere may have changed the recent list shown in the menu.
  window.on('focus', () => {
    void appMenu?.refresh();
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

// Plan files the system asks us to open (double-click, command line, macOS open-file) wait here
// until the renderer takes them; it is told whenever more arrive.
const openRequests = createOpenRequestQueue();
openRequests.onQueued(() => {
  if (mainWindow && !mainWindow.webContents.isDestroyed()) {
    mainWindow.webContents.send(EVENTS.openRequested);
  }
});

/** Shows a main-process message box over the window when there is one. */
async function showMessage(options: MessageBoxOptions): Promise<number> {
  const answer = mainWindow
    ? await dialog.showMessageBox(mainWindow, options)
    : await dialog.showMessageBox(options);
  return answer.response;
}

let appMenu: AppMenu | null = null;

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  // Two instances would write the same IndexedDB at once: hand over to the first instead.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openRequests.enqueue(planPathsFromArgv(argv.slice(1), workingDirectory));
    focusMainWindow();
  });
  // macOS delivers double-clicked files this way, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openRequests.enqueue(planPathsFromArgv([filePath], process.cwd()));
    focusMainWindow();
  });
  openRequests.enqueue(planPathsFromArgv(process.argv.slice(1), process.cwd()));
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, externalLinks);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) {
      mainWindow = createMainWindow();
    }
  });

  void app.whenReady().then(async () => {
    lockDownPermissions(session.defaultSession);
    configureSpellcheck(session.defaultSession, process.platform);
    registerAppProtocol(protocol, path.join(app.getAppPath(), 'dist'));
    registerAppInfoHandlers(ipcMain, app);
    registerShellHandlers(ipcMain, externalLinks);
    const userData = app.getPath('userData');
    const recentFiles = createRecentFiles({ file: path.join(userData, 'recent-files.json') });
    const rememberPlan = (filePath: string): void => {
      app.addRecentDocument(filePath);
      void recentFiles
        .add(filePath)
        .then(() => appMenu?.refresh())
        .catch(() => undefined);
    };
    appMenu = installAppMenu({
      menu: Menu,
      ipcMain,
      platform: process.platform,
      appName: app.getName(),
      listRecentFiles: async () => publicRecentFiles(await recentFiles.list()),
      actions: {
        send: commandSender(() => mainWindow?.webContents ?? null, EVENTS.menuCommand),
        clearRecent: () => {
          app.clearRecentDocuments();
          void recentFiles
            .clear()
            .then(() => appMenu?.refresh())
            .catch(() => undefined);
        },
        quit: () => {
          app.quit();
        },
      },
    });
    const backups = createBackups({ root: path.join(userData, 'backups') });
    void backups.prune().catch(() => 0);
    registerFileHandlers(ipcMain, {
      defaultDirectory: () => app.getPath('documents'),
      // Plan files picked to open join the recent files list; saved ones once written.
      dialogs: recordingDialogs(
        {
          showSave: (options) =>
            mainWindow
              ? dialog.showSaveDialog(mainWindow, options)
              : dialog.showSaveDialog(options),
          showOpen: (options) =>
            mainWindow
              ? dialog.showOpenDialog(mainWindow, options)
              : dialog.showOpenDialog(options),
          confirmOverwrite: async (fileName) =>
            (await showMessage(overwriteConfirmation(fileName))) === 0,
        },
        rememberPlan,
      ),
      onSaved: (target, kind) => {
        if (kind === 'plan') rememberPlan(target);
      },
    });
    registerPlanFileHandlers(ipcMain, {
      backups,
      recentFiles,
      openRequests,
      onPlanOpened: (filePath) => {
        app.addRecentDocument(filePath);
      },
    });
    windowStateFile = createWindowStateFile(path.join(userData, 'window-state.json'));
    const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()];
    placement = placeWindow(
      await windowStateFile.load(),
      displays.map((display) => display.workArea),
    );
    mainWindow = createMainWindow();
  });
}

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}
