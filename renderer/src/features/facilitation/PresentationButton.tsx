import { useApp } from '../../store';

export function PresentationButton() {
  const presenting = useApp((s) => s.presenting);
  const setPresenting = useApp((s) => s.setPresenting);
  return (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
      aria-pressed={presenting}
      onClick={() => {
        setPresenting(!presenting);
      }}
    >
      {presenting ? 'Leave presentation mode (Esc)' : 'Presentation mode'}
    </button>
  );
}
