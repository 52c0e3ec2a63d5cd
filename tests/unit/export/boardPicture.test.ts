import { beforeEach, describe, expect, it } from 'vitest';
import { contains, type WorkshopContent } from '@shared/domain';
import { buildDocumentModel, DEFAULT_SECTIONS } from '../../../renderer/src/features/export/layout';
import type { BoardPicture } from '../../../renderer/src/features/export/model';
import { makeRealisticWorkshop, resetFactories } from '../../helpers/factories';

const boardOf = (content: WorkshopContent): BoardPicture => {
  const model = buildDocumentModel(content, {
    sections: DEFAULT_SECTIONS,
    anonymise: false,
    landscapeActions: false,
    exportedAt: '2027-02-15T10:30:00.000Z',
    planId: 'plan-42',
    formatVersion: 2,
    appVersion: '9.8.7',
  });
  const section = model.sections.find((s) => s.kind === 'board');
  if (section?.kind !== 'board') throw new Error('no board section');
  return section.board;
};

beforeEach(resetFactories);

describe('the board page of the PDF', () => {
  it('puts every card in its own point, labelled with its kind or idea number', () => {
    const content = makeRealisticWorkshop();
    const board = boardOf(content);
    expect(board.cards).toHaveLength(content.cards.length);
    for (const card of content.cards) {
      const drawn = board.cards.find((c) => c.id === card.id);
      const zone = board.zones.find((z) => z.label === labelOf(card.point));
      expect(drawn && zone && contains(zone, drawn)).toBe(true);
      if (card.kind === 'idea') expect(drawn?.ref).toBe(`I${String(card.number)}`);
    }
  });

  it('draws each action with its plan reference and a line from each linked idea', () => {
    const content = makeRealisticWorkshop();
    const board = boardOf(content);
    expect(board.actions.map((a) => a.ref)).toEqual(
      content.actions.map((_, i) => `A${String(i + 1)}`).sort(byNumber),
    );
    const expected = content.actions.flatMap((a) =>
      a.ideaIds.map((cardId) => ({ cardId, actionId: a.id })),
    );
    expect(board.links).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('keeps a card where the room placed it on the board', () => {
    const content = makeRealisticWorkshop();
    const [first] = content.cards;
    if (!first) throw new Error('no cards');
    const moved = { ...first, position: { x: 300, y: 200 } };
    const board = boardOf({ ...content, cards: [moved, ...content.cards.slice(1)] });
    const zone = board.zones.find((z) => z.label === labelOf(first.point));
    const drawn = board.cards.find((c) => c.id === first.id);
    expect(drawn?.x).toBe((zone?.x ?? 0) + 300);
    expect(drawn?.y).toBe((zone?.y ?? 0) + 200);
  });
});

const LABELS: Record<string, string> = {
  supply: 'Supply',
  upskilling: 'Upskilling',
  'new-roles': 'New roles',
  'new-ways': 'New ways of working',
  leadership: 'Leadership',
};
const labelOf = (point: string): string => LABELS[point] ?? point;
const byNumber = (a: string, b: string): number => Number(a.slice(1)) - Number(b.slice(1));
