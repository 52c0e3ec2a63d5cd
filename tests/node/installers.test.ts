// The installer configuration a trust's IT team reviews (electron-builder.yml), checked against
// electron-builder's own schema and the promises in the README: NSIS per user without
// administrator rights plus an MSI for central deployment, a dmg, AppImage and deb; no
// auto-update and nowhere to publish; the .heestar association with its own icon; and every icon
// generated from the SVG sources present, in the formats each platform reads.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const icons = path.join(repo, 'assets', 'icons');
let config: Record<string, unknown>;

beforeAll(async () => {
  config = load(await readFile(path.join(repo, 'electron-builder.yml'), 'utf8')) as Record<
    string,
    unknown
  >;
});

const section = (name: string) => config[name] as Record<string, unknown>;

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer): [number, number] => {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    const schema = JSON.parse(
      await readFile(path.join(repo, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('builds NSIS (per user, no admin) and MSI (per machine) on Windows', () => {
    expect(section('win').target).toEqual(['nsis', 'msi']);
    expect(section('nsis')).toMatchObject({ perMachine: false, allowElevation: false });
    expect(section('msi')).toMatchObject({ perMachine: true });
  });

  it('builds a dmg on macOS and AppImage plus deb on Linux', () => {
    expect(section('mac').target).toEqual(['dmg']);
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
  });

  it('never auto-updates or publishes', async () => {
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).not.toContain('electron-updater');
  });

  it('associates .heestar files with the app and their own icon', async () => {
    const [association] = config.fileAssociations as Record<string, unknown>[];
    expect(association).toMatchObject({ ext: 'heestar', role: 'Editor', icon: 'plan' });
    for (const file of ['plan.ico', 'plan.icns', 'plan.png']) {
      expect((await stat(path.join(icons, file))).size, file).toBeGreaterThan(1000);
    }
  });

  it('points each platform at icons that exist', async () => {
    expect(section('win').icon).toBe('assets/icons/icon.ico');
    expect(section('mac').icon).toBe('assets/icons/icon.icns');
    expect(section('linux').icon).toBe('assets/icons/png');
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(path.join(icons, 'png', `${String(size)}x${String(size)}.png`));
      expect(pngSize(png)).toEqual([size, size]);
    }
  });
});

describe('generated icons', () => {
  it.each(['icon.ico', 'plan.ico'])('%s holds PNG images from 16 to 256 px', async (file) => {
    const ico = await readFile(path.join(icons, file));
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const entry = 6 + 16 * i;
      const offset = ico.readUInt32LE(entry + 12);
      const length = ico.readUInt32LE(entry + 8);
      const [width] = pngSize(ico.subarray(offset, offset + length));
      sizes.push(width);
      expect(ico.readUInt8(entry) || 256).toBe(width);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it.each(['icon.icns', 'plan.icns'])('%s holds PNG images from 16 to 1024 px', async (file) => {
    const icns = await readFile(path.join(icons, file));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found: [string, number][] = [];
    for (let at = 8; at < icns.length;) {
      const type = icns.subarray(at, at + 4).toString('latin1');
      const length = icns.readUInt32BE(at + 4);
      found.push([type, pngSize(icns.subarray(at + 8, at + length))[0]]);
      at += length;
    }
    expect(found).toEqual([
      ['icp4', 16],
      ['icp5', 32],
      ['icp6', 64],
      ['ic07', 128],
      ['ic08', 256],
      ['ic09', 512],
      ['ic10', 1024],
    ]);
  });
});
