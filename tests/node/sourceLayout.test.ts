// Each thing has one home (issue 9, item 8): components/ holds React components only; plain
// helpers and hooks live in lib/, so a reader knows from the folder what a module is.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = (dir: string): string[] =>
  readdirSync(fileURLToPath(new URL(`../../renderer/src/${dir}`, import.meta.url)));

describe('renderer source layout', () => {
  it('keeps only components (PascalCase .tsx) in components/', () => {
    expect(src('components').filter((f) => !/^[A-Z]\w*\.tsx$/.test(f))).toEqual([]);
  });

  it('keeps no components in lib/', () => {
    expect(src('lib').filter((f) => !/^[a-z]\w*\.ts$/.test(f))).toEqual([]);
  });
});
