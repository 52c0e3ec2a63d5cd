/**
 * Links between ideas and actions, as the board edits them. One place to change when the
 * action-to-idea link model changes.
 */
import type { Action, ActionInput } from '@shared/domain';

export const linkedIdeaIds = (action: Action): readonly string[] =>
  action.sourceCardId === null ? [] : [action.sourceCardId];

export const linkPatch = (_action: Action, ideaId: string): ActionInput => ({
  sourceCardId: ideaId,
});

export const unlinkPatch = (action: Action, ideaId: string): ActionInput | null =>
  action.sourceCardId === ideaId ? { sourceCardId: null } : null;
