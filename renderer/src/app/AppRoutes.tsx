import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/HomePage';
import { NewWorkshopPage } from '../features/home/NewWorkshopPage';
import { TrashPage } from '../features/home/TrashPage';
import { WorkshopRoutes } from '../features/workshop/WorkshopRoutes';
import { NotFound } from './NotFound';
// Plan files (issue 5): import preview, merge, backups, and the app-wide file services.
import { BackupsPage } from '../features/files/backups/BackupsPage';
import { ImportPreviewPage } from '../features/files/ImportPreviewPage';
import { MergePage } from '../features/files/merge/MergePage';
import { PlanFileServices } from '../features/files/PlanFileServices';

export function AppRoutes() {
  return (
    <>
      <PlanFileServices />
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
        <Route path="/workshops/:id" nest>
          {(params) => <WorkshopRoutes workshopId={params.id} />}
        </Route>
        <Route component={NotFound} />
      </Switch>
    </>
  );
}
