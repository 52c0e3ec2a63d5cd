import { useState } from 'react';
import { errorFor, type FieldError, type StarPointId } from '@shared/domain';
import { useApp } from '../../../store';
import { Field } from '../../../components/Field';
import { StarPointOptions } from '../../../components/StarPointOptions';

export function AddActionForm({ onCreated }: { onCreated: (id: string) => void }) {
  const addAction = useApp((s) => s.addAction);
  const [title, setTitle] = useState('');
  const [point, setPoint] = useState<StarPointId | ''>('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);

  return (
    <form
      className="app-panel"
      noValidate
      aria-labelledby="add-action-title"
      onSubmit={(e) => {
        e.preventDefault();
        const result = addAction({ title, points: point ? [point] : [] });
        if (!result.ok) {
          setErrors(result.errors);
          return;
        }
        setErrors([]);
        setTitle('');
        onCreated(result.value.id);
      }}
    >
      <h2 className="nhsuk-heading-s" id="add-action-title">
        Add an action
      </h2>
      <div className="app-form-grid app-form-grid--wide-first">
        <Field id="new-action-title" label="Action" error={errorFor(errors, 'title')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              className={`nhsuk-input${invalid ? ' nhsuk-input--error' : ''}`}
              autoComplete="off"
              aria-describedby={describedBy}
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
              }}
            />
          )}
        </Field>
        <Field id="new-action-point" label="Star point" error={errorFor(errors, 'points')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              className={`nhsuk-select${invalid ? ' nhsuk-select--error' : ''}`}
              aria-describedby={describedBy}
              value={point}
              onChange={(e) => {
                setPoint(e.target.value as StarPointId | '');
              }}
            >
              <StarPointOptions emptyLabel="Choose a point" />
            </select>
          )}
        </Field>
      </div>
      <button type="submit" className="nhsuk-button nhsuk-u-margin-bottom-0">
        Add action
      </button>
    </form>
  );
}
