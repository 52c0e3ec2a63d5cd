import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  cardSchema,
  participantSchema,
  STAR_POINT_IDS,
  workshopSchema,
} from '@shared/domain';
import {
  makeAction,
  makeCard,
  makeRealisticWorkshop,
  makeWorkshop,
  resetFactories,
} from '../../helpers/factories';

describe('test factories', () => {
  it('build the realistic workshop from data the app itself accepts', () => {
    const { workshop, participants, cards, actions } = makeRealisticWorkshop();
    expect(workshopSchema.safeParse(workshop).success).toBe(true);
    for (const p of participants) expect(participantSchema.safeParse(p).success).toBe(true);
    for (const c of cards) expect(cardSchema.safeParse(c).success).toBe(true);
    for (const a of actions) expect(actionSchema.safeParse(a).success).toBe(true);
    const everything = [...participants, ...cards, ...actions];
    expect(everything.every((e) => e.workshopId === workshop.id)).toBe(true);
    expect(new Set(everything.map((e) => e.id)).size).toBe(everything.length);
  });

  it('cover every point and kind, Unicode names and linked ideas', () => {
    const { participants, cards, actions } = makeRealisticWorkshop();
    for (const point of STAR_POINT_IDS) {
      for (const kind of ['current', 'gap', 'idea'] as const) {
        expect(
          cards.filter((c) => c.point === point && c.kind === kind).length,
        ).toBeGreaterThanOrEqual(2);
      }
    }
    const names = participants.map((p) => p.name).join(' ');
    for (const n of ['Zoë', 'Łukasz', 'Siân', 'Ŵyn', 'Ørsted']) expect(names).toContain(n);
    expect(actions.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(cards.map((c) => c.id));
    for (const a of actions) for (const id of a.ideaIds) expect(ids.has(id)).toBe(true);
  });

  it('make the same realistic workshop every time, whatever was made before', () => {
    const first = makeRealisticWorkshop();
    makeCard();
    makeAction();
    expect(makeRealisticWorkshop()).toEqual(first);
  });

  it('give counter ids and a ticking clock that reset', () => {
    resetFactories();
    const a = makeWorkshop();
    const b = makeCard();
    expect([a.id, b.id]).toEqual(['workshop-1', 'card-2']);
    expect(b.createdAt > a.createdAt).toBe(true);
    resetFactories();
    expect(makeWorkshop().id).toBe('workshop-1');
  });

  it('refuse to make an entity the app would refuse', () => {
    expect(() => makeCard({ text: '   ' })).toThrow(/card text/);
    expect(() => makeAction({ points: [] })).toThrow(/Choose at least one Star point/);
  });
});
