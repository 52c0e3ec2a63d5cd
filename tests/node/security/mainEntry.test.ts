// Review finding: the main entry's wiring was untested (only the modules it calls were). This
// imports the real electron/main/index.ts against a fake 'electron' module and checks what it
// switches on: sandbox for every renderer, the privileged app:// scheme and the en-GB locale
// before 'ready'; permission lock-down and spellcheck off on the default session; the
// web-contents-created hook hardening every page; hardened window options with no
// enableBlinkFeatures anywhere; a handler for every IPC channel.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE } from '@shared/ipc/contract';
import { isSpellcheckAllowed } from '../../../electron/main/offline';
import { PRIVILEGED_SCHEMES } from '../../../electron/main/protocol';
import { createFakeElectron, fakeContents } from '../helpers/fakeElectron';

const state = vi.hoisted(() => ({ fake: null as ReturnType<typeof createFakeElectron> | null }));
vi.mock('electron', () => {
  if (!state.fake) throw new Error('fake electron not ready');
  return state.fake.module;
});

let userData: string;
let fake: ReturnType<typeof createFakeElectron>;
let callsBeforeReady: string[];

beforeAll(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'star-main-'));
  fake = createFakeElectron(userData);
  state.fake = fake;
  await import('../../../electron/main/index');
  callsBeforeReady = [...fake.calls];
  await fake.becomeReady();
});

afterAll(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('before the app is ready', () => {
  it('sandboxes every renderer, registers app:// and sets the en-GB locale', () => {
    expect(callsBeforeReady).toEqual(
      expect.arrayContaining([
        'enableSandbox',
        'registerSchemesAsPrivileged',
        'appendSwitch lang=en-GB',
      ]),
    );
    expect(callsBeforeReady).not.toContain('new BrowserWindow');
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(
      PRIVILEGED_SCHEMES,
    );
  });
});

describe('once ready', () => {
  it('locks down permissions on the default session', () => {
    const [[check]] = fake.session.setPermissionCheckHandler.mock.calls as [
      [(c: null, permission: string, origin: string) => boolean],
    ];
    expect(check(null, 'media', 'app://star-workshop')).toBe(false);
    expect(check(null, 'persistent-storage', 'https://evil.example')).toBe(false);
    expect(fake.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });

  it('turns spellcheck off where it would download dictionaries, and sets no download URL', () => {
    expect(fake.session.setSpellCheckerEnabled.mock.calls).toEqual([
      [isSpellcheckAllowed(process.platform)],
    ]);
    expect(fake.session.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
  });

  it('serves app:// and handles every IPC channel in the contract', () => {
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...fake.ipcMain.handlers.keys()]).toEqual(
      expect.arrayContaining(Object.values(INVOKE)),
    );
  });

  it('remembers the window in userData/window-state.json when it closes', async () => {
    const window = fake.windows[0];
    if (!window) throw new Error('no window');
    window.bounds = { x: 100, y: 80, width: 1100, height: 700 };
    window.emit('close', { preventDefault: () => undefined });
    await vi.waitFor(async () => {
      const saved = JSON.parse(
        await readFile(path.join(userData, 'userData', 'window-state.json'), 'utf8'),
      ) as unknown;
      expect(saved).toEqual({
        bounds: { x: 100, y: 80, width: 1100, height: 700 },
        isMaximized: false,
      });
    });
  });

  it('installs the application menu', () => {
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
  });

  it('opens one hardened window on app://star-workshop', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0];
    const prefs = (window?.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://star-workshop/index.html');
  });

  it('hardens every web contents created, through the web-contents-created hook', () => {
    const contents = fakeContents();
    fake.module.app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-navigate', {
      url: 'https://evil.example/',
      preventDefault: () => {
        prevented = true;
      },
    });
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    for (const event of ['will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.listenerCount(event), event).toBe(1);
    }
  });
});

describe('enableBlinkFeatures is never set', () => {
  const hasKey = (value: unknown, key: string): boolean =>
    typeof value === 'object' &&
    value !== null &&
    Object.entries(value).some(([k, v]) => k === key || hasKey(v, key));

  it('in any window the entry opens', () => {
    for (const window of fake.windows)
      expect(hasKey(window.options, 'enableBlinkFeatures')).toBe(false);
  });

  it('anywhere in the main process or preload source', async () => {
    const root = path.resolve(import.meta.dirname, '../../../electron');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(await readFile(path.join(root, file), 'utf8'), file).not.toMatch(
        /enableBlinkFeatures/,
      );
    }
  });
});
