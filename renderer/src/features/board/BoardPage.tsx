import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import {
  BOARD_CARD,
  CARD_KINDS,
  boardGeometry,
  cardsPerPoint,
  ideaNumbersById,
  layoutCards,
  type CardKind,
  type StarPointId,
} from '@shared/domain';
import { usePageTitle } from '../../lib/usePageTitle';
import { getAppStore, useApp } from '../../store';
import { PresentationButton } from '../facilitation';
import { FollowingBanner, UndoBar, useCurrentWorkshop } from '../workshop';
import { AddCardForm } from './AddCardForm';
import { BoardCanvas } from './BoardCanvas';
import { BoardContext, type BoardCommands } from './boardContext';
import { BoardListView } from './BoardListView';
import { BoardToolbar } from './BoardToolbar';
import { CardToolsPanel } from './CardToolsPanel';
import { BoardExport } from './BoardExport';
import { matchesSearch, type BoardFilters } from './boardModel';
import { useBoardModel } from './useBoardModel';
import { pointLabel } from './nodes/cardLabels';

/** The Star board: the room's main view of the workshop, on a React Flow canvas. */
export function BoardPage() {
  return (
    <ReactFlowProvider>
      <Board />
    </ReactFlowProvider>
  );
}

function Board() {
  const workshop = useCurrentWorkshop();
  usePageTitle(`Star board – ${workshop.scope.title}`);
  const flow = useReactFlow();
  const following = useApp((s) => s.editAccess === 'following');
  const cards = useApp((s) => s.cards);
  const actions = useApp((s) => s.actions);
  const [kinds, setKinds] = useState<ReadonlySet<CardKind>>(new Set(CARD_KINDS));
  const [point, setPoint] = useState<StarPointId | null>(null);
  const [search, setSearch] = useState('');
  const [revealed, setRevealed] = useState<ReadonlySet<StarPointId> | null>(null);
  const [asList, setAsList] = useState(false);
  const [toolsFor, setToolsFor] = useState<string | null>(null);
  const [addPoint, setAddPoint] = useState<StarPointId>('supply');
  const [announcement, setAnnouncement] = useState('');
  const addText = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // The board uses the whole window width; the class goes when the board closes.
  useEffect(() => {
    document.documentElement.classList.add('app-board-open');
    heading.current?.focus();
    return () => {
      document.documentElement.classList.remove('app-board-open');
    };
  }, []);

  const filters = useMemo<BoardFilters>(
    () => ({ kinds, point, revealed, search }),
    [kinds, point, revealed, search],
  );
  const { nodes, geometry } = useBoardModel(filters);
  const numbers = useMemo(() => ideaNumbersById(cards), [cards]);
  const matches = useMemo(
    () =>
      search.trim() === ''
        ? 0
        : cards.filter((c) => matchesSearch(c.text, search)).length +
          actions.filter((a) => matchesSearch(`${a.title} ${a.owner}`, search)).length,
    [cards, actions, search],
  );

  const announce = useCallback((message: string) => {
    // A fresh string each time, so the same message is announced again.
    setAnnouncement((prev) => (prev === message ? `${message}\u00a0` : message));
  }, []);

  const commands = useMemo<BoardCommands>(
    () => ({
      geometry,
      openCardTools: setToolsFor,
      addInPoint: (p) => {
        setAddPoint(p);
        addText.current?.focus();
      },
      announce,
    }),
    [geometry, announce],
  );

  const closeTools = (): void => {
    const id = toolsFor;
    setToolsFor(null);
    // Back to the card the tools were opened from, if it is still there.
    requestAnimationFrame(() => {
      document.querySelector<HTMLElement>(`[data-card-id="${id ?? ''}"]`)?.focus();
    });
  };

  /** New cards appear where the room can see them: centre the view on the new card. */
  const showNewCard = (cardId: string, p: StarPointId): void => {
    const all = getAppStore().getState().cards;
    const at = layoutCards(all, boardGeometry(cardsPerPoint(all), actions.length)).get(cardId);
    announce(`Card added to ${pointLabel(p)}.`);
    if (at && !asList) {
      void flow.setCenter(at.x + BOARD_CARD.width / 2, at.y + BOARD_CARD.height / 2, {
        zoom: Math.max(flow.getZoom(), 0.6),
        duration: 300,
      });
    }
  };

  return (
    <div className="app-board-page">
      <div className="app-board-header">
        <div>
          <Link href="/" className="nhsuk-back-link app-board-header__back">
            Back to workshop steps
          </Link>
          <span className="nhsuk-caption-m">{workshop.scope.title}</span>
          <h1 className="nhsuk-heading-l app-board-header__title" tabIndex={-1} ref={heading}>
            Star board
          </h1>
        </div>
        <div className="app-board-header__tools">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
            aria-pressed={asList}
            onClick={() => {
              setAsList(!asList);
            }}
          >
            {asList ? 'Show as board' : 'Show as list'}
          </button>
          <BoardExport geometry={geometry} />
          <PresentationButton />
          {!following && <UndoBar />}
        </div>
      </div>
      <FollowingBanner />
      {!following && (
        <AddCardForm
          ref={addText}
          point={addPoint}
          onPointChange={setAddPoint}
          onAdded={showNewCard}
        />
      )}
      <BoardToolbar
        geometry={geometry}
        kinds={kinds}
        onKinds={setKinds}
        point={point}
        onPoint={setPoint}
        search={search}
        onSearch={setSearch}
        matches={matches}
        revealed={revealed}
        onRevealed={setRevealed}
      />
      <p className="nhsuk-u-visually-hidden" id="board-card-help">
        Arrow keys move the card, Shift for bigger steps. Enter edits its text. M opens its tools to
        move it to another point or link it to an action. Delete deletes it.
      </p>
      <div className="app-board-body">
        <BoardContext.Provider value={commands}>
          {asList ? (
            <BoardListView filters={filters} numbers={numbers} onTools={setToolsFor} />
          ) : (
            <div className="app-board-canvas" aria-label="Star board canvas" role="region">
              <BoardCanvas
                nodes={nodes}
                geometry={geometry}
                filters={filters}
                isEditable={!following}
                announce={announce}
              />
            </div>
          )}
        </BoardContext.Provider>
        {toolsFor !== null && (
          <CardToolsPanel
            cardId={toolsFor}
            number={numbers.get(toolsFor) ?? null}
            onClose={closeTools}
            announce={announce}
          />
        )}
      </div>
      <p className="nhsuk-u-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
