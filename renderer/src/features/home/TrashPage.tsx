import { useState } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import type { Workshop } from '@shared/domain';
import { useApp } from '../../store';
import { formatDateTime } from '../../lib/format';
import { usePageTitle } from '../../lib/usePageTitle';
import { NhsCell, NhsRow, NhsTable, type NhsColumn } from '../../components/NhsTable';

const TRASH_COLUMNS: readonly NhsColumn[] = [
  { key: 'title', label: 'Workshop' },
  { key: 'deleted', label: 'Moved to the Trash' },
  { key: 'actions', label: 'Actions', hidden: true },
];

export function TrashPage() {
  usePageTitle('Trash');
  const trashed = useApp(useShallow((s) => s.workshops.filter((w) => w.deletedAt !== null)));
  const [confirming, setConfirming] = useState<Workshop | null>(null);
  const [message, setMessage] = useState('');

  return (
    <>
      <Link href="/" className="nhsuk-back-link">
        Back to your workshops
      </Link>
      <h1 className="nhsuk-heading-l">Trash</h1>
      <p className="nhsuk-body">
        Workshops you move to the Trash stay here until you restore them or delete them forever.
      </p>
      <p className="nhsuk-u-visually-hidden" role="status">
        {message}
      </p>
      {confirming && (
        <ConfirmDelete
          workshop={confirming}
          onDone={(deleted) => {
            setMessage(deleted ? `‘${confirming.scope.title}’ was deleted forever.` : '');
            setConfirming(null);
          }}
        />
      )}
      {trashed.length === 0 ? (
        <div className="nhsuk-inset-text">
          <p>The Trash is empty.</p>
        </div>
      ) : (
        <NhsTable caption="Workshops in the Trash" columns={TRASH_COLUMNS}>
          {trashed.map((w) => (
            <TrashRow
              key={w.id}
              workshop={w}
              onDelete={() => {
                setConfirming(w);
              }}
              onRestored={setMessage}
            />
          ))}
        </NhsTable>
      )}
    </>
  );
}

function TrashRow({
  workshop,
  onDelete,
  onRestored,
}: {
  workshop: Workshop;
  onDelete: () => void;
  onRestored: (message: string) => void;
}) {
  const restore = useApp((s) => s.restoreWorkshop);
  const title = workshop.scope.title;
  return (
    <NhsRow>
      <NhsCell>{title}</NhsCell>
      <NhsCell>{workshop.deletedAt ? formatDateTime(workshop.deletedAt) : ''}</NhsCell>
      <NhsCell>
        <ul className="app-inline-actions">
          <li>
            <button
              type="button"
              className="app-link-button"
              onClick={() => {
                void restore(workshop.id).then(() => {
                  onRestored(`‘${title}’ was restored to your workshops.`);
                });
              }}
            >
              Restore<span className="nhsuk-u-visually-hidden"> {title}</span>
            </button>
          </li>
          <li>
            <button
              type="button"
              className="app-link-button app-link-button--danger"
              onClick={onDelete}
            >
              Delete forever<span className="nhsuk-u-visually-hidden"> {title}</span>
            </button>
          </li>
        </ul>
      </NhsCell>
    </NhsRow>
  );
}

function ConfirmDelete({
  workshop,
  onDone,
}: {
  workshop: Workshop;
  onDone: (deleted: boolean) => void;
}) {
  const deleteForever = useApp((s) => s.deleteWorkshopForever);
  return (
    <div
      className="nhsuk-warning-callout"
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
    >
      <h2 className="nhsuk-warning-callout__label" id="confirm-title">
        Delete ‘{workshop.scope.title}’ forever?
      </h2>
      <p id="confirm-text">
        Its scope, attendees, cards and actions will be removed from this device. This cannot be
        undone. Save a plan file first if you might need it again.
      </p>
      <div className="app-inline-actions">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0"
          autoFocus
          onClick={() => {
            void deleteForever(workshop.id).then(() => {
              onDone(true);
            });
          }}
        >
          Yes, delete forever
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          onClick={() => {
            onDone(false);
          }}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
