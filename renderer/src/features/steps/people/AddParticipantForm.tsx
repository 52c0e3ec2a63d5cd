import { useRef, useState } from 'react';
import { STAFF_GROUP_OTHER, errorFor, staffGroupFromChoice, type FieldError } from '@shared/domain';
import { Checkbox, Checkboxes } from '../../../components/Checkbox';
import { useApp } from '../../../store';
import { Field } from '../../../components/Field';
import { StaffGroupOptions } from './StaffGroupMenu';

const EMPTY = {
  name: '',
  role: '',
  organisation: '',
  staffGroup: '',
  otherGroup: '',
  mayBeNamed: false,
};

export function AddParticipantForm() {
  const add = useApp((s) => s.addParticipant);
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const firstField = useRef<HTMLInputElement>(null);

  return (
    <form
      className="app-panel"
      noValidate
      aria-labelledby="add-attendee-title"
      onSubmit={(e) => {
        e.preventDefault();
        const group = staffGroupFromChoice(draft.staffGroup, draft.otherGroup);
        const { name, role, organisation, mayBeNamed } = draft;
        const result = group.ok
          ? add({ name, role, organisation, mayBeNamed, staffGroup: group.value })
          : group;
        if (!result.ok) {
          setErrors(result.errors);
          return;
        }
        setErrors([]);
        // Keep organisation and staff group: attendees often come in groups from one team.
        setDraft({
          ...EMPTY,
          organisation: draft.organisation,
          staffGroup: draft.staffGroup,
          otherGroup: draft.otherGroup,
        });
        setAnnouncement(`Added ${result.value.name || result.value.role}.`);
        firstField.current?.focus();
      }}
    >
      <h2 className="nhsuk-heading-s" id="add-attendee-title">
        Add an attendee
      </h2>
      <div className="app-form-grid">
        <Field id="attendee-name" label="Name (optional)">
          {({ id }) => (
            <input
              ref={firstField}
              id={id}
              className="nhsuk-input"
              autoComplete="off"
              value={draft.name}
              onChange={(e) => {
                setDraft({ ...draft, name: e.target.value });
              }}
            />
          )}
        </Field>
        <Field id="attendee-role" label="Job role" error={errorFor(errors, 'role')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className={`nhsuk-input${invalid ? ' nhsuk-input--error' : ''}`}
              autoComplete="off"
              aria-describedby={describedBy}
              value={draft.role}
              onChange={(e) => {
                setDraft({ ...draft, role: e.target.value });
              }}
            />
          )}
        </Field>
        <Field id="attendee-organisation" label="Organisation">
          {({ id }) => (
            <input
              id={id}
              className="nhsuk-input"
              autoComplete="off"
              value={draft.organisation}
              onChange={(e) => {
                setDraft({ ...draft, organisation: e.target.value });
              }}
            />
          )}
        </Field>
        <Field id="attendee-group" label="Staff group">
          {({ id }) => (
            <select
              id={id}
              className="nhsuk-select"
              value={draft.staffGroup}
              onChange={(e) => {
                setDraft({ ...draft, staffGroup: e.target.value });
              }}
            >
              <StaffGroupOptions />
            </select>
          )}
        </Field>
        {draft.staffGroup === STAFF_GROUP_OTHER && (
          <Field
            id="attendee-group-other"
            label="Staff group (say what)"
            error={errorFor(errors, 'staffGroup')}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className={`nhsuk-input${invalid ? ' nhsuk-input--error' : ''}`}
                autoComplete="off"
                aria-describedby={describedBy}
                value={draft.otherGroup}
                onChange={(e) => {
                  setDraft({ ...draft, otherGroup: e.target.value });
                }}
              />
            )}
          </Field>
        )}
      </div>
      <Checkboxes className="nhsuk-u-margin-bottom-3">
        <Checkbox
          id="attendee-named"
          label="This person agrees to be named in exports"
          checked={draft.mayBeNamed}
          onChange={(mayBeNamed) => {
            setDraft({ ...draft, mayBeNamed });
          }}
        />
      </Checkboxes>
      <button type="submit" className="nhsuk-button nhsuk-u-margin-bottom-0">
        Add attendee
      </button>
      <p className="nhsuk-u-visually-hidden" role="status">
        {announcement}
      </p>
    </form>
  );
}
