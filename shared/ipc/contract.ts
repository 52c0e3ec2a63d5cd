/**
 * The typed contract between the renderer and the Electron main process.
 *
 * Every channel is listed once here: its name, its arguments and its result. The preload builds
 * its named methods from these names, the main process registers one handler per name and
 * validates each payload with `./validators`, and the renderer only ever sees `DesktopApi`.
 * Nothing generic (invoke/send/on) crosses the bridge. This file has no runtime dependencies so
 * the sandboxed preload can bundle it without pulling zod in.
 */

/** The fixed origin the renderer is served from. Never change it: IndexedDB is keyed by it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'star-workshop';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Largest file the open dialog will read. Plan files are far smaller; this stops accidents. */
export const MAX_OPEN_FILE_BYTES = 10 * 1024 * 1024;
/** Largest payload the save dialog accepts (PDFs with embedded fonts stay well under this). */
export const MAX_SAVE_FILE_BYTES = 50 * 1024 * 1024;
/** How long the main process waits for the renderer to flush pending writes before quitting. */
export const FLUSH_TIMEOUT_MS = 3_000;

export interface AppInfo {
  name: string;
  version: string;
  /** Node's `process.platform` value: 'win32', 'darwin', 'linux'… */
  platform: string;
}

/** A native dialog filter, e.g. `{ name: 'Star Workshop plan', extensions: ['heestar'] }`. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * What is being saved. Main owns the dialog filter and the extension for each kind, so the page
 * can never choose what kind of file lands on disk (a `.heestar` save cannot become `.exe`).
 */
export type SaveKind = 'plan' | 'pdf' | 'csv' | 'xlsx' | 'docx' | 'svg' | 'png';
export const SAVE_KIND_NAMES = [
  'plan',
  'pdf',
  'csv',
  'xlsx',
  'docx',
  'svg',
  'png',
] as const satisfies readonly SaveKind[];

export interface SaveFileRequest {
  /** A bare file name (no folders) offered in the save dialog; main replaces its extension. */
  suggestedName: string;
  kind: SaveKind;
  data: Uint8Array | string;
}

/** `name` is the file name only: the page never learns folders (they reveal user names). */
export type SaveFileResult =
  | { status: 'saved'; name: string }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: string };

export interface OpenFileRequest {
  filters: FileFilter[];
}

export type OpenFileResult =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: string };

export type OpenExternalResult =
  | { status: 'opened' }
  | { status: 'refused'; reason: string }
  /** The user said no when main asked whether to open it. */
  | { status: 'cancelled' };

/**
 * Where a link comes from. 'content' (plan files, catalogues, anything typed) is always
 * confirmed by main, naming the host; 'app' is the app's own help links, opened without asking
 * only when they go to a trusted NHS or GOV.UK host.
 */
export type ExternalLinkSource = 'app' | 'content';

// --- Plan files: backups, recent files and files opened from the desktop (issue 5) ---

/** Largest snapshot the renderer may hand main for a backup (the plan file size limit). */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024;

/** A snapshot of one workshop as a serialised `.heestar` plan, sent by the renderer. */
export interface WriteBackupRequest {
  workshopId: string;
  data: string;
}

export type WriteBackupResult =
  { status: 'saved'; savedAt: string } | { status: 'failed'; reason: string };

/** Names one backup file; both parts are checked against strict patterns in main. */
export interface BackupRef {
  folder: string;
  fileName: string;
}

export interface BackupEntry extends BackupRef {
  workshopId: string;
  title: string;
  organisation: string;
  /** When the snapshot was taken (ISO date-time). */
  savedAt: string;
  counts: { participants: number; cards: number; actions: number };
}

/** A recent plan file as the page sees it: a display name and an opaque id, never a path. */
export interface RecentFile {
  id: string;
  name: string;
  /** When it was last opened or saved here (ISO date-time). */
  usedAt: string;
}

/** A plan file the system asked us to open (double-click, command line, macOS open-file). */
export type OpenRequestFile =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'failed'; name: string; reason: string };

// --- Native menus (issue 12) ---

/** What a menu item asks the page to do; the page runs the same action its buttons run. */
export type MenuCommandName =
  | 'new-workshop'
  | 'open-plan'
  | 'save-plan'
  | 'save-plan-as'
  | 'export-pdf'
  | 'close-workshop'
  | 'undo'
  | 'redo'
  | 'presentation-mode'
  | 'open-board'
  | 'user-guide'
  | 'keyboard-shortcuts'
  | 'about';

export const MENU_COMMAND_NAMES = [
  'new-workshop',
  'open-plan',
  'save-plan',
  'save-plan-as',
  'export-pdf',
  'close-workshop',
  'undo',
  'redo',
  'presentation-mode',
  'open-board',
  'user-guide',
  'keyboard-shortcuts',
  'about',
] as const satisfies readonly MenuCommandName[];

