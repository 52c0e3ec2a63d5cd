/** The open workshop as plain content, read from the store after pending saves are flushed. */
import type { WorkshopContent } from '@shared/domain';
import { getAppStore, type AppState } from '../../store';

export const contentOf = (state: AppState): WorkshopContent | null => {
  const workshop = state.workshops.find((w) => w.id === state.currentId);
  if (!workshop || state.contentStatus !== 'ready') return null;
  return {
    workshop,
    participants: state.participants,
    cards: state.cards,
    actions: state.actions,
  };
};

/** Flushes first, so what is serialised is what the database holds. */
export const flushedCurrentContent = async (): Promise<WorkshopContent | null> => {
  await getAppStore().getState().flushSaves();
  return contentOf(getAppStore().getState());
};
