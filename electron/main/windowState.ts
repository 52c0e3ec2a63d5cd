/**
 * Remembers the window's size, position and maximised state in `<userData>/window-state.json`,
 * and puts it back on screen next time. If the monitor it was on has gone (a laptop undocked
 * from the meeting-room screen), the window comes back centred on a display that exists, never
 * off-screen. Placement is a pure function of the saved state and the displays' work areas.
 */
import nodeFs from 'node:fs/promises';
import path from 'node:path';
import { atomicWriteFile } from './services/atomicWrite';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  isMaximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 960, height: 640 };
/** How much of the window (its title bar, roughly) must be on a display to leave it there. */
const MIN_VISIBLE = { width: 160, height: 48 };

const isRect = (value: unknown): value is Rect => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every(
    (k) => typeof v[k] === 'number' && Number.isFinite(v[k]) && Math.abs(v[k]) < 100_000,
  );
};

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

const centredIn = (area: Rect, width: number, height: number): Rect => {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
};

/**
 * Where to open the window. `workAreas` are the displays' work areas, primary first. Returns
 * null bounds when there is nothing usable saved, so Electron's own default placement is used.
 */
export function placeWindow(
  saved: unknown,
  workAreas: readonly Rect[],
): { bounds: Rect | null; isMaximized: boolean } {
  const state = saved as Partial<WindowState> | null;
  const isMaximized = state?.isMaximized === true;
  const primary = workAreas[0];
  if (!state || !isRect(state.bounds) || !primary) return { bounds: null, isMaximized };
  const width = Math.max(MIN_SIZE.width, Math.round(state.bounds.width));
  const height = Math.max(MIN_SIZE.height, Math.round(state.bounds.height));
  const wanted = { x: Math.round(state.bounds.x), y: Math.round(state.bounds.y), width, height };
  const home = workAreas.find((area) => {
    const seen = overlap(wanted, area);
    return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height;
  });
  if (!home) return { bounds: centredIn(primary, width, height), isMaximized };
  // On a display that still exists: keep the place, but no bigger than that display.
  const fitted = {
    ...wanted,
    width: Math.min(width, home.width),
    height: Math.min(height, home.height),
  };
  // Keep the title bar reachable: never above the top of the work area.
  fitted.y = Math.max(fitted.y, home.y);
  return { bounds: fitted, isMaximized };
}

export interface WindowStateFile {
  load(): Promise<unknown>;
  save(state: WindowState): Promise<void>;
}

export function createWindowStateFile(file: string): WindowStateFile {
  return {
    async load() {
      try {
        return JSON.parse(await nodeFs.readFile(file, 'utf8')) as unknown;
      } catch {
        return null; // First start, or a damaged file: use the defaults.
      }
    },
    async save(state) {
      await nodeFs.mkdir(path.dirname(file), { recursive: true });
      await atomicWriteFile(file, JSON.stringify(state, null, 2));
    },
  };
}

/** The parts of a BrowserWindow whose state we record. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** The state to save when the window closes (normal bounds, even while maximised). */
export const stateOf = (window: TrackedWindow): WindowState => ({
  bounds: window.getNormalBounds(),
  isMaximized: window.isMaximized(),
});
