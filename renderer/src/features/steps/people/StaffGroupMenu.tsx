/**
 * The staff group menu: standard groups under their setting's heading (the list is data in
 * shared/domain), plus "Other (say what)", which reveals a text box whose text is stored as the
 * group itself, so any setting can be recorded truthfully without a schema change.
 */
import { useState } from 'react';
import { STAFF_GROUP_OTHER, STAFF_GROUP_SETTINGS, staffGroupChoice } from '@shared/domain';
import type { CellEditor } from '../../../components/EditableCell';

export function StaffGroupOptions() {
  return (
    <>
      <option value="">Not recorded</option>
      {STAFF_GROUP_SETTINGS.map((s) => (
        <optgroup key={s.setting} label={s.setting}>
          {s.groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </optgroup>
      ))}
      <option value={STAFF_GROUP_OTHER}>{STAFF_GROUP_OTHER}</option>
    </>
  );
}

/**
 * In a table cell the draft is one string: a stored value, or "Other" and the typed text
 * joined by a line break (which a stored group cannot contain), so saving can tell an empty
 * "Other" (refused, with a message) from "Not recorded".
 */
const OTHER_MARK = `${STAFF_GROUP_OTHER}\n`;
export const encodeOther = (text: string): string => `${OTHER_MARK}${text}`;
export const decodeDraft = (draft: string): { choice: string; other: string } =>
  draft.startsWith(OTHER_MARK)
    ? { choice: STAFF_GROUP_OTHER, other: draft.slice(OTHER_MARK.length) }
    : staffGroupChoice(draft);

function StaffGroupCellEditor({
  id,
  label,
  value,
  onChange,
  commit,
  describedBy,
  invalid,
}: Parameters<CellEditor>[0]) {
  const { choice, other } = decodeDraft(value);
  // Kept so a half-typed "other" group survives flicking the menu away and back.
  const [typed, setTyped] = useState(other);
  return (
    <div className="app-staff-group">
      <select
        id={id}
        className={`nhsuk-select app-cell-editor__select${invalid && choice !== STAFF_GROUP_OTHER ? ' nhsuk-select--error' : ''}`}
        aria-label={label}
        value={choice}
        onChange={(e) => {
          if (e.target.value === STAFF_GROUP_OTHER) onChange(encodeOther(typed));
          else commit(e.target.value);
        }}
      >
        <StaffGroupOptions />
      </select>
      {choice === STAFF_GROUP_OTHER && (
        <input
          id={`${id}-other`}
          className={`nhsuk-input app-cell-editor__other${invalid ? ' nhsuk-input--error' : ''}`}
          aria-label={`${label}: say what`}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          autoComplete="off"
          value={other}
          onChange={(e) => {
            setTyped(e.target.value);
            onChange(encodeOther(e.target.value));
          }}
        />
      )}
    </div>
  );
}

export const staffGroupEditor: CellEditor = (props) => <StaffGroupCellEditor {...props} />;
