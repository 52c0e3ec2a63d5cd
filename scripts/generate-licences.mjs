#!/usr/bin/env node
// Writes renderer/src/features/help/licences.json: each production dependency (package.json
// `dependencies`) with its version, licence name and licence text as installed in node_modules,
// plus the DejaVu fonts bundled for the PDF. The About page shows it; tests/node/licences.test.ts
// fails when package.json or node_modules no longer match, so run this after changing either:
//   node scripts/generate-licences.mjs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'renderer/src/features/help/licences.json');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The package's own licence file, if it ships one (some, such as wouter, do not). */
function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file === undefined ? null : readFileSync(join(dir, file), 'utf8').trim();
}

const { dependencies = {} } = readJson(join(root, 'package.json'));
const packages = Object.keys(dependencies)
  .sort()
  .map((name) => {
    const dir = join(root, 'node_modules', name);
    const manifest = readJson(join(dir, 'package.json'));
    if (typeof manifest.license !== 'string') throw new Error(`${name} has no licence field`);
    return {
      name,
      version: manifest.version,
      licence: manifest.license,
      text: licenceText(dir),
    };
  });

const fontLicence = join(root, 'assets/fonts/LICENSE-DejaVu.txt');
if (!existsSync(fontLicence)) throw new Error('assets/fonts/LICENSE-DejaVu.txt is missing');
const assets = [
  {
    name: 'DejaVu fonts (used in PDF exports)',
    version: '2.37',
    licence: 'Bitstream Vera and Arev font licences; DejaVu changes in the public domain',
    text: readFileSync(fontLicence, 'utf8').trim(),
  },
];

const json = JSON.stringify({ packages, assets }, null, 2);
const options = (await prettier.resolveConfig(out)) ?? {};
writeFileSync(out, await prettier.format(json, { ...options, parser: 'json' }));
console.log(`Wrote ${packages.length} packages and ${assets.length} assets to ${out}`);
