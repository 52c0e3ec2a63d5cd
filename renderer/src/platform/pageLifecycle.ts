/**
 * Browser moments when unsaved edits must be written at once: the tab is hidden (the last
 * reliable event on mobile and when switching apps), the page is being unloaded, or the window
 * loses focus. The handler is started but not awaited: browsers give no time to wait.
 */
export function onPageHidden(win: Window, handler: () => Promise<unknown>): () => void {
  const run = (): void => {
    // Failures are reported by the handler itself (the save status); nothing to add here.
    handler().catch(() => undefined);
  };
  const onVisibilityChange = (): void => {
    if (win.document.visibilityState === 'hidden') run();
  };
  win.addEventListener('pagehide', run);
  win.addEventListener('blur', run);
  win.document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    win.removeEventListener('pagehide', run);
    win.removeEventListener('blur', run);
    win.document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

export async function requestPersistentStorage(nav: Navigator): Promise<boolean | 'unsupported'> {
  // Older browsers and some embedded views lack the Storage API entirely.
  const storage = nav.storage as StorageManager | undefined;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
