// `#/help/about`: what the app is, its version, the privacy promise and third-party licences.
import { APP_NAME } from '@shared/version';
import { usePageTitle } from '../../lib/usePageTitle';
import { neighbours } from './guidePages';
import { BackToGuide, HelpPagination } from './HelpNav';
import licences from './licences.json';
import { useAppInfo } from './useAppInfo';

interface Licensed {
  name: string;
  version: string;
  licence: string;
  text: string | null;
}

function LicenceItem({ item }: { item: Licensed }) {
  return (
    <li>
      <p className="nhsuk-body nhsuk-u-margin-bottom-2">
        <strong>{item.name}</strong> {item.version}: {item.licence}
      </p>
      {item.text === null ? (
        <p className="nhsuk-body-s">This package does not include a separate licence file.</p>
      ) : (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              Licence text<span className="nhsuk-u-visually-hidden"> for {item.name}</span>
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <pre className="app-help__licence">{item.text}</pre>
          </div>
        </details>
      )}
    </li>
  );
}

export function AboutPage() {
  usePageTitle(`About ${APP_NAME}`);
  const info = useAppInfo();
  return (
    <div className="app-help">
      <BackToGuide />
      <h1 className="nhsuk-heading-l">About {info?.name ?? APP_NAME}</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Version</dt>
          <dd className="nhsuk-summary-list__value" data-testid="app-version">
            {info?.version ?? '…'}
          </dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Model</dt>
          <dd className="nhsuk-summary-list__value">HEE Star (NHS England STAR)</dd>
        </div>
      </dl>
      <p className="nhsuk-body">
        Star Workshop helps NHS teams run HEE Star workshops: look at a workforce challenge from the
        5 points of the Star and leave with an action plan. Health Education England merged into NHS
        England in April 2023, so newer material calls it the NHS England STAR.
      </p>

      <h2 className="nhsuk-heading-m">Privacy</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>Star Workshop works offline. It never sends your workshops anywhere.</li>
        <li>It has no accounts and collects no usage data (no telemetry).</li>
        <li>Your workshops are kept on this device only.</li>
        <li>Names are optional and only added with the person’s consent.</li>
      </ul>

      <h2 className="nhsuk-heading-m">Third-party licences</h2>
      <p className="nhsuk-body">
        Star Workshop is built with open-source software. These are the packages and fonts included
        in the app. The desktop app also includes Electron and Chromium: their licences are in the
        files LICENSE and LICENSES.chromium.html in its installation folder.
      </p>
      <ul className="nhsuk-list app-help__licences">
        {[...licences.packages, ...licences.assets].map((item) => (
          <LicenceItem key={item.name} item={item} />
        ))}
      </ul>
      <HelpPagination {...neighbours('~/help/about')} />
    </div>
  );
}
