/**
 * Links between ideas and actions, as the board edits them: an action's `ideaIds`, changed
 * through the same domain helper the action plan uses.
 */
import { withIdeaLink, type Action, type ActionInput } from '@shared/domain';

export const linkedIdeaIds = (action: Action): readonly string[] => action.ideaIds;

export const linkPatch = (action: Action, ideaId: string): ActionInput => ({
  ideaIds: withIdeaLink(action, ideaId, true),
});

export const unlinkPatch = (action: Action, ideaId: string): ActionInput | null =>
  action.ideaIds.includes(ideaId) ? { ideaIds: withIdeaLink(action, ideaId, false) } : null;
