import { useEffect } from 'react';
import { useApp } from '../../store';

/**
 * Presentation mode for projecting: larger type and no app chrome. The class sits on <html> so
 * the header and footer, outside the step, hide too. Escape leaves it.
 */
export const usePresentationMode = (): void => {
  const presenting = useApp((s) => s.presenting);
  const setPresenting = useApp((s) => s.setPresenting);
  useEffect(() => {
    document.documentElement.classList.toggle('app-presenting', presenting);
    if (!presenting) return;
    // Start from the step's heading: the room should see where we are.
    window.scrollTo({ top: 0 });
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.documentElement.classList.remove('app-presenting');
    };
  }, [presenting, setPresenting]);
};
