import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/HomePage';
import { NewWorkshopPage } from '../features/home/NewWorkshopPage';
import { TrashPage } from '../features/home/TrashPage';
import { NotFound } from './NotFound';
// Plan files (issue 5): the app-wide file services (backups, files opened by the system).
import { PlanFileServices } from '../features/files/PlanFileServices';

// Home must be interactive fast, so every other large screen loads on first use. They are
// local files in the bundle, so this never touches the network.
const WorkshopRoutes = lazy(() =>
  import('../features/workshop/WorkshopRoutes').then((m) => ({ default: m.WorkshopRoutes })),
);
const ImportPreviewPage = lazy(() =>
  import('../features/files/ImportPreviewPage').then((m) => ({ default: m.ImportPreviewPage })),
);
const MergePage = lazy(() =>
  import('../features/files/merge/MergePage').then((m) => ({ default: m.MergePage })),
);
// The user guide (issue 12), with its licences, only loads when someone asks for help.
const HelpRoutes = lazy(() =>
  import('../features/help/HelpRoutes').then((m) => ({ default: m.HelpRoutes })),
);
const BackupsPage = lazy(() =>
  import('../features/files/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })),
);

function Loading() {
  return (
    <p className="nhsuk-body" role="status">
      Loading…
    </p>
  );
}

export function AppRoutes() {
  return (
    <>
      <PlanFileServices />
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/" component={HomePage} />
          <Route path="/new" component={NewWorkshopPage} />
          <Route path="/trash" component={TrashPage} />
          <Route path="/import" component={ImportPreviewPage} />
          <Route path="/merge" component={MergePage} />
          <Route path="/backups">{() => <BackupsPage />}</Route>
          <Route path="/backups/:workshopId">
            {(params) => <BackupsPage workshopId={params.workshopId} />}
          </Route>
          <Route path="/help" nest>
            <HelpRoutes />
          </Route>
          <Route path="/workshops/:id" nest>
            {(params) => <WorkshopRoutes workshopId={params.id} />}
          </Route>
          <Route component={NotFound} />
        </Switch>
      </Suspense>
    </>
  );
}
