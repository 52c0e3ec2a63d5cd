/**
 * The bundled user guide (issue 12): `#/help` contents, `#/help/<topic>`, keyboard shortcuts and
 * About. Loaded on first use so Home stays light; everything is in the bundle, so it works
 * offline, in the desktop app and in the browser.
 */
import { Route, Switch } from 'wouter';
import { NotFound } from '../../app/NotFound';
import { AboutPage } from './AboutPage';
import { HelpContents } from './HelpContents';
import { HelpTopicPage } from './HelpTopicPage';
import { ShortcutsPage } from './ShortcutsPage';

export function HelpRoutes() {
  return (
    <Switch>
      <Route path="/" component={HelpContents} />
      <Route path="/shortcuts" component={ShortcutsPage} />
      <Route path="/about" component={AboutPage} />
      <Route path="/:topic">{(params) => <HelpTopicPage slug={params.topic} />}</Route>
      <Route component={NotFound} />
    </Switch>
  );
}
