/**
 * The one gate for opening anything outside the app. Plan files come from other trusts, so a
 * link in one is untrusted text: only plain https URLs without embedded credentials may reach
 * the operating system's browser. Every path (IPC, clicked links, window.open) comes through here.
 */
import { MAX_EXTERNAL_URL_LENGTH } from '@shared/ipc/validators';

/** Returns the normalised URL when it may be opened externally, otherwise null. */
export function toAllowedExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '') return null;
  // `https://nhs.uk@evil.example` reads as an NHS link but goes elsewhere.
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

export type OpenExternalFn = (url: string) => Promise<void>;

/** Opens the URL with the system browser when allowed; resolves to whether it was opened. */
export async function openExternalSafely(
  openExternal: OpenExternalFn,
  raw: unknown,
): Promise<boolean> {
  const allowed = toAllowedExternalUrl(raw);
  if (allowed === null) return false;
  await openExternal(allowed);
  return true;
}
