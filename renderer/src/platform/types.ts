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
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from '@shared/ipc/contract';

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

export interface Platform {
  readonly kind: 'desktop' | 'browser';
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
  /**
   * Plan file services only the desktop has (issue 5): backups on disk, recent files, files
   * opened by double-click. Null in the browser, which keeps its backups in IndexedDB instead
   * (features/files/browserBackups.ts).
   */
  readonly desktopFiles: DesktopFiles | null;
}

export type DesktopFiles = Pick<
  DesktopApi,
  | 'writeBackup'
  | 'listBackups'
  | 'readBackup'
  | 'getRecentFiles'
  | 'openRecentFile'
  | 'takeOpenRequests'
  | 'onOpenRequested'
>;

declare global {
  interface Window {
    /** Present only inside the Electron app, exposed by electron/preload. */
    api?: DesktopApi;
  }
}
