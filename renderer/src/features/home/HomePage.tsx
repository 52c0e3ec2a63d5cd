import { useState } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store';
import { usePageTitle } from '../../lib/usePageTitle';
import { plural } from '../../lib/format';
import { WorkshopTable } from './WorkshopTable';
import { OpenPlanPanel } from '../files';

export function HomePage() {
  usePageTitle('Your workshops');
  const live = useApp(useShallow((s) => s.workshops.filter((w) => w.deletedAt === null)));
  const trashCount = useApp((s) => s.workshops.filter((w) => w.deletedAt !== null).length);
  const restore = useApp((s) => s.restoreWorkshop);
  const [trashed, setTrashed] = useState<{ id: string; title: string } | null>(null);

  return (
    <>
      {trashed && (
        <div
          className="nhsuk-notification-banner nhsuk-notification-banner--success"
          role="alert"
          aria-labelledby="trash-banner-title"
        >
          <div className="nhsuk-notification-banner__header">
            <h2 className="nhsuk-notification-banner__title" id="trash-banner-title">
              Moved to the Trash
            </h2>
          </div>
          <div className="nhsuk-notification-banner__content">
            <p className="nhsuk-notification-banner__heading">
              ‘{trashed.title}’ is in the Trash. You can restore it at any time.
            </p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
              onClick={() => {
                void restore(trashed.id);
                setTrashed(null);
              }}
            >
              Undo
            </button>
          </div>
        </div>
      )}
      <div className="app-page-heading">
        <h1 className="nhsuk-heading-l">Your workshops</h1>
        <Link
          href="/new"
          className="nhsuk-button nhsuk-u-margin-bottom-0"
          role="button"
          draggable={false}
        >
          New workshop
        </Link>
      </div>
      <p className="nhsuk-lede-text">
        Run a workshop on the HEE Star (now also the NHS England STAR) and leave with an action
        plan: Supply, Upskilling, New roles, New ways of working and Leadership.
      </p>
      {live.length === 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>You have no workshops yet. Select New workshop to start one.</p>
        </div>
      ) : (
        <WorkshopTable workshops={live} onTrashed={setTrashed} />
      )}
      <p className="nhsuk-body">
        <Link href="/trash">Trash ({plural(trashCount, 'workshop')})</Link>
      </p>
      {/* Open a plan file (or drop one), merge breakouts, restore backups, recent files. */}
      <OpenPlanPanel />
    </>
  );
}
