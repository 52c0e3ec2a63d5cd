/** Workshops: creation, scope edits, duplication and the Trash, as pure functions. */
import { DEFAULT_ENABLERS } from './enablers';
import type { Result, Stamp } from './result';
import {
  workshopSchema,
  type Action,
  type Card,
  type Participant,
  type Scope,
  type Workshop,
} from './schemas';
import { parseWith, type FieldLabels } from './validate';

/** One workshop with everything in it: what a plan file holds and what a PDF is drawn from. */
export interface WorkshopContent {
  readonly workshop: Workshop;
  readonly participants: readonly Participant[];
  readonly cards: readonly Card[];
  readonly actions: readonly Action[];
}

export const SCOPE_LABELS: FieldLabels = {
  'scope.title': 'workshop title',
  'scope.service': 'service or pathway',
  'scope.organisation': 'organisation',
  'scope.system': 'system or ICS',
  'scope.population': 'population',
  'scope.challenge': 'challenge statement',
  'scope.sponsor': 'sponsor',
  'scope.facilitators': 'facilitators',
  'scope.date': 'workshop date',
  'scope.venue': 'venue',
  lastIdeaNumber: 'highest idea number',
};

export const DEFAULT_VOTES_PER_PERSON = 3;

export const emptyScope = (): Scope => ({
  title: '',
  service: '',
  organisation: '',
  system: '',
  population: '',
  challenge: '',
  sponsor: '',
  facilitators: '',
  date: '',
  venue: '',
});

const tidyScope = (scope: Scope): Scope => ({
  ...scope,
  title: scope.title.trim(),
});

export const validateWorkshop = (candidate: unknown): Result<Workshop> =>
  parseWith(workshopSchema, candidate, SCOPE_LABELS);

export const createWorkshop = (scope: Partial<Scope>, stamp: Stamp): Result<Workshop> =>
  validateWorkshop({
    id: stamp.id,
    scope: tidyScope({ ...emptyScope(), ...scope }),
    enablers: [...DEFAULT_ENABLERS],
    completedSteps: [],
    stepNotes: {},
    votesPerPerson: DEFAULT_VOTES_PER_PERSON,
    lastIdeaNumber: 0,
    createdAt: stamp.now,
    updatedAt: stamp.now,
    deletedAt: null,
  });

/** Apply a scope edit. On error nothing changes: the caller keeps the typed text on screen. */
export const updateScope = (
  workshop: Workshop,
  patch: Partial<Scope>,
  now: string,
): Result<Workshop> =>
  validateWorkshop({
    ...workshop,
    scope: tidyScope({ ...workshop.scope, ...patch }),
    updatedAt: now,
  });

export const renameWorkshop = (workshop: Workshop, title: string, now: string): Result<Workshop> =>
  updateScope(workshop, { title }, now);

/** Copy title for a duplicate: "X (copy)", then "X (copy 2)"… unique among existing titles. */
export const copyTitle = (title: string, existing: readonly string[]): string => {
  const base = title.replace(/ \(copy(?: \d+)?\)$/, '');
  const taken = new Set(existing);
  // Shorten the base, never the suffix, so a long title's copy stays unique and within limits.
  const withSuffix = (suffix: string): string => `${base.slice(0, 200 - suffix.length)}${suffix}`;
  let candidate = withSuffix(' (copy)');
  for (let n = 2; taken.has(candidate); n += 1) candidate = withSuffix(` (copy ${String(n)})`);
  return candidate;
};

export const moveToTrash = (workshop: Workshop, now: string): Workshop => ({
  ...workshop,
  deletedAt: now,
  updatedAt: now,
});

export const restoreFromTrash = (workshop: Workshop, now: string): Workshop => ({
  ...workshop,
  deletedAt: null,
  updatedAt: now,
});

export const isInTrash = (workshop: Workshop): boolean => workshop.deletedAt !== null;

/** Home lists the most recently edited first. */
export const byLastEdited = (a: Workshop, b: Workshop): number =>
  b.updatedAt.localeCompare(a.updatedAt) || a.scope.title.localeCompare(b.scope.title, 'en-GB');
