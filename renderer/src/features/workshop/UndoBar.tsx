import { useEffect, useState } from 'react';
import { useApp } from '../../store';

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * Undo and redo for the whole workshop, by button or Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on a
 * Mac). What was undone is announced, because the change may be on another step.
 */
export function UndoBar() {
  const canUndo = useApp((s) => s.undoStack.length > 0);
  const canRedo = useApp((s) => s.redoStack.length > 0);
  const nextUndo = useApp((s) => s.undoStack.at(-1)?.label);
  const nextRedo = useApp((s) => s.redoStack.at(-1)?.label);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const mod = isMac() ? e.metaKey : e.ctrlKey;
      if (!mod || e.altKey) return;
      const key = e.key.toLowerCase();
      const wantsRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      const wantsUndo = key === 'z' && !e.shiftKey;
      if (!wantsUndo && !wantsRedo) return;
      e.preventDefault();
      const label = wantsUndo ? undo() : redo();
      setMessage(
        label
          ? `${wantsUndo ? 'Undone' : 'Redone'}: ${label}`
          : `Nothing to ${wantsUndo ? 'undo' : 'redo'}`,
      );
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [undo, redo]);

  return (
    <div className="app-undo-bar">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        disabled={!canUndo}
        title={nextUndo ? `Undo: ${nextUndo} (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => {
          const label = undo();
          if (label) setMessage(`Undone: ${label}`);
        }}
      >
        Undo
      </button>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        disabled={!canRedo}
        title={nextRedo ? `Redo: ${nextRedo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        onClick={() => {
          const label = redo();
          if (label) setMessage(`Redone: ${label}`);
        }}
      >
        Redo
      </button>
      <span className="app-undo-bar__message" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
