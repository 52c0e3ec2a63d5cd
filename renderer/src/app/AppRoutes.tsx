import { Route, Switch } from 'wouter';
import { HomePage } from '../features/home/HomePage';
import { NewWorkshopPage } from '../features/home/NewWorkshopPage';
import { TrashPage } from '../features/home/TrashPage';
import { WorkshopRoutes } from '../features/workshop/WorkshopRoutes';
import { NotFound } from './NotFound';

export function AppRoutes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/new" component={NewWorkshopPage} />
      <Route path="/trash" component={TrashPage} />
      <Route path="/workshops/:id" nest>
        {(params) => <WorkshopRoutes workshopId={params.id} />}
      </Route>
      <Route component={NotFound} />
    </Switch>
  );
}
