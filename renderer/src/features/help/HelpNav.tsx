// Small navigation pieces shared by the guide's pages.
import { Link } from 'wouter';

/** Back to the guide's contents (NHS back link). */
export function BackToGuide() {
  return (
    <Link href="~/help" className="nhsuk-back-link">
      Back to the user guide
    </Link>
  );
}

export interface PageLink {
  href: string;
  title: string;
}

/** Previous and next pages (NHS pagination), so the guide can be read in order. */
export function HelpPagination({ previous, next }: { previous?: PageLink; next?: PageLink }) {
  return (
    <nav className="nhsuk-pagination" role="navigation" aria-label="Guide pages">
      <ul className="nhsuk-list nhsuk-pagination__list">
        {previous && (
          <li className="nhsuk-pagination-item--previous">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--prev"
              href={previous.href}
              rel="prev"
            >
              <span className="nhsuk-pagination__title">
                Previous<span className="nhsuk-u-visually-hidden"> page</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{previous.title}</span>
              <Arrow direction="left" />
            </Link>
          </li>
        )}
        {next && (
          <li className="nhsuk-pagination-item--next">
            <Link
              className="nhsuk-pagination__link nhsuk-pagination__link--next"
              href={next.href}
              rel="next"
            >
              <span className="nhsuk-pagination__title">
                Next<span className="nhsuk-u-visually-hidden"> page</span>
              </span>
              <span className="nhsuk-u-visually-hidden">:</span>
              <span className="nhsuk-pagination__page">{next.title}</span>
              <Arrow direction="right" />
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

// The design system's arrow icons (nhsuk-frontend macros/icon.njk), drawn inline.
const ARROW_PATH = {
  left: 'M10.7 6.3c.4.4.4 1 0 1.4L7.4 11H19a1 1 0 0 1 0 2H7.4l3.3 3.3c.4.4.4 1 0 1.4a1 1 0 0 1-1.4 0l-5-5A1 1 0 0 1 4 12c0-.3.1-.5.3-.7l5-5a1 1 0 0 1 1.4 0Z',
  right:
    'm14.7 6.3 5 5c.2.2.3.4.3.7 0 .3-.1.5-.3.7l-5 5a1 1 0 0 1-1.4-1.4l3.3-3.3H5a1 1 0 0 1 0-2h11.6l-3.3-3.3a1 1 0 1 1 1.4-1.4Z',
} as const;

function Arrow({ direction }: { direction: keyof typeof ARROW_PATH }) {
  return (
    <svg
      className={`nhsuk-icon nhsuk-icon--arrow-${direction}`}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      focusable="false"
      aria-hidden="true"
    >
      <path d={ARROW_PATH[direction]} />
    </svg>
  );
}
