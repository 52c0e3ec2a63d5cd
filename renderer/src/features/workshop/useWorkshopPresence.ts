import { useEffect } from 'react';
import { joinWorkshop } from '../../platform/workshopPresence';
import { getAppStore, useApp } from '../../store';

/** Holds the open workshop for this window, or follows the window that holds it. */
export const useWorkshopPresence = (workshopId: string): void => {
  const setEditAccess = useApp((s) => s.setEditAccess);
  const reload = useApp((s) => s.reloadWorkshop);
  useEffect(() => {
    const presence = joinWorkshop(window, workshopId, {
      onAccess: setEditAccess,
      onRemoteSave: () => void reload(),
    });
    // Tell followers each time this window's edits become durable.
    const unsubscribe = getAppStore().subscribe((state, previous) => {
      if (
        state.save.state === 'saved' &&
        previous.save.state !== 'saved' &&
        state.editAccess === 'editing'
      ) {
        presence.announceSave();
      }
    });
    return () => {
      unsubscribe();
      presence.release();
      setEditAccess('editing');
    };
  }, [workshopId, setEditAccess, reload]);
};
