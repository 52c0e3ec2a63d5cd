#!/usr/bin/env node
// Generates every icon the installers need from the two SVG sources in assets/icons/:
//   icon.svg → icon.png (1024), icon.ico (16–256), icon.icns (16–1024), png/NxN.png (Linux)
//   plan.svg → plan.png, plan.ico, plan.icns (the .heestar file association's own icon)
// Rendering uses Debian's Chromium through playwright-core (no network, no native modules);
// ICO and ICNS are written here as containers of PNG images, which Windows (Vista+) and
// macOS (10.7+) read. Run `node scripts/generate-icons.mjs` after editing an SVG and commit
// the results; tests/node/installers.test.ts checks they are all present and well formed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** ICNS types that hold PNG data, by pixel size. */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** @param {{ size: number, png: Buffer }[]} images */
export const icoOf = (images) => {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type 1: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
};

/** @param {{ type: string, png: Buffer }[]} images */
export const icnsOf = (images) => {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, c) => sum + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
};

/** @param {import('playwright-core').Page} page @param {string} svg @param {number} size */
const render = async (page, svg, size) => {
  await page.setViewportSize({ width: size, height: size });
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator('img').evaluate((img) => /** @type {HTMLImageElement} */ (img).decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
};

const main = async () => {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const name of ['icon', 'plan']) {
      const svg = await readFile(join(iconsDir, `${name}.svg`), 'utf8');
      const sizes = [...new Set([...ICO_SIZES, ...LINUX_SIZES])].sort((a, b) => a - b);
      /** @type {Map<number, Buffer>} */
      const pngs = new Map();
      for (const size of sizes) pngs.set(size, await render(page, svg, size));
      const at = (/** @type {number} */ size) => /** @type {Buffer} */ (pngs.get(size));
      await writeFile(join(iconsDir, `${name}.png`), at(1024));
      await writeFile(
        join(iconsDir, `${name}.ico`),
        icoOf(ICO_SIZES.map((size) => ({ size, png: at(size) }))),
      );
      await writeFile(
        join(iconsDir, `${name}.icns`),
        icnsOf(ICNS_TYPES.map(([type, size]) => ({ type: String(type), png: at(Number(size)) }))),
      );
      if (name === 'icon') {
        await mkdir(join(iconsDir, 'png'), { recursive: true });
        for (const size of LINUX_SIZES) {
          await writeFile(join(iconsDir, 'png', `${String(size)}x${String(size)}.png`), at(size));
        }
      }
      console.log(`${name}: ${String(sizes.length)} sizes rendered`);
    }
  } finally {
    await browser.close();
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
