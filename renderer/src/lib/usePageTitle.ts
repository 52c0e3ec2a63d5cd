import { useEffect } from 'react';

/** Each screen names itself in the window title, as screen-reader users expect. */
export const usePageTitle = (title: string): void => {
  useEffect(() => {
    document.title = title ? `${title} – Star Workshop` : 'Star Workshop';
  }, [title]);
};
