// The window comes back where it was, at the size it was, maximised if it was, and always on a
// display that exists: when the meeting-room monitor has gone, it opens centred on the laptop.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createWindowStateFile,
  MIN_SIZE,
  placeWindow,
  stateOf,
} from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const projector = { x: 1920, y: 0, width: 1280, height: 720 };

describe('placing the window', () => {
  it('restores size, position and maximised state on a display that still exists', () => {
    const saved = { bounds: { x: 2000, y: 40, width: 1100, height: 650 }, isMaximized: true };
    expect(placeWindow(saved, [laptop, projector])).toEqual({
      bounds: { x: 2000, y: 40, width: 1100, height: 650 },
      isMaximized: true,
    });
  });

  it('centres the window on the primary display when its monitor went away', () => {
    const saved = { bounds: { x: 2000, y: 40, width: 1100, height: 700 }, isMaximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({
      bounds: { x: 410, y: 170, width: 1100, height: 700 },
      isMaximized: false,
    });
  });

  it('moves a window whose title bar is barely visible, and shrinks one bigger than the display', () => {
    const nearlyOff = { bounds: { x: 1850, y: 900, width: 1200, height: 800 }, isMaximized: false };
    const placed = placeWindow(nearlyOff, [laptop]).bounds;
    expect(placed?.x).toBe(360);
    const huge = { bounds: { x: 0, y: -50, width: 4000, height: 3000 }, isMaximized: false };
    expect(placeWindow(huge, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('never opens smaller than the minimum size', () => {
    const tiny = { bounds: { x: 10, y: 10, width: 100, height: 80 }, isMaximized: false };
    expect(placeWindow(tiny, [laptop]).bounds).toMatchObject(MIN_SIZE);
  });

  it.each([
    null,
    'garbage',
    {},
    { bounds: { x: 'a', y: 0, width: 1, height: 1 } },
    { bounds: { x: Infinity, y: 0, width: 1000, height: 700 } },
  ])('falls back to the default placement for %j', (saved) => {
    expect(placeWindow(saved, [laptop]).bounds).toBeNull();
  });
});

describe('the state file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'star-winstate-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through userData/window-state.json and reads a damaged file as nothing', async () => {
    const file = path.join(dir, 'userData', 'window-state.json');
    const store = createWindowStateFile(file);
    expect(await store.load()).toBeNull();
    const state = stateOf({
      getNormalBounds: () => ({ x: 5, y: 6, width: 1200, height: 800 }),
      isMaximized: () => true,
    });
    await store.save(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
    expect(await store.load()).toEqual(state);
    await writeFile(file, '{nope');
    expect(await store.load()).toBeNull();
  });
});
