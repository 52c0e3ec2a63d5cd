import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import { getPlatform } from '../../platform';

/** The app's name, version and host, from the Platform (main process or the browser build). */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void getPlatform()
      .getAppInfo()
      .then((result) => {
        if (live) setInfo(result);
      });
    return () => {
      live = false;
    };
  }, []);
  return info;
}

/**
 * The operating system whose keys to show: the desktop app knows it; in a browser, guess from
 * the browser (only to choose between Ctrl and Cmd).
 */
export function keyboardPlatform(info: AppInfo | null): string {
  if (info && info.platform !== 'browser') return info.platform;
  return /Mac|iPhone|iPad/.test(navigator.platform) ? 'darwin' : 'linux';
}
