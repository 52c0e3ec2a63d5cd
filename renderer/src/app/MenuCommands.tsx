/**
 * Runs each native menu command (desktop only) with the same action the matching button runs:
 * routes for new, close and export, the plan file picker and save, the store's undo and redo,
 * presentation mode, the bundled user guide, shortcuts and About pages. Renders nothing; lives inside the router so it can navigate.
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { useOpenPlanFile } from '../features/files/useOpenPlanFile';
import { pendingFromOpenResult } from '../features/files/readLocalFile';
import { savePlanFile } from '../features/files/savePlan';
import { getPlatform } from '../platform';
import { onMenuCommand, reportMenuState, type MenuCommand } from '../platform/menuCommands';
import { getAppStore, useApp } from '../store';

/** True when typing has focus: there Undo and Redo belong to the text box, as users expect. */
const isEditingText = (element: Element | null): boolean =>
  element instanceof HTMLTextAreaElement ||
  (element instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button'].includes(element.type)) ||
  (element instanceof HTMLElement && element.isContentEditable);

export function MenuCommands() {
  const [location, navigate] = useLocation();
  const picker = useOpenPlanFile();
  const currentId = useApp((s) => s.currentId);
  // The latest values, read when a command arrives, so the subscription is made once.
  const latest = useRef({ navigate, picker, currentId });

  useEffect(() => {
    latest.current = { navigate, picker, currentId };
  });

  // A workshop counts as open while one of its screens is showing (Home keeps it loaded).
  const hasWorkshop = currentId !== null && location.startsWith('/workshops/');
  useEffect(() => {
    reportMenuState({ hasWorkshop });
  }, [hasWorkshop]);

  useEffect(
    () =>
      onMenuCommand((message: MenuCommand) => {
        const { navigate: go, picker: files, currentId: id } = latest.current;
        const store = getAppStore().getState();
        switch (message.command) {
          case 'new-workshop':
            go('~/new');
            return;
          case 'open-plan':
            void files.open();
            return;
          case 'open-recent': {
            void getPlatform()
              .recentFiles.open(message.id)
              .then((result) => {
                files.preview(pendingFromOpenResult(result));
              });
            return;
          }
          case 'save-plan':
          case 'save-plan-as':
            void savePlanFile(false).then((outcome) => {
              if (outcome.status === 'failed') window.alert(outcome.message);
            });
            return;
          case 'export-pdf':
            if (id !== null) go(`~/workshops/${id}/review`);
            return;
          case 'close-workshop':
            go('~/');
            return;
          case 'undo':
          case 'redo':
            // In a text box the browser's own undo is what people mean; there is no
            // non-deprecated way to ask for it.
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            if (isEditingText(document.activeElement)) document.execCommand(message.command);
            else if (message.command === 'undo') store.undo();
            else store.redo();
            return;
          case 'presentation-mode':
            store.setPresenting(!store.presenting);
            return;
          case 'user-guide':
            go('~/help');
            return;
          case 'keyboard-shortcuts':
            go('~/help/shortcuts');
            return;
          case 'about':
            go('~/help/about');
            return;
          case 'open-board':
            if (id !== null) go(`~/workshops/${id}/board`);
            return;
        }
      }),
    [],
  );
  return null;
}
