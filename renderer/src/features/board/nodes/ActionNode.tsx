import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { RagStatus } from '@shared/domain';
import { formatDate } from '../../../lib/format';
import type { ActionNode as ActionNodeType } from '../boardModel';

const RAG_LABEL: Readonly<Record<RagStatus, string>> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Complete',
};

/** An action: title, owner, due date and RAG status (as a word as well as a colour). */
export const ActionNode = memo(function ActionNode({ data }: NodeProps<ActionNodeType>) {
  const { action, isMatch } = data;
  const rag = action.rag;
  return (
    <div
      className={`app-board-action${isMatch ? ' app-board-action--match' : ''}`}
      data-action-id={action.id}
    >
      <Handle
        type="target"
        position={Position.Left}
        className="app-board-handle"
        title="Drop an idea's link here"
      />
      <div className="app-board-action__head">
        <span className="app-board-action__kind">◆ Action</span>
        <span className={`app-board-action__rag app-board-action__rag--${rag ?? 'none'}`}>
          {rag ? RAG_LABEL[rag] : 'No status'}
        </span>
      </div>
      <p className="app-board-action__title" dir="auto">
        {action.title}
      </p>
      <p className="app-board-action__meta">
        <span dir="auto">{action.owner || 'No owner'}</span>
        {' · '}
        {action.dueDate ? `Due ${formatDate(action.dueDate)}` : 'No due date'}
      </p>
    </div>
  );
});
