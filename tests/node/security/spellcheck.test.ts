// Review finding: spellcheck was on with no dictionary URL set, so on Windows and Linux Chromium
// would download Hunspell dictionaries from the internet. Now spellcheck is off there (window
// and session), no dictionary download URL is ever set, and macOS keeps its offline OS checker.
import { describe, expect, it, vi } from 'vitest';
import { configureSpellcheck, isSpellcheckAllowed } from '../../../electron/main/offline';
import { buildWindowOptions } from '../../../electron/main/window';

const fakeSession = () => ({
  setSpellCheckerEnabled: vi.fn(),
  setSpellCheckerDictionaryDownloadURL: vi.fn(),
});

describe('spellcheck never reaches the network', () => {
  it.each(['win32', 'linux'] as const)(
    'is off on %s, in the window and the session',
    (platform) => {
      expect(isSpellcheckAllowed(platform)).toBe(false);
      expect(buildWindowOptions('/p.cjs', platform).webPreferences?.spellcheck).toBe(false);
      const session = fakeSession();
      configureSpellcheck(session, platform);
      expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[false]]);
      expect(session.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
    },
  );

  it('stays on for macOS, whose own checker downloads nothing, with no download URL', () => {
    expect(buildWindowOptions('/p.cjs', 'darwin').webPreferences?.spellcheck).toBe(true);
    const session = fakeSession();
    configureSpellcheck(session, 'darwin');
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[true]]);
    expect(session.setSpellCheckerDictionaryDownloadURL).not.toHaveBeenCalled();
  });
});
