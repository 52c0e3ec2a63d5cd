/**
 * The one gate for opening anything outside the app. Plan files and catalogues come from other
 * trusts, so a link in one is untrusted text: only plain https URLs to public host names may
 * reach the operating system's browser, and the user is asked first, in a dialog main shows
 * (the page cannot fake or skip it) naming the host the link really goes to. Every path (IPC,
 * clicked links, window.open) comes through here; every refusal is logged.
 */
import type { MessageBoxOptions } from 'electron';
import type { ExternalLinkSource, OpenExternalResult } from '@shared/ipc/contract';
import { EXTERNAL_LINK_HOST_REFUSED, EXTERNAL_LINK_REFUSED } from '@shared/ipc/messages';
import { MAX_EXTERNAL_URL_LENGTH } from '@shared/ipc/validators';

/**
 * Hosts Star Workshop itself links to (help pages, guidance). Links the app's own screens open
 * to these go straight to the browser; links from plan files or catalogues are always confirmed.
 */
export const TRUSTED_LINK_DOMAINS: readonly string[] = ['nhs.uk', 'gov.uk'];

/**
 * Internationalised host names (`xn--…` in the URL) allowed through. Empty: a punycode name is
 * how `аpple.com` with a Cyrillic "а" passes for `apple.com`. Add a real, reviewed host here if a
 * catalogue ever needs one.
 */
export const PUNYCODE_HOST_ALLOWLIST: ReadonlySet<string> = new Set<string>();

/** Names that resolve to this computer or the local network, never to a public site. */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home.arpa', 'corp'];

export type HostVerdict = { ok: true } | { ok: false; why: string };

/** Whether a URL's host (as `URL.hostname` gives it) is a public DNS name. */
export function checkHost(hostname: string): HostVerdict {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return { ok: false, why: 'no host' };
  // URL parsing has already turned 2130706433, 0x7f.1 and 127.1 into dotted form.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return { ok: false, why: 'bare IPv4 address' };
  if (host.startsWith('[') || host.includes(':')) return { ok: false, why: 'bare IPv6 address' };
  if (!host.includes('.')) return { ok: false, why: 'single-label (intranet) host' };
  if (LOCAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) {
    return { ok: false, why: 'loopback or local-network name' };
  }
  const labels = host.split('.');
  // Every label must be plain LDH (letters, digits, hyphen): no underscores or oddities.
  if (!labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) {
    return { ok: false, why: 'unusual host name' };
  }
  if (labels.some((label) => label.startsWith('xn--')) && !PUNYCODE_HOST_ALLOWLIST.has(host)) {
    return { ok: false, why: 'punycode (look-alike) host' };
  }
  return { ok: true };
}

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string; why: string };

/** Checks scheme, credentials and host; never throws. */
export function checkExternalUrl(raw: unknown): UrlVerdict {
  const refuse = (why: string, reason = EXTERNAL_LINK_REFUSED): UrlVerdict => ({
    ok: false,
    reason,
    why,
  });
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) {
    return refuse('not a usable string');
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse('not a URL');
  }
  if (url.protocol !== 'https:') return refuse(`scheme ${url.protocol}`);
  // `https://nhs.uk@evil.example` reads as an NHS link but goes elsewhere.
  if (url.username !== '' || url.password !== '') return refuse('credentials in URL');
  const host = checkHost(url.hostname);
  if (!host.ok) return refuse(host.why, EXTERNAL_LINK_HOST_REFUSED);
  return { ok: true, url };
}

/** Returns the normalised URL when it may be opened externally, otherwise null. */
export function toAllowedExternalUrl(raw: unknown): string | null {
  const verdict = checkExternalUrl(raw);
  return verdict.ok ? verdict.url.href : null;
}

export function isTrustedLinkHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return TRUSTED_LINK_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The question main asks before opening a link that did not come from the app itself. */
export function linkConfirmation(url: URL): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open a web link?',
    message: `Open a page on ${url.hostname} in your web browser?`,
    detail:
      'This link came from a plan file or catalogue, not from Star Workshop. Only open it if ' +
      `you trust where it came from.\n\n${url.href}`,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export type OpenExternalFn = (url: string) => Promise<void>;
/** Shows `linkConfirmation(url)` and resolves true when the user chose to open it. */
export type ConfirmLinkFn = (url: URL) => Promise<boolean>;

export interface ExternalLinksDeps {
  openExternal: OpenExternalFn;
  confirm: ConfirmLinkFn;
  log?: (message: string) => void;
}

export interface ExternalLinks {
  /**
   * Opens `raw` in the system browser when it passes the checks and, unless it is the app's own
   * link to a trusted host, the user agrees. `source` is what the page claims; a false 'app'
   * gains nothing beyond skipping the question for the trusted NHS and GOV.UK domains.
   */
  open(raw: unknown, source: ExternalLinkSource): Promise<OpenExternalResult>;
}

export function createExternalLinks(deps: ExternalLinksDeps): ExternalLinks {
  const log =
    deps.log ??
    ((message: string) => {
      console.warn(message);
    });
  return {
    async open(raw, source) {
      const verdict = checkExternalUrl(raw);
      if (!verdict.ok) {
        log(`Refused to open an external link (${verdict.why}).`);
        return { status: 'refused', reason: verdict.reason };
      }
      const isOwnLink = source === 'app' && isTrustedLinkHost(verdict.url.hostname);
      if (!isOwnLink && !(await deps.confirm(verdict.url))) return { status: 'cancelled' };
      try {
        await deps.openExternal(verdict.url.href);
      } catch {
        return { status: 'refused', reason: 'Your computer could not open this link.' };
      }
      return { status: 'opened' };
    },
  };
}
