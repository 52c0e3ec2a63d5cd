import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';

/** How long to wait for a lazily loaded screen (or an opening workshop) to show its heading. */
const MAX_FRAMES = 300;

/**
 * A route change is a page change (WCAG 2.4.3): when the control that was pressed has gone
 * with the old screen, focus would fall to <body> and a screen reader would be lost. Put it on
 * the new screen's heading instead (made focusable with tabindex -1), as soon as it appears.
 * Focus that a screen placed on purpose (an autofocused field) is left alone, and the first
 * load of the app is not a route change.
 */
export const useFocusOnRouteChange = (): void => {
  const [location] = useLocation();
  const isFirst = useRef(true);

  useEffect(() => {
    if (isFirst.current) {
      isFirst.current = false;
      return;
    }
    let frames = 0;
    let frame = 0;
    const tick = (): void => {
      if (!isLost(document.activeElement)) return;
      // While a lazy screen loads, React keeps the old one mounted but hidden: skip its heading.
      const heading = Array.from(document.querySelectorAll<HTMLElement>('main h1')).find(isShown);
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
        return;
      }
      frames += 1;
      if (frames < MAX_FRAMES) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [location]);
};

const isShown = (el: Element): boolean => el.isConnected && el.getClientRects().length > 0;

/** Nothing has focus, or the focused control went with the old screen (removed or hidden). */
const isLost = (active: Element | null): boolean =>
  !active || active === document.body || !isShown(active);
