import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { STAR_ALSO_KNOWN_AS, STAR_NAME } from '@shared/domain';
import type { CentreNode as CentreNodeType } from '../boardModel';

/** The centre of the Star: the workshop's enablers. */
export const CentreNode = memo(function CentreNode({ data }: NodeProps<CentreNodeType>) {
  return (
    <div className="app-board-centre">
      <p className="app-board-centre__name">
        {STAR_NAME}
        <span className="app-board-centre__aka">{STAR_ALSO_KNOWN_AS}</span>
      </p>
      <p className="app-board-centre__title">Enablers</p>
      {data.enablers.length === 0 ? (
        <p className="app-board-centre__empty">No enablers listed</p>
      ) : (
        <ul className="app-board-centre__list">
          {data.enablers.map((e) => (
            <li key={e} dir="auto">
              {e}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
