import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { STEPS, type StepId } from '@shared/domain';
import { usePageTitle } from '../../lib/usePageTitle';
import { StepNav } from './StepNav';
import { StepFooter } from './StepFooter';
import { useCurrentWorkshopTitle } from './useCurrentWorkshop';
import { UndoBar } from './UndoBar';
import { FollowingBanner } from './FollowingBanner';
import { FacilitatorNotes, PresentationButton, StepTimerPanel } from '../facilitation';
import { useApp } from '../../store';
import {
  ActionPlanStep,
  CaptureStep,
  PeopleStep,
  PrioritiseStep,
  ReviewStep,
  ScopeStep,
} from '../steps';

const STEP_COMPONENTS: Record<StepId, () => React.JSX.Element> = {
  scope: ScopeStep,
  people: PeopleStep,
  current: () => <CaptureStep kind="current" />,
  gaps: () => <CaptureStep kind="gap" />,
  ideas: () => <CaptureStep kind="idea" />,
  prioritise: PrioritiseStep,
  actions: ActionPlanStep,
  review: ReviewStep,
};

export function StepPage({ stepId }: { stepId: StepId }) {
  // Only the title: the step must not re-render when, say, the idea counter moves on.
  const title = useCurrentWorkshopTitle();
  const step = STEPS.find((s) => s.id === stepId) ?? STEPS[0];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const following = useApp((s) => s.editAccess === 'following');
  usePageTitle(`${step?.label ?? ''} – ${title}`);

  // Moving between steps is a page change: put focus on the new heading for screen readers.
  useEffect(() => {
    headingRef.current?.focus();
  }, [stepId]);

  if (!step) return null;
  const Content = STEP_COMPONENTS[step.id];
  return (
    <div className="app-step-page">
      <StepNav current={step.id} />
      <div>
        <Link href="/" className="nhsuk-back-link">
          Back to workshop steps
        </Link>
        <span className="nhsuk-caption-l">
          Step {step.number} of {STEPS.length} · {title}
        </span>
        <h1 className="nhsuk-heading-l app-step-heading" tabIndex={-1} ref={headingRef}>
          {step.label}
        </h1>
        <p className="nhsuk-lede-text">{step.summary}</p>
        <FollowingBanner />
        <div className="app-step-tools">
          <StepTimerPanel stepId={step.id} />
          <div className="app-step-tools__side">
            <Link
              href="/board"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            >
              Star board
            </Link>
            <PresentationButton />
            {!following && <UndoBar />}
          </div>
        </div>
        <FacilitatorNotes stepId={step.id} />
        {/* A disabled fieldset makes every control read-only while another window edits. */}
        <fieldset className="app-step-content" disabled={following}>
          <legend className="nhsuk-u-visually-hidden">{step.label}</legend>
          <Content />
          <StepFooter stepId={step.id} />
        </fieldset>
      </div>
    </div>
  );
}
