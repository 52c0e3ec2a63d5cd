import { memo, useCallback, useEffect, useRef } from 'react';
import { staffGroupFromChoice, type Participant } from '@shared/domain';
import { Checkbox, Checkboxes } from '../../../components/Checkbox';
import { useApp } from '../../../store';
import { EditableCell } from '../../../components/EditableCell';
import { NhsCell, NhsRow } from '../../../components/NhsTable';
import { decodeDraft, staffGroupEditor } from './StaffGroupMenu';

interface Props {
  readonly participant: Participant;
  readonly index: number;
  readonly isLast: boolean;
}

type TextKey = 'name' | 'role' | 'organisation';

/**
 * One attendee as read-only cells that wrap and edit in place. Each cell is named with the row
 * it belongs to ("Job role for attendee 2"), so Tab through the table says where you are.
 */
export const ParticipantRow = memo(function ParticipantRow({
  participant: p,
  index,
  isLast,
}: Props) {
  const update = useApp((s) => s.updateParticipant);
  const remove = useApp((s) => s.removeParticipant);
  const move = useApp((s) => s.moveParticipant);
  const id = p.id;
  const who = `attendee ${String(index + 1)}`;
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  /** The button just used to move this row: focus follows the attendee to their new place. */
  const moved = useRef<'up' | 'down' | null>(null);
  useEffect(() => {
    if (!moved.current) return;
    const used = moved.current === 'up' ? upButton.current : downButton.current;
    const other = moved.current === 'up' ? downButton.current : upButton.current;
    moved.current = null;
    // At the top or bottom the used button is now disabled: the other one keeps focus nearby.
    (used && !used.disabled ? used : other)?.focus();
  }, [index]);
  const saveText = useCallback(
    (key: TextKey) => (value: string) => update(id, { [key]: value }),
    [update, id],
  );
  const saveGroup = useCallback(
    (draft: string) => {
      const { choice, other } = decodeDraft(draft);
      const group = staffGroupFromChoice(choice, other);
      return group.ok ? update(id, { staffGroup: group.value }) : group;
    },
    [update, id],
  );

  const text = (key: TextKey, label: string, placeholder: string) => (
    <NhsCell>
      <EditableCell
        id={`${id}-${key}`}
        label={`${label} for ${who}`}
        value={p[key]}
        placeholder={placeholder}
        save={saveText(key)}
        field={key}
      />
    </NhsCell>
  );

  return (
    <NhsRow>
      {text('name', 'Name', 'Not given')}
      {text('role', 'Job role', 'Not given')}
      {text('organisation', 'Organisation', 'Not given')}
      <NhsCell>
        <EditableCell
          id={`${id}-group`}
          label={`Staff group for ${who}`}
          value={p.staffGroup}
          placeholder="Not recorded"
          save={saveGroup}
          field="staffGroup"
          editor={staffGroupEditor}
        />
      </NhsCell>
      <NhsCell>
        <Checkboxes>
          <Checkbox
            id={`${id}-named`}
            label={
              <>
                <span className="nhsuk-u-visually-hidden">{who} may be named in exports</span>
                <span aria-hidden="true">{p.mayBeNamed ? 'Yes' : 'No'}</span>
              </>
            }
            checked={p.mayBeNamed}
            onChange={(mayBeNamed) => {
              update(id, { mayBeNamed });
            }}
          />
        </Checkboxes>
      </NhsCell>
      <NhsCell>
        <ul className="app-inline-actions">
          <li>
            <button
              ref={upButton}
              type="button"
              className="app-link-button"
              disabled={index === 0}
              onClick={() => {
                moved.current = 'up';
                move(id, 'up');
              }}
            >
              Up<span className="nhsuk-u-visually-hidden"> (move {who} up)</span>
            </button>
          </li>
          <li>
            <button
              ref={downButton}
              type="button"
              className="app-link-button"
              disabled={isLast}
              onClick={() => {
                moved.current = 'down';
                move(id, 'down');
              }}
            >
              Down<span className="nhsuk-u-visually-hidden"> (move {who} down)</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="app-link-button app-link-button--danger"
              onClick={() => {
                remove(id);
              }}
            >
              Remove<span className="nhsuk-u-visually-hidden"> {who}</span>
            </button>
          </li>
        </ul>
      </NhsCell>
    </NhsRow>
  );
});
