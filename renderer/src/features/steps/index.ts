/** The screen for each step of a workshop, for the workshop shell to show. */
export { ScopeStep } from './scope/ScopeStep';
export { PeopleStep } from './people/PeopleStep';
export { CaptureStep } from './capture/CaptureStep';
export { PrioritiseStep } from './prioritise/PrioritiseStep';
export { ActionPlanStep } from './actions/ActionPlanStep';
export { ReviewStep } from './review/ReviewStep';
