/**
 * The plain-browser implementation: saving is a download through `<a download>`, opening is a
 * hidden `<input type=file>`, and links open in a new tab with no access back to this page.
 */
import { APP_NAME, APP_VERSION } from '@shared/version';
import { MAX_OPEN_FILE_BYTES, type FileFilter } from '@shared/ipc/contract';
import { EXTERNAL_LINK_REFUSED, fileTooLargeMessage } from '@shared/ipc/messages';
import { getBackupsDatabase } from '../db/backupsDatabase';
import { createBrowserBackups } from './backups';
import { onPageHidden, requestPersistentStorage } from './pageLifecycle';
import type { Platform } from './types';

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  heestar: 'application/vnd.star-workshop+json',
  json: 'application/json',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
};

function mimeTypeFor(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** `accept` value for a file input, e.g. ".heestar,.json"; empty when any file is allowed. */
export function acceptFor(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return extensions.map((extension) => `.${extension}`).join(',');
}

export function isHttpsUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export function createBrowserPlatform(win: Window, maxOpenBytes = MAX_OPEN_FILE_BYTES): Platform {
  const doc = win.document;
  return {
    getAppInfo: () =>
      Promise.resolve({ name: APP_NAME, version: APP_VERSION, platform: 'browser' }),

    openExternal: (url) => {
      if (!isHttpsUrl(url)) {
        return Promise.resolve({ status: 'refused', reason: EXTERNAL_LINK_REFUSED });
      }
      // noopener: the new tab gets no `window.opener` handle back into the workshop.
      win.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve({ status: 'opened' });
    },

    saveFile: ({ suggestedName, data }) => {
      // Copy bytes so the Blob owns a plain ArrayBuffer, whatever backs the caller's view.
      const part = typeof data === 'string' ? data : new Uint8Array(data);
      const blob = new Blob([part], { type: mimeTypeFor(suggestedName) });
      const href = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = href;
      link.download = suggestedName;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoking at once can cancel the download in some browsers; a minute is plenty.
      win.setTimeout(() => {
        URL.revokeObjectURL(href);
      }, 60_000);
      return Promise.resolve({ status: 'downloaded', name: suggestedName });
    },

    openFile: ({ filters }) =>
      new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = acceptFor(filters);
        input.hidden = true;
        input.addEventListener('cancel', () => {
          input.remove();
          resolve({ status: 'cancelled' });
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (!file) {
            resolve({ status: 'cancelled' });
            return;
          }
          // Check the size before reading a single byte.
          if (file.size > maxOpenBytes) {
            resolve({ status: 'failed', reason: fileTooLargeMessage(file.size, maxOpenBytes) });
            return;
          }
          file.arrayBuffer().then(
            (buffer) => {
              resolve({ status: 'opened', name: file.name, bytes: new Uint8Array(buffer) });
            },
            () => {
              resolve({
                status: 'failed',
                reason: 'The file could not be read. It may have been moved or deleted.',
              });
            },
          );
        });
        // Safari only opens the picker for inputs that are in the document.
        doc.body.append(input);
        input.click();
      }),

    requestPersistentStorage: () => requestPersistentStorage(win.navigator),
    onFlushRequest: (handler) => onPageHidden(win, handler),
    // No disk: backups in a database of their own; no recent paths, no double-click.
    backups: createBrowserBackups(getBackupsDatabase),
    recentFiles: {
      list: () => Promise.resolve([]),
      open: () => Promise.resolve({ status: 'cancelled' }),
    },
    openRequests: {
      take: () => Promise.resolve([]),
      onRequested: () => () => undefined,
    },
  };
}
