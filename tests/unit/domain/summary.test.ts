import { beforeEach, describe, expect, it } from 'vitest';
import {
  CARD_KINDS,
  isOverdue,
  rankIdeas,
  STAR_POINT_IDS,
  workshopSummary,
  STAFF_GROUP_NOT_RECORDED,
} from '@shared/domain';
import {
  makeAction,
  makeCard,
  makeContent,
  makeParticipant,
  makeRealisticWorkshop,
  REALISTIC_TODAY,
  resetFactories,
} from '../../helpers/factories';

beforeEach(resetFactories);

describe('workshop summary', () => {
  it('counts cards per point and kind, adding up to the totals', () => {
    const content = makeRealisticWorkshop();
    const s = workshopSummary(content, REALISTIC_TODAY);
    for (const point of STAR_POINT_IDS) {
      for (const kind of CARD_KINDS) {
        expect(s.cardCounts[point][kind]).toBe(
          content.cards.filter((c) => c.point === point && c.kind === kind).length,
        );
      }
    }
    expect(s.totals.cards).toBe(content.cards.length);
    expect(CARD_KINDS.reduce((n, k) => n + s.totals.byKind[k], 0)).toBe(content.cards.length);
    expect(s.totals.participants).toBe(content.participants.length);
    expect(s.totals.actions).toBe(content.actions.length);
  });

  it('counts votes cast and ideas placed on the matrix', () => {
    const cards = [
      makeCard({ votes: 3, impact: 80, effort: 20 }),
      makeCard({ votes: 2 }),
      makeCard({ impact: 10, effort: 10 }),
      makeCard({ kind: 'gap' }),
    ];
    const s = workshopSummary(makeContent({ cards }), '2027-01-01');
    expect(s.totals.votesCast).toBe(5);
    expect(s.totals.ideasPlaced).toBe(2);
  });

  it('lists the top ideas in rank order, leaving out ideas nobody prioritised', () => {
    const content = makeRealisticWorkshop();
    const s = workshopSummary(content, REALISTIC_TODAY, { topIdeas: 3 });
    expect(s.topIdeas).toEqual(rankIdeas(content.cards).slice(0, 3));
    const idle = [makeCard(), makeCard()];
    expect(workshopSummary(makeContent({ cards: idle }), '2027-01-01').topIdeas).toEqual([]);
    const voted = makeCard({ votes: 1 });
    expect(
      workshopSummary(makeContent({ cards: [...idle, voted] }), '2027-01-01').topIdeas.map(
        (r) => r.card.id,
      ),
    ).toEqual([voted.id]);
  });

  it('shows five top ideas by default', () => {
    const cards = Array.from({ length: 8 }, (_, i) => makeCard({ votes: i }));
    expect(workshopSummary(makeContent({ cards }), '2027-01-01').topIdeas).toHaveLength(5);
  });

  it('groups actions by RAG status, with "not set" for none, in plan order', () => {
    const later = makeAction({ title: 'later', rag: 'red', order: 2 });
    const earlier = makeAction({ title: 'earlier', rag: 'red', order: 1 });
    const unset = makeAction({ title: 'unset' });
    const s = workshopSummary(makeContent({ actions: [later, unset, earlier] }), '2027-01-01');
    expect(s.actionsByRag.red.map((a) => a.title)).toEqual(['earlier', 'later']);
    expect(s.actionsByRag['not-set'].map((a) => a.title)).toEqual(['unset']);
    expect(s.actionsByRag.blue).toEqual([]);
  });

  it('lists an action under each of its points', () => {
    const both = makeAction({ points: ['supply', 'leadership'] });
    const s = workshopSummary(makeContent({ actions: [both] }), '2027-01-01');
    expect(s.actionsByPoint.supply).toEqual([both]);
    expect(s.actionsByPoint.leadership).toEqual([both]);
    expect(s.actionsByPoint.upskilling).toEqual([]);
  });

  it('flags actions with no owner, no date or timescale, and overdue ones', () => {
    const content = makeRealisticWorkshop();
    const s = workshopSummary(content, REALISTIC_TODAY);
    expect(s.actionsMissingOwner.map((a) => a.id)).toEqual(
      content.actions.filter((a) => !a.owner.trim()).map((a) => a.id),
    );
    expect(s.actionsMissingOwner.length).toBeGreaterThan(0);
    expect(s.actionsMissingDate.every((a) => !a.dueDate && a.timescale === null)).toBe(true);
    expect(s.actionsMissingDate.length).toBeGreaterThan(0);
    expect(s.overdueActions.map((a) => a.id)).toEqual(
      content.actions.filter((a) => isOverdue(a, REALISTIC_TODAY)).map((a) => a.id),
    );
    expect(s.overdueActions).toHaveLength(2);
  });

  it('treats a timescale as enough of a date, and a blank owner as no owner', () => {
    const timescaled = makeAction({ timescale: 'medium', owner: '   ' });
    const s = workshopSummary(makeContent({ actions: [timescaled] }), '2027-01-01');
    expect(s.actionsMissingDate).toEqual([]);
    expect(s.actionsMissingOwner).toEqual([timescaled]);
  });

  it('counts attendees by staff group: standard order, then others A–Z, then not recorded', () => {
    const participants = [
      makeParticipant({ staffGroup: 'Nursing and midwifery' }),
      makeParticipant({ staffGroup: '' }),
      makeParticipant({ staffGroup: 'Volunteers' }),
      makeParticipant({ staffGroup: 'Medical and dental' }),
      makeParticipant({ staffGroup: 'Nursing and midwifery' }),
      makeParticipant({ staffGroup: 'Board members' }),
    ];
    const s = workshopSummary(makeContent({ participants }), '2027-01-01');
    expect(s.participantsByStaffGroup).toEqual([
      { staffGroup: 'Medical and dental', count: 1 },
      { staffGroup: 'Nursing and midwifery', count: 2 },
      { staffGroup: 'Board members', count: 1 },
      { staffGroup: 'Volunteers', count: 1 },
      { staffGroup: STAFF_GROUP_NOT_RECORDED, count: 1 },
    ]);
  });

  it('gives the same answer whatever order the data arrives in', () => {
    const content = makeRealisticWorkshop();
    const reversed = {
      ...content,
      participants: [...content.participants].reverse(),
      cards: [...content.cards].reverse(),
      actions: [...content.actions].reverse(),
    };
    expect(workshopSummary(reversed, REALISTIC_TODAY)).toEqual(
      workshopSummary(content, REALISTIC_TODAY),
    );
  });

  it('summarises an empty workshop without failing', () => {
    const s = workshopSummary(makeContent(), '2027-01-01');
    expect(s.totals).toEqual({
      cards: 0,
      byKind: { current: 0, gap: 0, idea: 0 },
      participants: 0,
      actions: 0,
      votesCast: 0,
      ideasPlaced: 0,
    });
    expect(s.participantsByStaffGroup).toEqual([]);
  });

  it('lists ideas no action links, best first, and drops an idea once any action links it', () => {
    const content = makeRealisticWorkshop();
    const ideas = rankIdeas(content.cards).map((r) => r.card.id);
    const linked = new Set(content.actions.flatMap((a) => a.ideaIds));
    const before = workshopSummary(content, REALISTIC_TODAY).ideasWithoutAction;
    expect(before.map((r) => r.card.id)).toEqual(ideas.filter((id) => !linked.has(id)));

    const [first, second] = before;
    const action = makeAction({ ideaIds: [first?.card.id ?? '', second?.card.id ?? ''] });
    const after = workshopSummary(
      { ...content, actions: [...content.actions, action] },
      REALISTIC_TODAY,
    ).ideasWithoutAction;
    expect(after).toHaveLength(before.length - 2);
    expect(after.map((r) => r.card.id)).not.toContain(first?.card.id);
  });
});
