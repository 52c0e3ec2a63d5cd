/**
 * The desktop app's native menus (issue 12): commands arrive from main over the preload, and the
 * page reports what the menus should enable. In the browser there are no native menus, so both
 * do nothing. Kept apart from desktop.ts so the Platform seam stays unchanged.
 */
import type { MenuCommand, MenuState } from '@shared/ipc/contract';

export type { MenuCommand, MenuState } from '@shared/ipc/contract';

/** Calls `handler` for each menu command; returns unsubscribe. */
export function onMenuCommand(
  handler: (command: MenuCommand) => void,
  win: Window = window,
): () => void {
  return win.api?.onMenuCommand(handler) ?? (() => undefined);
}

export function reportMenuState(state: MenuState, win: Window = window): void {
  win.api?.setMenuState(state);
}
