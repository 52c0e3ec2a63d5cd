/** Step statuses for the workshop task list, derived from the data plus the facilitator's ticks. */
import type { Workshop } from './schemas';
import type { WorkshopContent } from './workshop';
import { STEPS, type StepId, type StepStatus } from './steps';

const hasStarted = (c: WorkshopContent, step: StepId): boolean => {
  const { scope } = c.workshop;
  switch (step) {
    case 'scope':
      return [scope.service, scope.organisation, scope.challenge, scope.sponsor, scope.date].some(
        Boolean,
      );
    case 'people':
      return c.participants.length > 0;
    case 'current':
      return c.cards.some((k) => k.kind === 'current');
    case 'gaps':
      return c.cards.some((k) => k.kind === 'gap');
    case 'ideas':
      return c.cards.some((k) => k.kind === 'idea');
    case 'prioritise':
      return c.cards.some((k) => k.kind === 'idea' && (k.votes > 0 || k.impact !== null));
    case 'actions':
      return c.actions.length > 0;
    case 'review':
      return false;
  }
};

export const stepStatus = (c: WorkshopContent, step: StepId): StepStatus => {
  if (c.workshop.completedSteps.includes(step)) return 'completed';
  return hasStarted(c, step) ? 'in-progress' : 'not-started';
};

export const stepStatuses = (c: WorkshopContent): Record<StepId, StepStatus> =>
  Object.fromEntries(STEPS.map((s) => [s.id, stepStatus(c, s.id)])) as Record<StepId, StepStatus>;

export const setStepCompleted = (
  workshop: Workshop,
  step: StepId,
  completed: boolean,
  now: string,
): Workshop => {
  const others = workshop.completedSteps.filter((s) => s !== step);
  return {
    ...workshop,
    completedSteps: completed ? [...others, step] : others,
    updatedAt: now,
  };
};
