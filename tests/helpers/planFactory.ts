/**
 * Realistic workshops for plan file tests and benchmarks: small hand-shaped ones, and
 * `makeLargePlan(targetBytes)`, a deterministic plan of about the requested saved size built
 * from NHS workforce phrases (the same seed always gives the same plan).
 */
import type { WorkshopContent } from '@shared/domain/workshop';
import type { Action, Card, Participant, Workshop } from '@shared/domain/schemas';
import { STAR_POINT_IDS } from '@shared/domain/star';
import { COUNT_LIMITS } from '@shared/planfile/constants';

export const FIXED_NOW = '2025-03-14T09:30:00.000Z';

export const makeWorkshop = (overrides: Partial<Workshop> = {}): Workshop => ({
  id: 'ws-1',
  scope: {
    title: 'Frailty pathway workforce',
    service: 'Acute frailty unit',
    organisation: 'Northshire Hospitals NHS Foundation Trust',
    system: 'Northshire ICS',
    population: 'Adults over 65 admitted as emergencies',
    challenge: 'We cannot staff the frailty unit seven days a week.',
    sponsor: 'Priya Shah, Chief Nurse',
    facilitators: 'Tom Okafor',
    date: '2025-03-12',
    venue: 'Education Centre, Room 2',
  },
  enablers: ['Funding', 'Workforce data'],
  completedSteps: ['scope', 'people'],
  stepNotes: { scope: 'Agreed with Priya Shah before the day.' },
  votesPerPerson: 3,
  lastIdeaNumber: 1,
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: FIXED_NOW,
  deletedAt: null,
  ...overrides,
});

export const makeParticipant = (overrides: Partial<Participant> = {}): Participant => ({
  id: 'p-1',
  workshopId: 'ws-1',
  name: 'Priya Shah',
  role: 'Chief Nurse',
  organisation: 'Northshire Hospitals NHS Foundation Trust',
  staffGroup: 'Nursing and midwifery',
  mayBeNamed: true,
  interest: 'high',
  influence: 'high',
  order: 1,
  createdAt: FIXED_NOW,
  updatedAt: FIXED_NOW,
  ...overrides,
});

export const makeCard = (overrides: Partial<Card> = {}): Card => ({
  id: 'c-1',
  workshopId: 'ws-1',
  kind: 'idea',
  point: 'new-roles',
  text: 'Recruit two advanced clinical practitioners for weekend cover',
  number: 1,
  votes: 4,
  impact: 80,
  effort: 30,
  tags: ['Funding'],
  position: { x: 120, y: -40.5 },
  order: 1,
  createdAt: FIXED_NOW,
  updatedAt: FIXED_NOW,
  ...overrides,
});

export const makeAction = (overrides: Partial<Action> = {}): Action => ({
  id: 'a-1',
  workshopId: 'ws-1',
  title: 'Business case for two ACP posts',
  description: 'Tom Okafor to draft with finance; Priya Shah to take it to the board.',
  points: ['new-roles', 'upskilling'],
  owner: 'Tom Okafor',
  leadOrganisation: 'Northshire Hospitals NHS Foundation Trust',
  startDate: '2025-04-01',
  dueDate: '2025-06-30',
  timescale: 'short',
  priority: 'high',
  rag: 'amber',
  resources: 'Two band 8a posts',
  successMeasure: 'Weekend cover on 90% of weekends',
  baseline: '40% of weekends covered',
  dependencies: 'Education capacity',
  risks: 'Recruitment lead time',
  progressNotes: [{ id: 'n-1', date: '2025-04-10', text: 'Finance meeting booked.' }],
  evidenceLinks: ['https://www.hee.nhs.uk/our-work/workforce-transformation'],
  tags: ['Funding'],
  ideaIds: ['c-1'],
  order: 1,
  createdAt: FIXED_NOW,
  updatedAt: FIXED_NOW,
  ...overrides,
});

