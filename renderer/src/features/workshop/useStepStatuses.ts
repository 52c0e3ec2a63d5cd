import { useShallow } from 'zustand/react/shallow';
import { stepStatuses, type StepId, type StepStatus } from '@shared/domain';
import { useApp } from '../../store';

/** The derived status of each step of the open workshop, for the task list and navigation. */
export const useStepStatuses = (): Record<StepId, StepStatus> =>
  useApp(
    useShallow((s) => {
      const workshop = s.workshops.find((w) => w.id === s.currentId);
      if (!workshop) return {} as Record<StepId, StepStatus>;
      return stepStatuses({
        workshop,
        participants: s.participants,
        cards: s.cards,
        actions: s.actions,
      });
    }),
  );
