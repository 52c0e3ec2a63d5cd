import { lazy, Suspense, useEffect } from 'react';
import { Link, Route, Switch } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { isStepId } from '@shared/domain';
import { useApp } from '../../store';
import { usePageTitle } from '../../lib/usePageTitle';
import { WorkshopOverview } from './WorkshopOverview';
import { StepPage } from './StepPage';
import { useWorkshopPresence } from './useWorkshopPresence';

// The board pulls in React Flow: load it only when someone opens it, so Home stays light.
const BoardPage = lazy(() => import('../board/BoardPage').then((m) => ({ default: m.BoardPage })));

/** Opens the workshop named in the address and routes to its overview or one of its steps. */
export function WorkshopRoutes({ workshopId }: { workshopId: string }) {
  const openWorkshop = useApp((s) => s.openWorkshop);
  const status = useApp((s) => (s.currentId === workshopId ? s.contentStatus : 'loading'));
  // Only what routing needs, so edits such as a new idea's number do not re-render the step.
  const workshop = useApp(
    useShallow((s) => {
      const w = s.workshops.find((x) => x.id === workshopId);
      return w ? { title: w.scope.title, deletedAt: w.deletedAt } : undefined;
    }),
  );

  useEffect(() => {
    void openWorkshop(workshopId);
  }, [openWorkshop, workshopId]);
  useWorkshopPresence(workshopId);

  if (!workshop || status === 'missing') return <WorkshopMissing />;
  if (status !== 'ready') {
    return (
      <p className="nhsuk-body" role="status">
        Opening ‘{workshop.title}’…
      </p>
    );
  }
  if (workshop.deletedAt !== null) return <WorkshopInTrash title={workshop.title} />;
  return (
    <Switch>
      <Route path="/" component={WorkshopOverview} />
      <Route path="/board">
        <Suspense
          fallback={
            <p className="nhsuk-body" role="status">
              Opening the Star board…
            </p>
          }
        >
          <BoardPage />
        </Suspense>
      </Route>
      <Route path="/:step">
        {(params) =>
          isStepId(params.step) ? <StepPage stepId={params.step} /> : <WorkshopMissing />
        }
      </Route>
    </Switch>
  );
}

function WorkshopMissing() {
  usePageTitle('Workshop not found');
  return (
    <>
      <h1 className="nhsuk-heading-l">Workshop not found</h1>
      <p className="nhsuk-body">It may have been deleted forever, or the address is wrong.</p>
      <p className="nhsuk-body">
        <Link href="~/">Go to your workshops</Link>
      </p>
    </>
  );
}

function WorkshopInTrash({ title }: { title: string }) {
  usePageTitle('Workshop in the Trash');
  return (
    <>
      <h1 className="nhsuk-heading-l">‘{title}’ is in the Trash</h1>
      <p className="nhsuk-body">
        Restore it from the <Link href="~/trash">Trash</Link> to work on it again.
      </p>
    </>
  );
}
