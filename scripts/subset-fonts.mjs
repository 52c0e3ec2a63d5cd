#!/usr/bin/env node
// Subsets DejaVu Sans (regular, bold, oblique) to the characters an NHS action plan needs, so
// the PDF can embed real Unicode fonts (jsPDF's built-in Helvetica turns Ł into "A" and ✓ into
// "'") without embedding ~2 MB of whole fonts in every export. Run it after a DejaVu upgrade:
//   node scripts/subset-fonts.mjs
// Outputs are committed: assets/fonts/DejaVuSans-{Regular,Bold,Oblique}.subset.ttf.
import { readFile, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const subsetFont = require('subset-font');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const outDir = join(root, 'assets', 'fonts');

/** Inclusive code point ranges. Code points the font lacks are simply not kept. */
const RANGES = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A (Ł, Ŵ, ŷ…)
  [0x0180, 0x024f], // Latin Extended-B
  [0x02c6, 0x02dd], // spacing modifiers used by quotes and accents
  [0x0590, 0x05ff], // Hebrew: right-to-left names must print as text, not boxes or a crash
  [0x0600, 0x06ff], // Arabic
  [0xfe70, 0xfeff], // Arabic presentation forms B: jsPDF's Arabic shaping maps to these
  [0x2000, 0x206f], // General Punctuation (– — ‘ ’ “ ” … • ‰)
  [0x20a0, 0x20cf], // Currency Symbols (€ ₹ …)
  [0x2100, 0x214f], // Letterlike Symbols (№ ™ ℃)
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical Operators (≤ ≥ ≠ ± …)
  [0x25a0, 0x25ff], // Geometric shapes (■ ● ◆ used as bullets)
  [0x2713, 0x2718], // ✓ ✔ ✕ ✖ ✗ ✘
  [0x2022, 0x2022], // • bullet (also inside General Punctuation, kept explicit)
  [0xfffd, 0xfffd], // replacement character, for anything else
];

const FACES = [
  ['DejaVuSans.ttf', 'DejaVuSans-Regular.subset.ttf'],
  ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold.subset.ttf'],
  ['DejaVuSans-Oblique.ttf', 'DejaVuSans-Oblique.subset.ttf'],
];

const text = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join('');

let total = 0;
for (const [source, target] of FACES) {
  const input = await readFile(join(sourceDir, source));
  const output = await subsetFont(input, text, {
    targetFormat: 'truetype',
    // jsPDF neither hints nor shapes with OpenType layout, so these tables are dead weight.
    noHinting: true,
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern', 'hdmx', 'VDMX', 'LTSH', 'gasp', 'DSIG', 'FFTM'],
  });
  await writeFile(join(outDir, target), output);
  total += output.length;
  console.log(
    `${target}: ${(output.length / 1024).toFixed(1)} kB (from ${(input.length / 1024).toFixed(0)} kB)`,
  );
}
await copyFile(
  join(root, 'node_modules', 'dejavu-fonts-ttf', 'LICENSE'),
  join(outDir, 'LICENSE-DejaVu.txt'),
);
console.log(`total: ${(total / 1024).toFixed(1)} kB`);
