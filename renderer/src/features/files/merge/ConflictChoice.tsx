import type { Action, Card, Participant } from '@shared/domain';
import { BASE_SOURCE, type MergeConflict } from '@shared/planfile';
import { CARD_KIND_LABEL, starPoint } from '@shared/domain';
import { formatDate } from '../../../lib/format';

const KIND_LABEL: Readonly<Record<MergeConflict['kind'], string>> = {
  participant: 'Attendee',
  card: 'Card',
  action: 'Action',
};

/** The fields a facilitator compares, per kind; the rest rarely differ in practice. */
const describe = (
  kind: MergeConflict['kind'],
  item: Participant | Card | Action,
): [string, string][] => {
  if (kind === 'participant') {
    const p = item as Participant;
    return [
      ['Name', p.name || '—'],
      ['Role', p.role || '—'],
      ['Organisation', p.organisation || '—'],
      ['Staff group', p.staffGroup || '—'],
    ];
  }
  if (kind === 'card') {
    const c = item as Card;
    return [
      ['Text', c.text],
      ['Point', starPoint(c.point).label],
      ['Kind', CARD_KIND_LABEL[c.kind]],
      ['Votes', String(c.votes)],
      [
        'Impact / effort',
        c.impact === null ? 'Not placed' : `${String(c.impact)} / ${String(c.effort ?? '—')}`,
      ],
    ];
  }
  const a = item as Action;
  return [
    ['Title', a.title],
    ['Owner', a.owner || '—'],
    ['Due', a.dueDate ? formatDate(a.dueDate) : a.timescale || '—'],
    ['Status', a.rag ?? 'Not set'],
    ['Description', a.description || '—'],
  ];
};

const sourceLabel = (source: string): string =>
  source === BASE_SOURCE ? 'First file (base)' : source;

interface Props {
  readonly conflict: MergeConflict;
  readonly index: number;
  readonly choice: number;
  readonly onChoose: (choice: number) => void;
}

/** One item edited differently in two files: the versions side by side, pick one. */
export function ConflictChoice({ conflict, index, choice, onChoose }: Props) {
  const name = `conflict-${String(index)}`;
  return (
    <fieldset className="nhsuk-fieldset app-conflict">
      <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
        {KIND_LABEL[conflict.kind]} edited differently: choose the version to keep
      </legend>
      <div className="nhsuk-radios app-conflict__versions">
        {conflict.versions.map((version, v) => {
          const id = `${name}-${String(v)}`;
          return (
            <div className="nhsuk-radios__item app-conflict__version" key={id}>
              <input
                className="nhsuk-radios__input"
                id={id}
                name={name}
                type="radio"
                checked={choice === v}
                onChange={() => {
                  onChoose(v);
                }}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                Keep the version from {sourceLabel(version.source)}
              </label>
              <dl className="app-conflict__fields">
                {describe(conflict.kind, version.item).map(([k, value]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
