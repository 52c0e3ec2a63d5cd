import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorFor } from '@shared/domain';
import { useApp } from '../../store';
import { Field } from '../../components/Field';
import { ErrorSummary } from '../../components/ErrorSummary';
import { usePageTitle } from '../../lib/usePageTitle';

export function NewWorkshopPage() {
  usePageTitle('New workshop');
  const create = useApp((s) => s.createWorkshop);
  const [, navigate] = useLocation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  return (
    <>
      <Link href="/" className="nhsuk-back-link">
        Back to your workshops
      </Link>
      {error && <ErrorSummary errors={[{ targetId: 'new-title', message: error }]} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (busy) return;
          setBusy(true);
          void create(title).then((result) => {
            setBusy(false);
            if (result.ok) navigate(`/workshops/${result.value.id}/scope`);
            else setError(errorFor(result.errors, 'scope.title') ?? result.errors[0]?.message);
          });
        }}
      >
        <h1 className="nhsuk-heading-l">New workshop</h1>
        <Field
          label="Workshop title"
          hint="For example, ‘Emergency department medical workforce 2026’. You can change it later."
          error={error}
          labelClass="nhsuk-label--m"
          id="new-title"
        >
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="title"
              className={`nhsuk-input${invalid ? ' nhsuk-input--error' : ''}`}
              value={title}
              autoFocus
              autoComplete="off"
              aria-describedby={describedBy}
              onChange={(e) => {
                setTitle(e.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="nhsuk-button" disabled={busy}>
          Create workshop
        </button>
      </form>
    </>
  );
}
