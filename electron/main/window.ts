/**
 * The one place BrowserWindow options are decided. Every security switch is set explicitly,
 * even where Electron's default already agrees, so a future default change or a careless edit
 * shows up in review and in tests/node/window.test.ts.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '@shared/version';
import { isSpellcheckAllowed } from './offline';
import { DEFAULT_SIZE, MIN_SIZE, type Rect } from './windowState';

/** NHS white; shown before the first paint so the window never flashes black. */
export const WINDOW_BACKGROUND = '#ffffff';

export function buildWindowOptions(
  preloadPath: string,
  platform: NodeJS.Platform = process.platform,
  /** Where the window was last time (windowState.ts), or null for the default. */
  bounds: Rect | null = null,
): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: DEFAULT_SIZE.width,
    height: DEFAULT_SIZE.height,
    ...(bounds ?? {}),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    backgroundColor: WINDOW_BACKGROUND,
    // Shown on 'ready-to-show' to avoid a blank frame.
    show: false,
    // The File, Edit, View and Help menus stay where Windows and Linux users look for them.
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Off where it would download dictionaries (see offline.ts).
      spellcheck: isSpellcheckAllowed(platform),
      // Keep Chromium's built-in PDF viewer and other plugins out.
      plugins: false,
      // Middle-click would ask for a new window; those are all denied anyway, but this stops
      // the request being made at all (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      // A fixed, persistent default partition: IndexedDB lives here and must never move.
      partition: undefined,
    },
  };
}
