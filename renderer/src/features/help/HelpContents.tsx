// `#/help`: the guide's contents, in the order a facilitator meets each task.
import { Link } from 'wouter';
import { usePageTitle } from '../../lib/usePageTitle';
import { HELP_TOPICS } from './content';

export function HelpContents() {
  usePageTitle('User guide');
  return (
    <div className="app-help">
      <h1 className="nhsuk-heading-l">User guide</h1>
      <p className="nhsuk-lede-text">
        How to plan, run and follow up an HEE Star workshop with Star Workshop. This guide is part
        of the app, so it works offline.
      </p>
      <ul className="nhsuk-list app-help__contents">
        {HELP_TOPICS.map((topic) => (
          <li key={topic.slug}>
            <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-1">
              <Link href={`~/help/${topic.slug}`}>{topic.title}</Link>
            </h2>
            <p className="nhsuk-body-s">{topic.summary}</p>
          </li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-m">More help</h2>
      <ul className="nhsuk-list">
        <li>
          <Link href="~/help/shortcuts">Keyboard shortcuts</Link>
        </li>
        <li>
          <Link href="~/help/about">About Star Workshop, privacy and licences</Link>
        </li>
      </ul>
    </div>
  );
}
