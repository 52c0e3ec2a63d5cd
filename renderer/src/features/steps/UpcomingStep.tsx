import { STAR_POINTS, type CaptureKind, type StepId } from '@shared/domain';

const CAPTURE: Partial<Record<StepId, CaptureKind>> = { current: 'current', gaps: 'gap', ideas: 'idea' };

/**
 * Steps whose capture screens arrive in a later release still give the facilitator the
 * point-by-point prompts to run the discussion.
 */
export function UpcomingStep({ stepId }: { stepId: StepId }) {
  const kind = CAPTURE[stepId];
  return (
    <>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>Capturing this step in the app is coming in the next release.</p>
      </div>
      {kind && (
        <>
          <h2 className="nhsuk-heading-m">Prompts for each point of the Star</h2>
          {STAR_POINTS.map((point) => (
            <section key={point.id} className="app-point" style={{ borderLeftColor: point.colour }} aria-labelledby={`prompts-${point.id}`}>
              <h3 className="nhsuk-heading-s" id={`prompts-${point.id}`}>
                {point.label}
              </h3>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {point.prompts[kind].map((prompt) => (
                  <li key={prompt}>{prompt}</li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </>
  );
}
