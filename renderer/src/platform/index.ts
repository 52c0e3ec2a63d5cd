/**
 * The renderer's single door to its host. Call `getPlatform()` anywhere; it picks the Electron
 * implementation when the preload has exposed `window.api`, otherwise the browser one.
 */
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';

export type * from './types';

export function createPlatform(win: Window): Platform {
  return win.api ? createDesktopPlatform(win.api, win) : createBrowserPlatform(win);
}

let current: Platform | undefined;

export function getPlatform(): Platform {
  current ??= createPlatform(window);
  return current;
}
