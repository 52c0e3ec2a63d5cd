/** What other features may use from the workshop shell: the open workshop and its bars. */
export { useCurrentWorkshop, useCurrentWorkshopTitle } from './useCurrentWorkshop';
export { useStepStatuses } from './useStepStatuses';
export { UndoBar } from './UndoBar';
export { FollowingBanner } from './FollowingBanner';
