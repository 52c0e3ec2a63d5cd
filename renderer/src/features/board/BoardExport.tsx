import { useState } from 'react';
import { boardSvg, ideaNumbersById, type BoardGeometry } from '@shared/domain';
import { todayLocal } from '../../lib/today';
import { getPlatform } from '../../platform';
import { getAppStore } from '../../store';
import { linkedIdeaIds } from './boardLinks';
import { boardFileName, svgToPng } from './boardImage';

/** Save the board as SVG (vector) or PNG (2× for slides), drawn from the same layout. */
export function BoardExport({ geometry }: { geometry: BoardGeometry }) {
  const [message, setMessage] = useState('');

  const save = async (format: 'svg' | 'png'): Promise<void> => {
    const state = getAppStore().getState();
    const workshop = state.workshops.find((w) => w.id === state.currentId);
    if (!workshop) return;
    const svg = boardSvg({
      title: workshop.scope.title,
      cards: state.cards,
      actions: state.actions,
      enablers: workshop.enablers,
      geometry,
      ideaNumbers: ideaNumbersById(state.cards),
      linkedIdeaIds,
    });
    setMessage(format === 'png' ? 'Drawing the picture…' : '');
    let data: string | Uint8Array;
    try {
      data = format === 'svg' ? svg : await svgToPng(svg, 2);
    } catch {
      setMessage('The picture could not be drawn. Try the SVG instead; nothing was saved.');
      return;
    }
    const result = await getPlatform().saveFile({
      suggestedName: boardFileName(workshop, todayLocal(), format),
      kind: format,
      data,
    });
    switch (result.status) {
      case 'saved':
        setMessage(`Board saved as ${result.name}`);
        break;
      case 'downloaded':
        setMessage(`Board saved to your downloads as ${result.name}`);
        break;
      case 'cancelled':
        setMessage('Saving was cancelled. Nothing was saved.');
        break;
      case 'failed':
        setMessage(`Board not saved. ${result.reason}`);
        break;
    }
  };

  return (
    <div className="app-board-export">
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        onClick={() => void save('svg')}
      >
        Save as SVG
      </button>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        onClick={() => void save('png')}
      >
        Save as PNG
      </button>
      <span className="nhsuk-body-s app-board-export__message" role="status">
        {message}
      </span>
    </div>
  );
}
