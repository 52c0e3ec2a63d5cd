import { useEffect } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { useApp } from '../store';
import { StartupFailure } from './StartupFailure';
import { Layout } from './Layout';
import { AppRoutes } from './AppRoutes';
import { MenuCommands } from './MenuCommands';
import { useAppLifecycle } from './useAppLifecycle';
import { usePresentationMode } from '../features/facilitation/usePresentationMode';

/**
 * Hash routing: every screen has its own address, and the same build works from app:// in
 * Electron and from any static server, with no server-side routing.
 */
export function App() {
  const status = useApp((s) => s.libraryStatus);
  const failure = useApp((s) => s.startupFailure);
  const loadLibrary = useApp((s) => s.loadLibrary);
  useAppLifecycle();
  usePresentationMode();

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  return (
    <Router hook={useHashLocation}>
      {/* Desktop menus (issue 12): does nothing in the browser. */}
      <MenuCommands />
      <Layout>
        {status === 'failed' && failure ? (
          <StartupFailure failure={failure} />
        ) : status === 'loading' ? (
          <p className="nhsuk-body" role="status">
            Opening your workshops…
          </p>
        ) : (
          <AppRoutes />
        )}
      </Layout>
    </Router>
  );
}
