/** What other features may use from plan files: opening, saving and naming a plan file. */
export { OpenPlanPanel } from './OpenPlanPanel';
export { SavePlanSection } from './SavePlanSection';
export { workshopFileName, type WorkshopFileNameOptions } from './workshopFileName';
