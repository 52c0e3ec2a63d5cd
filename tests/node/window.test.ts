import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../electron/main/window';

describe('hardened window options', () => {
  const options = buildWindowOptions('/app/dist-electron/preload.cjs');
  const prefs = options.webPreferences ?? {};

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('stays in the default persistent session, where the database lives', () => {
    expect(prefs.partition).toBeUndefined();
    expect(prefs.session).toBeUndefined();
  });

  it('is titled, sized and painted for the app', () => {
    expect(options.title).toBe('Star Workshop');
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    // Shown on ready-to-show so there is no blank flash.
    expect(options.show).toBe(false);
  });
});
