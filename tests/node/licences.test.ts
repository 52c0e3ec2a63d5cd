// The About page's third-party licences come from a generated file. It must list exactly the
// production dependencies in package.json, at the installed versions and licences, so adding or
// upgrading a dependency without regenerating it (node scripts/generate-licences.mjs) fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import licences from '../../renderer/src/features/help/licences.json';

const root = join(import.meta.dirname, '../..');
const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
const dependencies = readJson('package.json').dependencies as Record<string, string>;

describe('third-party licences', () => {
  it('lists every production dependency and nothing else', () => {
    expect(licences.packages.map((p) => p.name)).toEqual(Object.keys(dependencies).sort());
  });

  it('has the version and licence of each package as installed', () => {
    for (const entry of licences.packages) {
      const manifest = readJson(`node_modules/${entry.name}/package.json`);
      expect(entry.version, entry.name).toBe(dependencies[entry.name]);
      expect(entry.version, entry.name).toBe(manifest.version);
      expect(entry.licence, entry.name).toBe(manifest.license);
    }
  });

  it('includes the bundled DejaVu font licence word for word', () => {
    const text = readFileSync(join(root, 'assets/fonts/LICENSE-DejaVu.txt'), 'utf8').trim();
    expect(licences.assets.find((a) => a.name.startsWith('DejaVu'))?.text).toBe(text);
  });
});
