import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { errorFor, type Workshop } from '@shared/domain';
import { useApp } from '../../store';
import { formatDate, formatDateTime } from '../../lib/format';
import { NhsCell, NhsRow } from '../../components/NhsTable';

interface Props {
  readonly workshop: Workshop;
  readonly onTrashed: (w: { id: string; title: string }) => void;
}

export function WorkshopRow({ workshop, onTrashed }: Props) {
  const [renaming, setRenaming] = useState(false);
  const duplicate = useApp((s) => s.duplicateWorkshop);
  const trash = useApp((s) => s.trashWorkshop);
  const [, navigate] = useLocation();
  const title = workshop.scope.title;

  return (
    <NhsRow>
      <NhsCell heading="Workshop">
        {renaming ? (
          <RenameForm
            workshop={workshop}
            onDone={() => {
              setRenaming(false);
            }}
          />
        ) : (
          <Link href={`/workshops/${workshop.id}`} className="app-workshop-title">
            {title}
          </Link>
        )}
      </NhsCell>
      <NhsCell heading="Service or pathway">{workshop.scope.service || '—'}</NhsCell>
      <NhsCell heading="Date">
        {workshop.scope.date ? formatDate(workshop.scope.date) : '—'}
      </NhsCell>
      <NhsCell heading="Last edited">{formatDateTime(workshop.updatedAt)}</NhsCell>
      <NhsCell>
        {!renaming && (
          <ul className="app-inline-actions">
            <li>
              <button
                type="button"
                className="app-link-button"
                onClick={() => {
                  setRenaming(true);
                }}
              >
                Rename<span className="nhsuk-u-visually-hidden"> {title}</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                className="app-link-button"
                onClick={() => {
                  void duplicate(workshop.id).then((r) => {
                    if (r.ok) navigate(`/workshops/${r.value.id}`);
                  });
                }}
              >
                Duplicate<span className="nhsuk-u-visually-hidden"> {title}</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                className="app-link-button"
                onClick={() => {
                  void trash(workshop.id).then(() => {
                    onTrashed({ id: workshop.id, title });
                  });
                }}
              >
                Move to Trash<span className="nhsuk-u-visually-hidden"> {title}</span>
              </button>
            </li>
          </ul>
        )}
      </NhsCell>
    </NhsRow>
  );
}

function RenameForm({ workshop, onDone }: { workshop: Workshop; onDone: () => void }) {
  const rename = useApp((s) => s.renameWorkshop);
  const [value, setValue] = useState(workshop.scope.title);
  const [error, setError] = useState<string | undefined>();
  const id = `rename-${workshop.id}`;
  return (
    <form
      className={`app-rename${error ? ' nhsuk-form-group--error' : ''}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = rename(workshop.id, value);
        if (result.ok) onDone();
        else setError(errorFor(result.errors, 'scope.title') ?? result.errors[0]?.message);
      }}
    >
      <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor={id}>
        New title for ‘{workshop.scope.title}’
      </label>
      {error && (
        <span className="nhsuk-error-message" id={`${id}-error`}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </span>
      )}
      <input
        id={id}
        className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
        value={value}
        autoFocus
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setValue(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
        }}
      />
      <div className="app-inline-actions">
        <button type="submit" className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0">
          Save title
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
          onClick={onDone}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
