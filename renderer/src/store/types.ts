import type { StateCreator } from 'zustand';
import type {
  Action,
  Card,
  FieldError,
  Participant,
  Result,
  Scope,
  StepId,
  StepTimer,
  Workshop,
} from '@shared/domain';
import type { WorkshopCopy } from '@shared/domain/copyWorkshop';
import type { StorageFailure } from '../db/errors';
import type { LibrarySync } from '../platform/workshopPresence';
import type { InvalidRow } from '../db/repositories';
import type { StarDatabase } from '../db/schema';
import type { RebasedRow, SaveState, WriteQueue } from '../db/writeQueue';
import type { Change } from './changes';
import type { EntitySlice } from './entityTypes';

/** What the store needs from the outside world, injected so tests use real fakes. */
export interface StoreDeps {
  readonly db: StarDatabase;
  readonly newId: () => string;
  readonly now: () => string;
  /** Cross-window news of saved workshops; absent in tests that run one window. */
  readonly sync?: LibrarySync;
}

export interface LibrarySlice {
  workshops: Workshop[];
  libraryStatus: 'loading' | 'ready' | 'failed';
  startupFailure: StorageFailure | null;
  invalidRows: InvalidRow[];
  /** Read the library; the first call also starts following other windows' saves. */
  loadLibrary: () => Promise<void>;
  /** Rows the write queue stored merged with another window's edit: show what is stored. */
  applyStoredRows: (rows: readonly RebasedRow[]) => void;
  createWorkshop: (title: string) => Promise<Result<Workshop>>;
  renameWorkshop: (id: string, title: string) => Result<Workshop>;
  duplicateWorkshop: (id: string) => Promise<Result<Workshop>>;
  /**
   * Adds a copied workshop (Duplicate, import) in one commit and one transaction; if it cannot
   * be saved, nothing of it is kept and the message says why.
   */
  addWorkshopCopy: (
    copy: WorkshopCopy,
    label: string,
  ) => Promise<{ ok: true } | { ok: false; message: string }>;
  trashWorkshop: (id: string) => Promise<void>;
  restoreWorkshop: (id: string) => Promise<void>;
  deleteWorkshopForever: (id: string) => Promise<void>;
}

export interface ContentSlice {
  currentId: string | null;
  contentStatus: 'idle' | 'loading' | 'ready' | 'missing';
  participants: Participant[];
  cards: Card[];
  actions: Action[];
  /** Ids for new nested items (e.g. progress notes), from the same source as entities. */
  newId: () => string;
  openWorkshop: (id: string) => Promise<void>;
  /** Re-read the open workshop from the database (another window saved it). */
  reloadWorkshop: () => Promise<void>;
  closeWorkshop: () => void;
  updateScope: (patch: Partial<Scope>) => Result<Workshop>;
  setStepCompleted: (step: StepId, completed: boolean) => void;
  setStepNote: (step: StepId, text: string) => Result<Workshop>;
  setEnablers: (enablers: readonly string[]) => Result<Workshop>;
}

export interface SaveSlice {
  save: SaveState;
  flushSaves: () => Promise<boolean>;
  retrySave: () => Promise<boolean>;
}

export interface HistoryEntry {
  readonly label: string;
  readonly changes: readonly Change[];
}

export interface HistorySlice {
  undoStack: HistoryEntry[];
  redoStack: HistoryEntry[];
  /**
   * Apply, persist and record an edit. `coalesceKey` merges quick repeated edits of one field.
   * Library edits (Home, import) pass `history: false`: they are not steps of the open
   * workshop's undo. Returns false when this window may not edit (it follows another window).
   */
  commit: (
    changes: readonly Change[],
    label: string,
    coalesceKey?: string,
    options?: { readonly history?: boolean },
  ) => boolean;
  /** Returns the label of what was undone, or null if there was nothing to undo. */
  undo: () => string | null;
  redo: () => string | null;
  clearHistory: () => void;
}

export interface FacilitationSlice {
  timers: Partial<Record<StepId, StepTimer>>;
  presenting: boolean;
  /** 'following' when another window holds this workshop: this one shows its changes read-only. */
  editAccess: 'editing' | 'following';
  setTimer: (step: StepId, minutes: number) => void;
  startTimer: (step: StepId) => void;
  pauseTimer: (step: StepId) => void;
  addMinute: (step: StepId) => void;
  resetTimer: (step: StepId) => void;
  setPresenting: (presenting: boolean) => void;
  setEditAccess: (access: 'editing' | 'following') => void;
}

export type AppState = LibrarySlice &
  ContentSlice &
  SaveSlice &
  HistorySlice &
  EntitySlice &
  FacilitationSlice;

/** Each slice sees the whole state and the injected dependencies. */
export type SliceCreator<T> = (
  deps: StoreDeps & { queue: WriteQueue },
) => StateCreator<AppState, [], [], T>;

export type { FieldError };
