/**
 * What the rest of the renderer may ask of its host. Two implementations exist: desktop
 * (Electron, via the preload's `window.api`) and browser (downloads, file inputs). Nothing
 * outside this folder touches `window.api`, `navigator.storage`, file inputs or page
 * lifecycle events.
 */
import type {
  AppInfo,
  DesktopApi,
  OpenExternalResult,
  OpenRequestFile,
  RecentFile,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '@shared/ipc/contract';
import type { Backups } from './backups';

export type { BackupItem, BackupSnapshot, Backups, SnapshotOutcome } from './backups';
export type {
  AppInfo,
  BackupEntry,
  BackupRef,
  OpenRequestFile,
  RecentFile,
  WriteBackupRequest,
  WriteBackupResult,
  FileFilter,
  OpenExternalResult,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '@shared/ipc/contract';

/**
 * A browser cannot show a save dialog or learn where the file went: it hands the file to its
 * downloads, so the result says so instead of pretending to know a path.
 */
export type PlatformSaveResult = SaveFileResult | { status: 'downloaded'; name: string };

/** Features never ask which host they run in: each capability below is the seam. */
export interface Platform {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<OpenExternalResult>;
  saveFile(request: SaveFileRequest): Promise<PlatformSaveResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Asks the browser not to evict our database; 'unsupported' when the API is missing. */
  requestPersistentStorage(): Promise<boolean | 'unsupported'>;
  /**
   * Runs `handler` whenever pending writes should be flushed now: before the desktop app
   * quits or closes the window (awaited, up to a few seconds), and whenever the page is hidden,
   * closed or loses focus (not awaited: the browser gives no time). Resolving `false` says
   * edits are still unsaved, so the desktop app asks before quitting. Returns an unsubscribe.
   */
  onFlushRequest(handler: () => Promise<unknown>): () => void;
  /** Automatic backups of open workshops: files on disk, or the browser's own database. */
  readonly backups: Backups;
  /** Plan files recently opened or saved here; the browser has no paths, so none. */
  readonly recentFiles: RecentFiles;
  /** Plan files the system asks the app to open (double-click); never in the browser. */
  readonly openRequests: OpenRequests;
}

export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  /** Opens a recent file by the opaque id main gave it (the page never sees its path). */
  open(id: string): Promise<OpenFileResult>;
}

export interface OpenRequests {
  /** Files asked for since the last call (including before the app was ready). */
  take(): Promise<OpenRequestFile[]>;
  /** Calls `handler` when more files are asked for; returns an unsubscribe. */
  onRequested(handler: () => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron app, exposed by electron/preload. */
    api?: DesktopApi;
  }
}
