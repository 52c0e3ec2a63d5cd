/** Actions in the plan: every field seen in real NHS action plans, validated as a whole. */
import type { FieldError, Result, Stamp } from './result';
import { actionSchema, type Action, type Card, type RagStatus } from './schemas';
import type { StarPointId } from './star';
import { parseWith, type FieldLabels } from './validate';

export const ACTION_LABELS: FieldLabels = {
  title: 'action title',
  description: 'description',
  points: 'Star point',
  owner: 'owner',
  leadOrganisation: 'lead organisation',
  startDate: 'start date',
  dueDate: 'due date',
  timescale: 'timescale',
  priority: 'priority',
  rag: 'RAG status',
  resources: 'resources or cost',
  successMeasure: 'success measure',
  baseline: 'baseline',
  dependencies: 'dependencies',
  risks: 'risks',
  progressNotes: 'progress notes',
  evidenceLinks: 'evidence link',
  tags: 'tags',
  ideaIds: 'linked ideas',
};

export const RAG_LABEL: Readonly<Record<RagStatus, string>> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue (complete)',
};

export const TIMESCALE_LABEL = {
  short: 'Short (up to 1 year)',
  medium: 'Medium (up to 2 years)',
  long: 'Long (up to 3 years)',
} as const;

export type ActionInput = Partial<Omit<Action, 'id' | 'workshopId' | 'createdAt' | 'updatedAt'>>;

/** Rules that span fields, which a per-field schema cannot express. */
const crossFieldErrors = (a: Action): FieldError[] =>
  a.startDate && a.dueDate && a.dueDate < a.startDate
    ? [{ field: 'dueDate', message: 'Due date must be the same as or after the start date' }]
    : [];

export const validateAction = (candidate: unknown): Result<Action> => {
  const parsed = parseWith(actionSchema, candidate, ACTION_LABELS);
  if (!parsed.ok) {
    return {
      ok: false,
      errors: parsed.errors.map((e) =>
        e.field === 'points' ? { field: 'points', message: 'Choose at least one Star point' } : e,
      ),
    };
  }
  const cross = crossFieldErrors(parsed.value);
  return cross.length ? { ok: false, errors: cross } : parsed;
};

export const createAction = (
  workshopId: string,
  input: ActionInput & { title: string; points: readonly StarPointId[] },
  order: number,
  stamp: Stamp,
): Result<Action> =>
  validateAction({
    description: '',
    owner: '',
    leadOrganisation: '',
    startDate: '',
    dueDate: '',
    timescale: null,
    priority: null,
    rag: null,
    resources: '',
    successMeasure: '',
    baseline: '',
    dependencies: '',
    risks: '',
    progressNotes: [],
    evidenceLinks: [],
    tags: [],
    ideaIds: [],
    ...input,
    points: [...input.points],
    title: input.title.trim(),
    id: stamp.id,
    workshopId,
    order,
    createdAt: stamp.now,
    updatedAt: stamp.now,
  });

/** One step from a prioritised idea to an action, linked back to its card. */
export const actionFromIdea = (card: Card, order: number, stamp: Stamp): Result<Action> =>
  createAction(
    card.workshopId,
    {
      title: card.text.slice(0, 200),
      points: [card.point],
      ideaIds: [card.id],
      tags: card.tags,
    },
    order,
    stamp,
  );

export const updateAction = (action: Action, patch: ActionInput, now: string): Result<Action> =>
  validateAction({ ...action, ...patch, updatedAt: now });

/** The action's idea links with `ideaId` added or taken away; unchanged links keep their order. */
export const withIdeaLink = (
  action: Pick<Action, 'ideaIds'>,
  ideaId: string,
  linked: boolean,
): string[] =>
  linked
    ? action.ideaIds.includes(ideaId)
      ? [...action.ideaIds]
      : [...action.ideaIds, ideaId]
    : action.ideaIds.filter((id) => id !== ideaId);

/** Overdue: has a due date in the past and is not complete (Blue). `today` is `YYYY-MM-DD`. */
export const isOverdue = (a: Action, today: string): boolean =>
  a.dueDate !== '' && a.dueDate < today && a.rag !== 'blue';
