import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { SaveStatus } from './SaveStatus';
import { useFocusOnRouteChange } from './useFocusOnRouteChange';

/** NHS design system header and footer, without the NHS logo (reserved for NHS organisations). */
export function Layout({ children }: { children: ReactNode }) {
  useFocusOnRouteChange();
  return (
    <>
      <a className="nhsuk-skip-link" href="#maincontent" onClick={focusMain}>
        Skip to main content
      </a>
      <header className="nhsuk-header app-header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container app-header__container">
          <div className="nhsuk-header__service">
            <Link className="nhsuk-header__service-name app-header__name" href="/">
              <StarMark />
              Star Workshop
            </Link>
          </div>
          <div className="app-header__end">
            <SaveStatus />
            <HelpLink />
          </div>
        </div>
      </header>
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper app-main" id="maincontent" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="nhsuk-footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <p className="nhsuk-body-s app-footer__text">
            Star Workshop works offline. Your workshops are kept on this device only and are never
            sent anywhere.
          </p>
        </div>
      </footer>
    </>
  );
}

/** The way into the bundled user guide; says so to screen readers while the guide is open. */
function HelpLink() {
  const [location] = useLocation();
  const isHere = location === '/help' || location.startsWith('/help/');
  return (
    <Link className="app-header__help" href="/help" aria-current={isHere ? 'page' : undefined}>
      Help
    </Link>
  );
}

// Hash routing owns the URL fragment, so the skip link moves focus itself.
function focusMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('maincontent')?.focus();
}

function StarMark() {
  return (
    <svg
      className="app-header__mark"
      viewBox="0 0 24 24"
      width="28"
      height="28"
      aria-hidden="true"
      focusable="false"
    >
      <path
        fill="currentColor"
        d="M12 1.5l3.1 6.9 7.4.8-5.6 5 1.6 7.3L12 17.8l-6.5 3.7 1.6-7.3-5.6-5 7.4-.8z"
      />
    </svg>
  );
}
