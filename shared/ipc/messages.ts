/**
 * Messages shown to people when a file or link action is refused, shared by the desktop main
 * process and the browser implementation so both say exactly the same thing.
 */

/** "10 MB", "1.5 MB", "800 KB": sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? String(mb) : mb.toFixed(1)} MB`;
  }
  return `${String(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export function fileTooLargeMessage(sizeBytes: number, limitBytes: number): string {
  return (
    `This file is ${formatBytes(sizeBytes)}, which is over the ${formatBytes(limitBytes)} ` +
    'limit. Star Workshop plan files are much smaller, so this is probably not a plan file.'
  );
}

export const EXTERNAL_LINK_REFUSED =
  'Only secure web links (starting https://) can be opened from Star Workshop.';

export const EXTERNAL_LINK_HOST_REFUSED =
  'Star Workshop does not open links to this computer, to local network or bare IP addresses, ' +
  'or to look-alike web addresses.';
