/** What other features may use from plan files: opening and saving one. */
export { OpenPlanPanel } from './OpenPlanPanel';
export { SavePlanSection } from './SavePlanSection';
