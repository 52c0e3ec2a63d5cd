/**
 * Runs poppler-utils on a PDF the real renderer wrote. A missing tool fails the test with the
 * fix in the message: a PDF test that silently skips would look green while checking nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OUT_DIR = join(process.cwd(), 'test-results', 'pdf');

const INSTALL_HINT =
  'poppler-utils is needed to check exported PDFs. Install it with `apt-get update && apt-get install -y --no-install-recommends poppler-utils` (or run `node scripts/ensure-system-deps.mjs`).';

export const poppler = (
  tool: 'pdftotext' | 'pdfinfo' | 'pdffonts' | 'pdftoppm',
  args: readonly string[],
): string => {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing ? `${tool} not found. ${INSTALL_HINT}` : `${tool} failed: ${r.error.message}`,
    );
  }
  if (r.status !== 0)
    throw new Error(`${tool} ${args.join(' ')} exited with ${String(r.status)}: ${r.stderr}`);
  return r.stdout;
};

/** Writes the PDF under test-results/pdf/<name>.pdf and returns its path. */
export const savePdf = (name: string, bytes: Uint8Array): string => {
  mkdirSync(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
};

export const pdfText = (file: string): string => poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);

/** pdftotext -layout keeps each printed line on one line, so phrases are not split by columns. */
export const pdfLayoutText = (file: string): string =>
  poppler('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);

export const pdfInfo = (file: string, extra: readonly string[] = []): Record<string, string> => {
  const out = poppler('pdfinfo', [...extra, file]);
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]?.trim() ?? '', m[2] ?? '']),
  );
};

/** Renders every page to <name>-NN.png at 60 dpi; returns the file names. */
export const renderPages = (file: string, name: string): string[] => {
  for (const f of readdirSync(OUT_DIR))
    if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(OUT_DIR, f));
  poppler('pdftoppm', ['-png', '-r', '60', file, join(OUT_DIR, name)]);
  return readdirSync(OUT_DIR).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
};
