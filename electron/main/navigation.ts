/**
 * Locks every web contents to the app: no navigation away from app://star-workshop, no new
 * windows, no <webview>, and no permissions beyond two harmless ones for our own page.
 * External https links go to the system browser through the single gate in
 * services/externalLinks.ts, which checks the host and asks the user first.
 */
import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME } from '@shared/ipc/contract';
import type { ExternalLinks } from './services/externalLinks';

/**
 * Permissions our own page may use: writing to the clipboard (copy buttons) and persistent
 * storage (so Chromium never evicts the workshop database under disk pressure). Everything
 * else (camera, location, notifications, HID…) is denied, and nothing is granted to any
 * other origin.
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set([
  'clipboard-sanitized-write',
  'persistent-storage',
]);

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return GRANTED_TO_APP.has(permission) && isAppUrl(requestingUrl);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function lockDownPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
}

/** An Electron event that carries the URL being loaded. */
export interface UrlEvent {
  url: string;
  preventDefault(): void;
}

/** The parts of WebContents we harden; real WebContents satisfy it. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: UrlEvent) => void,
  ): unknown;
  on(
    event: 'will-attach-webview',
    listener: (event: Pick<UrlEvent, 'preventDefault'>) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function hardenWebContents(contents: HardenableContents, links: ExternalLinks): void {
  const keepInApp = (event: UrlEvent): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    // A clicked link is page content (a plan or catalogue could hold it): main checks it and
    // asks the user before their browser opens it.
    void links.open(event.url, 'content').catch(() => undefined);
  });
  contents.on('will-frame-navigate', keepInApp);
  contents.on('will-redirect', keepInApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void links.open(url, 'content').catch(() => undefined);
    return { action: 'deny' };
  });
}