export type MenuCommand =
  | { command: MenuCommandName }
  /** File › Open Recent: the id main's recent list gave the file (never a path). */
  | { command: 'open-recent'; id: string };

/** What the page tells main so menu items are enabled only when they can work. */
export interface MenuState {
  hasWorkshop: boolean;
}

/** Request/response channels (renderer → main via `ipcRenderer.invoke`). */
export interface InvokeChannels {
  'app:get-info': { args: []; result: AppInfo };
  'shell:open-external': {
    args: [url: string, source: ExternalLinkSource];
    result: OpenExternalResult;
  };
  'file:save': { args: [request: SaveFileRequest]; result: SaveFileResult };
  'file:open': { args: [request: OpenFileRequest]; result: OpenFileResult };
  // Plan files (issue 5): see electron/main/ipc/planFiles.ts.
  'plan:write-backup': { args: [request: WriteBackupRequest]; result: WriteBackupResult };
  'plan:list-backups': { args: [workshopId: string | null]; result: BackupEntry[] };
  'plan:read-backup': { args: [ref: BackupRef]; result: OpenFileResult };
  'plan:recent-files': { args: []; result: RecentFile[] };
  'plan:open-recent': { args: [id: string]; result: OpenFileResult };
  'plan:take-open-requests': { args: []; result: OpenRequestFile[] };
}

/** One-way messages main → renderer. */
export interface MainToRendererEvents {
  /** Main is about to close the window or quit: flush pending writes, then reply. */
  'lifecycle:flush-request': [requestId: number];
  /** Plan files are waiting to be opened: call `plan:take-open-requests` (issue 5). */
  'plan:open-requested': [];
  /** A menu item or its shortcut was chosen (issue 12). */
  'menu:command': [command: MenuCommand];
}

/** One-way messages renderer → main. */
export interface RendererToMainMessages {
  /**
   * Reply to `lifecycle:flush-request` with the same id once the flush has settled, and whether
   * everything was saved (main asks before quitting only when it was not).
   */
  'lifecycle:flush-done': [requestId: number, isSaved: boolean];
  /** The page's state that menus depend on (issue 12). */
  'menu:state': [state: MenuState];
}

export type InvokeChannel = keyof InvokeChannels;
export type InvokeArgs<K extends InvokeChannel> = InvokeChannels[K]['args'];
export type InvokeResult<K extends InvokeChannel> = InvokeChannels[K]['result'];

/** Channel names as constants, so no code spells them twice. */
export const INVOKE = {
  getAppInfo: 'app:get-info',
  openExternal: 'shell:open-external',
  saveFile: 'file:save',
  openFile: 'file:open',
  writeBackup: 'plan:write-backup',
  listBackups: 'plan:list-backups',
  readBackup: 'plan:read-backup',
  getRecentFiles: 'plan:recent-files',
  openRecentFile: 'plan:open-recent',
  takeOpenRequests: 'plan:take-open-requests',
} as const satisfies Record<string, InvokeChannel>;

export const EVENTS = {
  flushRequest: 'lifecycle:flush-request',
  openRequested: 'plan:open-requested',
  menuCommand: 'menu:command',
} as const satisfies Record<string, keyof MainToRendererEvents>;

export const MESSAGES = {
  flushDone: 'lifecycle:flush-done',
  menuState: 'menu:state',
} as const satisfies Record<string, keyof RendererToMainMessages>;

/**
 * What the preload exposes as `window.api`. Named methods only: each maps to exactly one
 * channel above, so a compromised page can do no more than these things.
 */
export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>;
  /** `source` defaults to 'content': main asks the user before opening it. */
  openExternal(url: string, source?: ExternalLinkSource): Promise<OpenExternalResult>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /**
   * Called before the window closes or the app quits. The main process waits for every
   * handler's promise to settle (up to `FLUSH_TIMEOUT_MS`); a handler that resolves `false`
   * (or fails) means edits are still unsaved. Returns an unsubscribe function.
   */
  onFlushRequest(handler: () => Promise<unknown>): () => void;
  // Plan files (issue 5).
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
  listBackups(workshopId: string | null): Promise<BackupEntry[]>;
  readBackup(ref: BackupRef): Promise<OpenFileResult>;
  getRecentFiles(): Promise<RecentFile[]>;
  /** Opens the recent file with this id from the list main keeps; nothing else can be named. */
  openRecentFile(id: string): Promise<OpenFileResult>;
  takeOpenRequests(): Promise<OpenRequestFile[]>;
  /** Called when main has plan files waiting (then call `takeOpenRequests`). Returns unsubscribe. */
  onOpenRequested(handler: () => void): () => void;
  // Native menus (issue 12).
  /** Called with each menu command. Returns unsubscribe. */
  onMenuCommand(handler: (command: MenuCommand) => void): () => void;
  /** Tells main what the menus should enable. */
  setMenuState(state: MenuState): void;
}
