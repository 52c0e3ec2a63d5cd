/**
 * Text someone typed or imported, isolated from the text around it: `<bdi>` gives it its own
 * direction (so an Arabic or Hebrew name cannot pull the label beside it out of order), and
 * the cleaner from shared/domain/text.ts drops any override or invisible character that an
 * older stored value may still hold. Always rendered as text, never as HTML.
 */
import { cleanUserText } from '@shared/domain/text';

export function UserText({
  children,
  singleLine = false,
  className,
}: {
  children: string;
  /** Tabs and line breaks shown as spaces (names, titles, file names). */
  singleLine?: boolean;
  className?: string;
}) {
  return <bdi className={className}>{cleanUserText(children, { singleLine })}</bdi>;
}
