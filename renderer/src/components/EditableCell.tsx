/**
 * A table cell that shows its whole value as wrapping text, and turns into a control in place
 * when it gets focus, a click or Enter. Read-only cells make long titles readable when the
 * table is projected (an input clips its text to its width) and keep big tables cheap to sort
 * and search (plain text instead of a form control per cell).
 *
 * Keyboard: Tab lands on the cell and starts editing, so Tab-and-type is as fast as a grid of
 * inputs, with one Tab stop per cell. Enter or leaving the cell saves through `save` (the
 * store's action, so undo and the write queue see it); Esc cancels and restores. A refused
 * value stays in the control with its message, so nothing typed is lost; text still being
 * typed is saved when the window is hidden or closed, as every other edit is. While a refused
 * value is held, the header says "Not saved" and links to the control (issue 8 item 10), and
 * the message is announced once (role="alert").
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Result } from '@shared/domain';
import { useFieldIssue } from '../app/fieldIssues';

export interface CellEditorProps {
  readonly id: string;
  /** The control's accessible name, e.g. "Owner, row 3". */
  readonly label: string;
  readonly value: string;
  /** `incomplete`: the control holds a half-entered value (a date mid-typing): keep, don't save. */
  readonly onChange: (value: string, incomplete?: boolean) => void;
  /** Saves at once (a menu choice), without leaving the cell. */
  readonly commit: (value: string) => void;
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
}

export type CellEditor = (props: CellEditorProps) => ReactNode;

interface Props {
  /** Unique on the page; the control and its error message derive their ids from it. */
  readonly id: string;
  /** Names the column and row, e.g. "Action title, row 3"; the value is added after a colon. */
  readonly label: string;
  readonly value: string;
  /** What the read-only cell shows; defaults to the value, or `placeholder` when empty. */
  readonly display?: string;
  readonly placeholder?: string;
  readonly save: (value: string) => Result<unknown>;
  /** Which field's error to show when `save` refuses (defaults to the first). */
  readonly field?: string;
  readonly editor?: CellEditor;
  /** Extra classes for the read-only cell (e.g. a RAG colour bar). */
  readonly className?: string;
}

interface Editing {
  readonly draft: string;
  readonly incomplete: boolean;
  readonly error: string | undefined;
  /** The stored value when editing began, for Esc to restore (menus save as they change). */
  readonly original: string;
}

