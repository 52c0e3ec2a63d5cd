import { displayFileName } from '@shared/domain/text';

/**
 * A file name as people should read it: cleaned of overrides and invisible characters by the
 * shared cleaner, and isolated left to right so its real extension always shows at the end
 * (`valid\u202Eratseeh.pdf` reads "validratseeh.pdf", not "validfdp.heestar").
 */
export function FileName({ name, quoted = false }: { name: string; quoted?: boolean }) {
  const shown = displayFileName(name);
  return (
    <strong className="app-file-name">
      {quoted && '‘'}
      <bdi dir="ltr">{shown}</bdi>
      {quoted && '’'}
    </strong>
  );
}
