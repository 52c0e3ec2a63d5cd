import { Link } from 'wouter';
import { usePageTitle } from '../lib/usePageTitle';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="nhsuk-heading-l">Page not found</h1>
      <p className="nhsuk-body">
        <Link href="/">Go to your workshops</Link>
      </p>
    </>
  );
}