/** A small, complete, consistent workshop with two named attendees. */
export const makeContent = (): WorkshopContent => ({
  workshop: makeWorkshop(),
  participants: [
    makeParticipant(),
    makeParticipant({
      id: 'p-2',
      name: 'Tom Okafor',
      role: 'Workforce Transformation Lead',
      staffGroup: 'Managers and senior managers',
      mayBeNamed: false,
      interest: 'high',
      influence: 'low',
      order: 2,
    }),
  ],
  cards: [
    makeCard(),
    makeCard({
      id: 'c-2',
      number: null,
      kind: 'gap',
      point: 'supply',
      text: 'Weekend rota gaps: Tom says 6 shifts a month',
      votes: 0,
      impact: null,
      effort: null,
      tags: [],
      position: null,
      order: 2,
    }),
    makeCard({
      id: 'c-3',
      number: null,
      kind: 'current',
      point: 'leadership',
      text: 'Monthly frailty huddle chaired by the Chief Nurse',
      votes: 0,
      impact: null,
      effort: null,
      tags: [],
      position: null,
      order: 3,
    }),
  ],
  actions: [makeAction()],
});

const WORDS =
  'recruit retain rota weekend frailty nurse consultant registrar apprenticeship advanced practice portfolio pathway physician associate anaesthesia surgical care practitioner medical support worker skill mix task redesign Calderdale digital job plan supervision governance funding business case education capacity placement international return to practice leadership sponsor champion compassionate inclusive SAS locally employed doctors vacancy turnover retirement backfill training pipeline commissioning estates workforce data pathway redesign discharge therapy pharmacy healthcare science'.split(
    ' ',
  );

/** Small seeded PRNG (mulberry32): deterministic plans without a dependency. */
const seeded = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** A realistic plan whose saved size is close to `targetBytes` (within the count limits). */
export const makeLargePlan = (targetBytes: number, seed = 42): WorkshopContent => {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sentence = (maxChars: number): string => {
    const words: string[] = [];
    let length = 0;
    while (length < maxChars - 20) {
      const word = pick(WORDS);
      words.push(word);
      length += word.length + 1;
    }
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const workshop = makeWorkshop({ id: 'ws-large' });
  const participants: Participant[] = [];
  const cards: Card[] = [];
  const actions: Action[] = [];
  let ideaNumber = 0;
  let bytes = 2_000;
  for (let round = 0; bytes < targetBytes; round += 1) {
    const canGrow = cards.length < COUNT_LIMITS.cards - 3 || actions.length < COUNT_LIMITS.actions;
    if (!canGrow) break;
    if (round % 10 === 0 && participants.length < 150) {
      const p = makeParticipant({
        id: `p-${round}`,
        workshopId: workshop.id,
        name: `Attendee ${round} Example`,
        role: pick(['Consultant', 'Ward Manager', 'Physiotherapist', 'HR Business Partner']),
        order: participants.length,
      });
      participants.push(p);
      bytes += JSON.stringify(p).length + 1;
    }
    for (let k = 0; k < 3 && cards.length < COUNT_LIMITS.cards; k += 1) {
      const kind = pick(['current', 'gap', 'idea'] as const);
      const c = makeCard({
        id: `c-${round}-${k}`,
        workshopId: workshop.id,
        kind,
        number: kind === 'idea' ? (ideaNumber += 1) : null,
        point: pick(STAR_POINT_IDS),
        text: sentence(120 + Math.floor(random() * 300)),
        votes: Math.floor(random() * 12),
        impact: Math.round(random() * 100),
        effort: Math.round(random() * 100),
        tags: [pick(['Funding', 'Digital and technology', 'Estates'])],
        position: { x: Math.round(random() * 2000), y: Math.round(random() * 1200) },
        order: cards.length,
      });
      cards.push(c);
      bytes += JSON.stringify(c).length + 1;
    }
    if (actions.length < COUNT_LIMITS.actions) {
      const notes = Array.from({ length: Math.floor(random() * 4) }, (_, n) => ({
        id: `n-${round}-${n}`,
        date: '2025-05-01',
        text: sentence(160),
      }));
      const a = makeAction({
        id: `a-${round}`,
        workshopId: workshop.id,
        title: sentence(80),
        description: sentence(600),
        points: [pick(STAR_POINT_IDS)],
        successMeasure: sentence(120),
        risks: sentence(100),
        progressNotes: notes,
        ideaIds: cards
          .filter((c) => c.kind === 'idea')
          .slice(-1)
          .map((c) => c.id),
        order: actions.length,
      });
      actions.push(a);
      bytes += JSON.stringify(a).length + 1;
    }
  }
  return { workshop: { ...workshop, lastIdeaNumber: ideaNumber }, participants, cards, actions };
};
