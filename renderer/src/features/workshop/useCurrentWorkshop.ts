import { useApp } from '../../store';
import type { Workshop } from '@shared/domain';

/** The open workshop; only screens inside an open workshop call it. */
export const useCurrentWorkshop = (): Workshop => {
  const workshop = useApp((s) => s.workshops.find((w) => w.id === s.currentId));
  if (!workshop) throw new Error('No workshop is open');
  return workshop;
};

/** The open workshop's title alone, for screens that must not re-render on other edits. */
export const useCurrentWorkshopTitle = (): string =>
  useApp((s) => s.workshops.find((w) => w.id === s.currentId)?.scope.title ?? '');
