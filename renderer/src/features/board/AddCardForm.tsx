import { forwardRef, useState } from 'react';
import { CARD_KINDS, CARD_KIND_LABEL, type CardKind, type StarPointId } from '@shared/domain';
import { useApp } from '../../store';
import { StarPointOptions } from '../../components/StarPointOptions';

interface Props {
  readonly point: StarPointId;
  readonly onPointChange: (point: StarPointId) => void;
  readonly onAdded: (cardId: string, point: StarPointId) => void;
}

/** Add a card from the toolbar; a double-click on a zone chooses the point and focuses here. */
export const AddCardForm = forwardRef<HTMLInputElement, Props>(function AddCardForm(
  { point, onPointChange, onAdded },
  textRef,
) {
  const addCard = useApp((s) => s.addCard);
  const [kind, setKind] = useState<CardKind>('idea');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: React.SyntheticEvent<HTMLFormElement>): void => {
    e.preventDefault();
    const result = addCard(kind, point, text);
    if (!result.ok) {
      setError(result.errors[0]?.message ?? 'Check the card text');
      return;
    }
    setText('');
    setError(null);
    onAdded(result.value.id, point);
  };

  return (
    <form className="app-board-add" onSubmit={submit} aria-label="Add a card to the board">
      <div className="app-board-add__field">
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-add-kind">
          Type
        </label>
        <select
          id="board-add-kind"
          className="nhsuk-select"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as CardKind);
          }}
        >
          {CARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {CARD_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="app-board-add__field">
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-add-point">
          Star point
        </label>
        <select
          id="board-add-point"
          className="nhsuk-select"
          value={point}
          onChange={(e) => {
            onPointChange(e.target.value as StarPointId);
          }}
        >
          <StarPointOptions />
        </select>
      </div>
      <div
        className={`app-board-add__field app-board-add__field--text${error ? ' nhsuk-form-group--error' : ''}`}
      >
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor="board-add-text">
          Card text
        </label>
        {error && (
          <span className="nhsuk-error-message" id="board-add-error" role="alert">
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <input
          ref={textRef}
          id="board-add-text"
          className={`nhsuk-input${error ? ' nhsuk-input--error' : ''}`}
          value={text}
          dir="auto"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'board-add-error' : undefined}
          onChange={(e) => {
            setText(e.target.value);
          }}
        />
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--small nhsuk-u-margin-bottom-0">
        Add card
      </button>
    </form>
  );
});
