/** What other features may use from facilitation: timers, notes and presentation mode. */
export { FacilitatorNotes } from './FacilitatorNotes';
export { PresentationButton } from './PresentationButton';
export { StepTimerPanel } from './StepTimerPanel';
export { usePresentationMode } from './usePresentationMode';
