/**
 * The fixed table of what can be saved: one dialog filter and one extension per kind. The page
 * names only the kind; the extension written to disk always comes from here, whatever the page
 * suggested or the dialog returned, so a compromised page cannot drop `report.exe` or
 * `startup.bat` into a folder.
 */
import path from 'node:path';
import type { FileFilter, SaveKind } from '@shared/ipc/contract';

export interface SaveKindSpec {
  /** Without the dot. */
  extension: string;
  filter: FileFilter;
}

export const SAVE_KINDS: Readonly<Record<SaveKind, SaveKindSpec>> = {
  plan: { extension: 'heestar', filter: { name: 'Star Workshop plan', extensions: ['heestar'] } },
  pdf: { extension: 'pdf', filter: { name: 'PDF document', extensions: ['pdf'] } },
  csv: { extension: 'csv', filter: { name: 'CSV spreadsheet', extensions: ['csv'] } },
  xlsx: { extension: 'xlsx', filter: { name: 'Excel workbook', extensions: ['xlsx'] } },
  docx: { extension: 'docx', filter: { name: 'Word document', extensions: ['docx'] } },
  svg: { extension: 'svg', filter: { name: 'SVG image', extensions: ['svg'] } },
  png: { extension: 'png', filter: { name: 'PNG image', extensions: ['png'] } },
};

const hasExtension = (fileName: string, extension: string): boolean =>
  path.extname(fileName).toLowerCase() === `.${extension}`;

/** The name offered in the dialog: the page's suggestion with the kind's extension. */
export function suggestedNameFor(suggestedName: string, kind: SaveKind): string {
  const { extension } = SAVE_KINDS[kind];
  if (hasExtension(suggestedName, extension)) return suggestedName;
  const stem = suggestedName.slice(0, suggestedName.length - path.extname(suggestedName).length);
  return `${stem.trim() === '' ? suggestedName : stem}.${extension}`;
}

/**
 * Where a save really goes: the dialog's choice, with the kind's extension added when it is
 * missing or different (`notes.txt` saved as a plan becomes `notes.txt.heestar`). `isExtended`
 * says the dialog never saw the final name, so it never asked about replacing it.
 */
export function targetFor(
  chosenPath: string,
  kind: SaveKind,
): { target: string; isExtended: boolean } {
  const { extension } = SAVE_KINDS[kind];
  if (hasExtension(chosenPath, extension)) return { target: chosenPath, isExtended: false };
  return { target: `${chosenPath}.${extension}`, isExtended: true };
}
