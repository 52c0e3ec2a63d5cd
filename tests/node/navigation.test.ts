import { describe, expect, it } from 'vitest';
import {
  hardenWebContents,
  isPermissionGranted,
  lockDownPermissions,
  type HardenableContents,
  type UrlEvent,
} from '../../electron/main/navigation';
import { createExternalLinks } from '../../electron/main/services/externalLinks';

/** Lets the link gate's checks, confirmation and opening run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

type Listener = (event: UrlEvent) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const fire = (event: string, url: string) => {
    let prevented = false;
    listeners.get(event)?.({
      url,
      preventDefault: () => {
        prevented = true;
      },
    });
    return prevented;
  };
  const openWindow = (url: string) => openHandler?.({ url });
  return { contents, fire, openWindow };
}

function setup() {
  const opened: string[] = [];
  const fake = fakeContents();
  const links = createExternalLinks({
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    confirm: () => Promise.resolve(true),
    log: () => undefined,
  });
  hardenWebContents(fake.contents, links);
  return { ...fake, opened };
}

describe('navigation lock-down', () => {
  it('lets the app move within its own origin', () => {
    const { fire, opened } = setup();
    expect(fire('will-navigate', 'app://star-workshop/index.html')).toBe(false);
    expect(opened).toEqual([]);
  });

  it('blocks navigation away and hands https links to the system browser', async () => {
    const { fire, opened } = setup();
    expect(fire('will-navigate', 'https://www.england.nhs.uk/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', 'javascript:alert(1)')).toBe(true);
    await settle();
    expect(opened).toEqual(['https://www.england.nhs.uk/']);
  });

  it('blocks frames, redirects and webviews leaving the app', () => {
    const { fire } = setup();
    expect(fire('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'app://star-workshop/index.html')).toBe(false);
    expect(fire('will-attach-webview', 'app://star-workshop/')).toBe(true);
  });

  it('never opens a new Electron window', async () => {
    const { openWindow, opened } = setup();
    expect(openWindow('https://example.org/')).toEqual({ action: 'deny' });
    expect(openWindow('app://star-workshop/index.html')).toEqual({ action: 'deny' });
    expect(openWindow('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    await settle();
    expect(opened).toEqual(['https://example.org/']);
  });
});

describe('permissions', () => {
  it('denies everything to every origin except two harmless ones for our own page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'hid', 'openExternal']) {
      expect(isPermissionGranted(permission, 'app://star-workshop/index.html')).toBe(false);
    }
    expect(isPermissionGranted('persistent-storage', 'app://star-workshop/')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://star-workshop/')).toBe(true);
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://evil/')).toBe(false);
  });

  it('installs both the request and the check handler', () => {
    let request: ((permission: string, url: string) => boolean) | undefined;
    let check: ((permission: string, origin: string) => boolean) | undefined;
    lockDownPermissions({
      setPermissionRequestHandler(handler) {
        request = (permission, url) => {
          let granted: boolean | undefined;
          handler?.(
            {} as never,
            permission as never,
            (answer) => {
              granted = answer;
            },
            { isMainFrame: true, requestingUrl: url },
          );
          return granted ?? true;
        };
      },
      setPermissionCheckHandler(handler) {
        check = (permission, origin) =>
          handler?.(null, permission as never, origin, {} as never) ?? true;
      },
    });
    expect(request?.('media', 'app://star-workshop/index.html')).toBe(false);
    expect(request?.('persistent-storage', 'app://star-workshop/index.html')).toBe(true);
    expect(check?.('geolocation', 'app://star-workshop')).toBe(false);
    expect(check?.('clipboard-sanitized-write', 'app://star-workshop')).toBe(true);
  });
});