export function EditableCell({
  id,
  label,
  value,
  display,
  placeholder = '',
  save,
  field,
  editor = textEditor,
  className = '',
}: Props) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const cellButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the control closes: back to the cell, or wherever it went. */
  const focusCellAfter = useRef(false);
  /** Set while focus returns to the cell after Enter or Esc, so it does not reopen. */
  const returning = useRef(false);
  /** Set once the control is closing, so a blur fired as it leaves the page saves nothing twice. */
  const closing = useRef(false);
  const isOpen = editing !== null;
  // Set only once Enter or leaving the cell was refused (too long, empty title, half a date):
  // the typed text stays here and the stored value is unchanged.
  useFieldIssue(`${id}-input`, label, editing?.error !== undefined);
  const shown = display ?? value;
  /** Saves what is typed without closing: run when the window is hidden, left or closed. */
  const saveDraft = useRef<() => void>(() => undefined);
  useEffect(() => {
    saveDraft.current = () => {
      if (editing && !editing.incomplete && editing.draft !== value) save(editing.draft);
    };
  }, [editing, value, save]);
  useEffect(() => {
    if (!isOpen) return undefined;
    // Capture phase, so this runs before the store's own flush on the same events and the
    // typed text is in the write that flush starts (a closing window does not wait for blur).
    const onPageHide = (): void => {
      saveDraft.current();
    };
    // Blur on the window itself (switching apps), not an element's blur seen while capturing.
    const onWindowBlur = (e: Event): void => {
      if (!(e.target instanceof Node)) saveDraft.current();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') saveDraft.current();
    };
    window.addEventListener('pagehide', onPageHide, true);
    window.addEventListener('blur', onWindowBlur, true);
    document.addEventListener('visibilitychange', onVisibility, true);
    return () => {
      window.removeEventListener('pagehide', onPageHide, true);
      window.removeEventListener('blur', onWindowBlur, true);
      document.removeEventListener('visibilitychange', onVisibility, true);
    };
  }, [isOpen]);

  useEffect(() => {
    if (isOpen) {
      const control = wrapper.current?.querySelector<HTMLElement>('input, textarea, select');
      control?.focus();
      if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
        if (control.type !== 'date') control.select();
      }
    } else if (focusCellAfter.current) {
      focusCellAfter.current = false;
      returning.current = true;
      cellButton.current?.focus();
      returning.current = false;
    }
  }, [isOpen]);

  const open = (): void => {
    closing.current = false;
    setEditing({ draft: value, incomplete: false, error: undefined, original: value });
  };
  const close = (focusCell: boolean): void => {
    closing.current = true;
    focusCellAfter.current = focusCell;
    setEditing(null);
  };
  /** Saves `draft`; true when it was stored (or nothing changed). */
  const commit = (draft: string, incomplete: boolean): boolean => {
    if (incomplete) {
      setEditing((e) => e && { ...e, draft, incomplete, error: 'Enter a complete date' });
      return false;
    }
    if (draft === value) return true;
    const result = save(draft);
    if (result.ok) return true;
    const error = result.errors.find((e) => e.field === field) ?? result.errors[0];
    setEditing((e) => e && { ...e, draft, error: error?.message ?? 'This value is not valid' });
    return false;
  };

  if (!editing) {
    const text = shown || placeholder;
    return (
      <button
        ref={cellButton}
        id={id}
        type="button"
        className={`app-cell ${className}`}
        aria-label={`${label}: ${text}`}
        onFocus={() => {
          if (!returning.current) open();
        }}
        onClick={open}
      >
        <span className={shown ? 'app-cell__text' : 'app-cell__text app-cell__text--empty'}>
          {text}
        </span>
      </button>
    );
  }

  const errorId = `${id}-error`;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (commit(editing.draft, editing.incomplete)) close(true);
    } else if (e.key === 'Escape') {
      // Esc here cancels the edit; it must not also leave presentation mode.
      e.preventDefault();
      e.stopPropagation();
      if (value !== editing.original) save(editing.original);
      close(true);
    }
  };

  return (
    <div
      ref={wrapper}
      className={`app-cell-editor${editing.error ? ' nhsuk-form-group--error' : ''}`}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (closing.current || wrapper.current?.contains(e.relatedTarget)) return;
        if (commit(editing.draft, editing.incomplete)) close(false);
      }}
    >
      {editing.error && (
        <span className="nhsuk-error-message nhsuk-u-font-size-16" id={errorId} role="alert">
          <span className="nhsuk-u-visually-hidden">Error:</span> {editing.error}
        </span>
      )}
      {editor({
        id: `${id}-input`,
        label,
        value: editing.draft,
        onChange: (draft, incomplete = false) => {
          setEditing((e) => e && { ...e, draft, incomplete });
        },
        commit: (draft) => {
          setEditing((e) => e && { ...e, draft });
          commit(draft, false);
        },
        describedBy: editing.error ? errorId : undefined,
        invalid: editing.error !== undefined,
      })}
    </div>
  );
}

/** A wrapping text box that grows with its text; Enter saves, so line breaks become spaces. */
export const textEditor: CellEditor = ({ id, label, value, onChange, describedBy, invalid }) => (
  <textarea
    id={id}
    className={`nhsuk-textarea app-cell-editor__text${invalid ? ' nhsuk-textarea--error' : ''}`}
    aria-label={label}
    aria-describedby={describedBy}
    aria-invalid={invalid || undefined}
    rows={1}
    autoComplete="off"
    value={value}
    onChange={(e) => {
      onChange(e.target.value.replace(/\s*[\r\n]+\s*/g, ' '));
    }}
  />
);

/** A date box; a half-typed date is held rather than saved as "no date". */
export const dateEditor: CellEditor = ({ id, label, value, onChange, describedBy, invalid }) => (
  <input
    id={id}
    type="date"
    className={`nhsuk-input app-cell-editor__date${invalid ? ' nhsuk-input--error' : ''}`}
    aria-label={label}
    aria-describedby={describedBy}
    aria-invalid={invalid || undefined}
    value={value}
    onChange={(e) => {
      onChange(e.target.value, e.target.validity.badInput);
    }}
  />
);

export interface CellOption {
  readonly value: string;
  readonly label: string;
}

/** A menu that saves each choice as it is made (as a keyboard user's arrow keys expect). */
export const selectEditor = (options: readonly CellOption[]): CellEditor =>
  function SelectEditor({ id, label, value, commit, describedBy, invalid }: CellEditorProps) {
    return (
      <select
        id={id}
        className={`nhsuk-select app-cell-editor__select${invalid ? ' nhsuk-select--error' : ''}`}
        aria-label={label}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => {
          commit(e.target.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  };
