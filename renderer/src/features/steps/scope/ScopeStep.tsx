import { useState } from 'react';
import { ENABLERS_HINT, LIMITS, errorFor, normaliseTagList, type Scope } from '@shared/domain';
import { useApp } from '../../../store';
import { Field } from '../../../components/Field';
import { useCurrentWorkshop } from '../../workshop';

type ScopeField = keyof Scope;

interface FieldSpec {
  readonly key: ScopeField;
  readonly label: string;
  readonly hint?: string;
  readonly type?: 'text' | 'date' | 'textarea';
  readonly wide?: boolean;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'title', label: 'Workshop title', wide: true },
  {
    key: 'service',
    label: 'Service or pathway',
    hint: 'For example, urgent and emergency care, or the stroke pathway.',
  },
  {
    key: 'organisation',
    label: 'Organisation',
    hint: 'The trust or organisation that owns the service.',
  },
  { key: 'system', label: 'System or integrated care system (ICS)' },
  { key: 'population', label: 'Population served', type: 'textarea' },
  {
    key: 'challenge',
    label: 'The workforce challenge in one sentence',
    hint: 'What this workshop is for. It appears on the cover of the action plan.',
    type: 'textarea',
  },
  { key: 'sponsor', label: 'Sponsor', hint: 'The senior person who owns the outcome.' },
  { key: 'facilitators', label: 'Facilitators', hint: 'Separate names with commas.' },
  { key: 'date', label: 'Workshop date', type: 'date' },
  { key: 'venue', label: 'Venue' },
];

/**
 * Every field saves as it is typed. A value that is not valid (an empty title) is kept on
 * screen with an inline message, and nothing half-valid reaches the database.
 */
export function ScopeStep() {
  const workshop = useCurrentWorkshop();
  const updateScope = useApp((s) => s.updateScope);
  const [draft, setDraft] = useState<Scope>(workshop.scope);
  const [errors, setErrors] = useState<Partial<Record<ScopeField, string>>>({});
  // Fields holding a half-typed value (a date box mid-entry): shown, not saved.
  const [incomplete, setIncomplete] = useState<ScopeField | null>(null);

  // Show what is stored (so Undo and other windows show through), except while the typed text
  // is invalid or differs only by spaces the domain trims.
  const shown = (key: ScopeField): string =>
    incomplete === key ||
    errors[key] !== undefined ||
    draft[key].trim() === workshop.scope[key].trim()
      ? draft[key]
      : workshop.scope[key];

  const change = (key: ScopeField, value: string): void => {
    setDraft((d) => ({ ...d, [key]: value }));
    const result = updateScope({ [key]: value });
    setErrors((e) => ({
      ...e,
      [key]: result.ok ? undefined : errorFor(result.errors, `scope.${key}`),
    }));
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
      }}
      aria-label="Workshop scope"
    >
      {FIELDS.map((f) => (
        <Field
          key={f.key}
          id={`scope-${f.key}`}
          label={f.label}
          hint={f.hint}
          error={errors[f.key]}
          savesAsTyped
          count={
            f.type === 'textarea'
              ? { length: shown(f.key).length, max: LIMITS.mediumText }
              : undefined
          }
        >
          {({ id, describedBy, invalid }) =>
            f.type === 'textarea' ? (
              <textarea
                id={id}
                className={`nhsuk-textarea${invalid ? ' nhsuk-textarea--error' : ''}`}
                rows={3}
                value={shown(f.key)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                onChange={(e) => {
                  if (e.target.validity.badInput) {
                    setDraft((d) => ({ ...d, [f.key]: e.target.value }));
                    setIncomplete(f.key);
                    return;
                  }
                  setIncomplete(null);
                  change(f.key, e.target.value);
                }}
              />
            ) : (
              <input
                id={id}
                type={f.type ?? 'text'}
                className={`nhsuk-input${f.type === 'date' ? ' nhsuk-input--width-10' : ''}${invalid ? ' nhsuk-input--error' : ''}`}
                value={shown(f.key)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                autoComplete="off"
                onChange={(e) => {
                  if (e.target.validity.badInput) {
                    setDraft((d) => ({ ...d, [f.key]: e.target.value }));
                    setIncomplete(f.key);
                    return;
                  }
                  setIncomplete(null);
                  change(f.key, e.target.value);
                }}
              />
            )
          }
        </Field>
      ))}
      <EnablersField />
    </form>
  );
}

function EnablersField() {
  const workshop = useCurrentWorkshop();
  const setEnablers = useApp((s) => s.setEnablers);
  const [text, setText] = useState(workshop.enablers.join('\n'));
  // The typed text, unless the stored list has moved on (Undo, another window): then that.
  const same = normaliseTagList(text.split('\n')).join('\n') === workshop.enablers.join('\n');
  const shown = same ? text : workshop.enablers.join('\n');
  return (
    <Field
      id="scope-enablers"
      label="Enablers at the centre of the Star"
      hint={`One per line. These become tags you can add to cards and actions. ${ENABLERS_HINT}`}
    >
      {({ id, describedBy }) => (
        <textarea
          id={id}
          className="nhsuk-textarea"
          rows={7}
          value={shown}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            setEnablers(normaliseTagList(e.target.value.split('\n')));
          }}
        />
      )}
    </Field>
  );
}
