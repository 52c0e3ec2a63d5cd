import { useShallow } from 'zustand/react/shallow';
import { stepStatuses, type StepId, type StepStatus, type Workshop } from '@shared/domain';
import { useApp } from '../../store';

/** The open workshop and the derived status of each of its steps. */
export const useCurrentWorkshop = (): Workshop => {
  const workshop = useApp((s) => s.workshops.find((w) => w.id === s.currentId));
  if (!workshop) throw new Error('No workshop is open');
  return workshop;
};

/** The open workshop's title alone, for screens that must not re-render on other edits. */
export const useCurrentWorkshopTitle = (): string =>
  useApp((s) => s.workshops.find((w) => w.id === s.currentId)?.scope.title ?? '');

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
