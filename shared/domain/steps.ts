/** The eight steps of a Star workshop, in order (our design, built from the domain brief). */
export const STEP_IDS = [
  'scope',
  'people',
  'current',
  'gaps',
  'ideas',
  'prioritise',
  'actions',
  'review',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepInfo {
  readonly id: StepId;
  readonly number: number;
  readonly label: string;
  readonly summary: string;
}

export const STEPS: readonly StepInfo[] = [
  { id: 'scope', label: 'Scope', summary: 'The service, the challenge and who owns the work.' },
  {
    id: 'people',
    label: 'People',
    summary: 'Who is in the room and which staff groups they represent.',
  },
  {
    id: 'current',
    label: 'Current activity',
    summary: 'What already happens on each point of the Star.',
  },
  {
    id: 'gaps',
    label: 'Gaps and challenges',
    summary: 'What is missing or going wrong on each point.',
  },
  { id: 'ideas', label: 'Ideas', summary: 'Interventions to try on each point.' },
  { id: 'prioritise', label: 'Prioritise', summary: 'Dot votes and the impact and effort matrix.' },
  {
    id: 'actions',
    label: 'Action plan',
    summary: 'Actions with owners, dates, status and measures.',
  },
  {
    id: 'review',
    label: 'Review and export',
    summary: 'A summary of the workshop and its exports.',
  },
].map((s, i) => ({ ...s, id: s.id as StepId, number: i + 1 }));

export const isStepId = (value: unknown): value is StepId =>
  typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);

export type StepStatus = 'not-started' | 'in-progress' | 'completed';

export const STEP_STATUS_LABEL: Readonly<Record<StepStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
};
