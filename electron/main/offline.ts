/**
 * Settings that keep the app's promise of no network traffic and UK conventions, applied
 * before the first window opens.
 *
 * Spellcheck: on Windows and Linux Chromium checks spelling with Hunspell dictionaries that it
 * downloads from Google's servers the first time a text box is focused. The app makes no network
 * requests, so spellcheck is off there: no dictionary is ever fetched and no download URL is
 * set. macOS checks spelling with the operating system's own dictionaries, which download
 * nothing, so it stays on there.
 *
 * Locale: Chromium formats native date inputs by its locale (Debian's default shows
 * mm/dd/yyyy). Electron takes the locale from the `--lang` switch, which must be set before
 * the app is ready.
 */
import type { CommandLine, Session } from 'electron';

export const APP_LOCALE = 'en-GB';

/** True where Chromium would download dictionaries to check spelling. */
export function isSpellcheckAllowed(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export type SpellcheckSession = Pick<
  Session,
  'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'
>;

export function configureSpellcheck(session: SpellcheckSession, platform: NodeJS.Platform): void {
  session.setSpellCheckerEnabled(isSpellcheckAllowed(platform));
}

/** Call before `app` is ready. */
export function configureLocale(commandLine: Pick<CommandLine, 'appendSwitch'>): void {
  commandLine.appendSwitch('lang', APP_LOCALE);
}
