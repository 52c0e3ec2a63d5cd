// The guide read in order: the topics, then keyboard shortcuts and About.
import { HELP_TOPICS } from './content';
import type { PageLink } from './HelpNav';

export const GUIDE_PAGES: readonly PageLink[] = [
  ...HELP_TOPICS.map((topic) => ({ href: `~/help/${topic.slug}`, title: topic.title })),
  { href: '~/help/shortcuts', title: 'Keyboard shortcuts' },
  { href: '~/help/about', title: 'About Star Workshop' },
];

/** The pages before and after this one, for the pagination at the foot of each page. */
export function neighbours(href: string): { previous?: PageLink; next?: PageLink } {
  const at = GUIDE_PAGES.findIndex((page) => page.href === href);
  if (at < 0) return {};
  const previous = GUIDE_PAGES[at - 1];
  const next = GUIDE_PAGES[at + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}
