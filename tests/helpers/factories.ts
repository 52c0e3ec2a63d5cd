/**
 * Test factories for the domain entities. Everything is built through the real create/update
 * functions, so a factory can never produce data the app itself would refuse; a factory that
 * fails throws with the validation messages. Ids come from a counter (`card-1`, `action-2`…)
 * and timestamps from a clock that ticks one second per entity, so runs are repeatable.
 * Call `resetFactories()` in `beforeEach` when a test depends on exact ids.
 */
import {
  createAction,
  createCard,
  createParticipant,
  createWorkshop,
  updateAction,
  updateCard,
  type Action,
  type ActionInput,
  type Card,
  type CardKind,
  type CardPatch,
  type Participant,
  type ParticipantInput,
  type Result,
  type Scope,
  type Stamp,
  type StarPointId,
  type Workshop,
  type WorkshopContent,
} from '@shared/domain';

export const FACTORY_EPOCH = '2026-11-23T09:00:00.000Z';
export const DEFAULT_WORKSHOP_ID = 'workshop-0';

let ids = 0;
let clock = Date.parse(FACTORY_EPOCH);
/** Set while the realistic workshop is built, so its ids never clash with a test's own. */
let idPrefix = '';

export const resetFactories = (): void => {
  ids = 0;
  clock = Date.parse(FACTORY_EPOCH);
};

/** The next moment on the test clock (one second later each call). */
export const nextNow = (): string => {
  clock += 1000;
  return new Date(clock).toISOString();
};

export const nextStamp = (prefix: string): Stamp => {
  ids += 1;
  return { id: `${idPrefix}${prefix}-${String(ids)}`, now: nextNow() };
};

/** Unwrap a Result, failing loudly with the user-facing messages if it is an error. */
export const unwrap = <T>(result: Result<T>, what = 'value'): T => {
  if (result.ok) return result.value;
  const detail = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  throw new Error(`Could not make ${what}: ${detail}`);
};

export type WorkshopOverrides = Partial<Scope> & {
  readonly id?: string;
  readonly votesPerPerson?: number;
};

export const makeWorkshop = (overrides: WorkshopOverrides = {}): Workshop => {
  const { id, votesPerPerson, ...scope } = overrides;
  const stamp = nextStamp('workshop');
  const workshop = unwrap(
    createWorkshop(
      { title: 'Emergency department medical workforce', ...scope },
      { ...stamp, id: id ?? stamp.id },
    ),
    'workshop',
  );
  return votesPerPerson === undefined ? workshop : { ...workshop, votesPerPerson };
};

export type ParticipantOverrides = ParticipantInput & {
  readonly workshopId?: string;
  readonly order?: number;
};

export const makeParticipant = (overrides: ParticipantOverrides = {}): Participant => {
  const { workshopId, order, ...input } = overrides;
  const stamp = nextStamp('participant');
  return unwrap(
    createParticipant(
      workshopId ?? DEFAULT_WORKSHOP_ID,
      { role: 'Consultant in emergency medicine', staffGroup: 'Medical and dental', ...input },
      order ?? ids,
      stamp,
    ),
    'participant',
  );
};

export type CardOverrides = Omit<CardPatch, 'text' | 'point'> & {
  readonly workshopId?: string;
  readonly kind?: CardKind;
  readonly point?: StarPointId;
  readonly text?: string;
  /** Ideas only; by default the id counter, so ideas made by one test never share a number. */
  readonly number?: number;
};

export const makeCard = (overrides: CardOverrides = {}): Card => {
  const { workshopId, kind, point, text, tags, order, number, ...patch } = overrides;
  const stamp = nextStamp('card');
  const created = unwrap(
    createCard(
      workshopId ?? DEFAULT_WORKSHOP_ID,
      {
        kind: kind ?? 'idea',
        point: point ?? 'supply',
        text: text ?? `Card ${stamp.id}`,
        tags: tags ?? [],
        number: number ?? ids,
      },
      order ?? ids,
      stamp,
    ),
    'card',
  );
  // Votes, matrix placement and position are not creation fields: apply them as an edit would.
  return Object.keys(patch).length
    ? unwrap(updateCard(created, patch, stamp.now), 'card')
    : created;
};

export type ActionOverrides = ActionInput & {
  readonly workshopId?: string;
  readonly id?: string;
};

export const makeAction = (overrides: ActionOverrides = {}): Action => {
  const { workshopId, id, order, title, points, ...input } = overrides;
  const stamp = nextStamp('action');
  return unwrap(
    createAction(
      workshopId ?? DEFAULT_WORKSHOP_ID,
      {
        ...input,
        title: title ?? `Action ${stamp.id}`,
        points: points ?? ['supply'],
      },
      order ?? ids,
      { ...stamp, id: id ?? stamp.id },
    ),
    'action',
  );
};

/** Change an action as the app would (validated), for tests that need a later edit. */
export const editAction = (action: Action, patch: ActionInput): Action =>
  unwrap(updateAction(action, patch, nextNow()), 'action');

/** Workshop content as the Review, summary and export code receive it. */
export const makeContent = (parts: Partial<WorkshopContent> = {}): WorkshopContent => ({
  workshop: parts.workshop ?? makeWorkshop({ id: DEFAULT_WORKSHOP_ID }),
  participants: parts.participants ?? [],
  cards: parts.cards ?? [],
  actions: parts.actions ?? [],
});

// ---------------------------------------------------------------------------------------------
// A realistic workshop: an emergency department redesign with every point filled in, names in
// several alphabets' accents, votes, matrix placements and a plan with the usual gaps (no
// owner, no date, overdue, complete). Same ids and content on every call.

/** "Today" for the realistic workshop: two of its actions are overdue on this date. */
export const REALISTIC_TODAY = '2027-02-15';
export const REALISTIC_WORKSHOP_ID = 'rw-workshop-1';
const ORG = 'Northbrook Hospitals NHS Foundation Trust';

type CardTexts = Readonly<Record<CardKind, readonly string[]>>;
const CARD_TEXT: Readonly<Record<StarPointId, CardTexts>> = {
  supply: {
    current: [
      'Consultant posts advertised nationally twice a year',
      'Two doctors a year join through the Medical Training Initiative',
      'Exit interviews offered to every leaver',
    ],
    gap: [
      'Three middle-grade vacancies open for more than a year',
      'Heavy reliance on locums for overnight cover',
      'Senior nurses retiring early because of shift patterns',
    ],
    idea: [
      'Recruit two consultants through the Medical Training Initiative and international routes',
      'Run a return-to-practice scheme with the local university for emergency nurses',
      'Offer flexible and less-than-full-time contracts so senior staff stay longer',
    ],
  },
  upskilling: {
    current: [
      'Two nurses on the advanced clinical practitioner MSc',
      'Monthly teaching for junior doctors, rarely for nurses',
      'Band 3 healthcare support worker apprenticeships',
    ],
    gap: [
      'No protected study time for trainee ACPs',
      'Only one nurse per shift can cannulate children',
      'SAS doctors see no route to the specialist register',
    ],
    idea: [
      'Fund four trainee advanced clinical practitioner posts with protected study time',
      'Support SAS doctors on the portfolio pathway (formerly CESR) with mentoring',
      'Monthly simulation training for the whole team, including healthcare assistants',
    ],
  },
  'new-roles': {
    current: [
      'One physician associate works in the acute medical unit',
      'Pharmacists review medicines in majors on weekdays',
      'Mental health liaison practitioners cover the department until midnight',
    ],
    gap: [
      'Minor injuries wait four hours for a doctor to see them',
      'No supervision model agreed for new roles',
      'Past attempts at new roles stalled for lack of funding',
    ],
    idea: [
      'Pilot two physician associates in minors under a named consultant supervisor',
      'Employ medical support workers from the refugee doctor programme on nights',
      'Introduce a surgical care practitioner for the ambulatory surgical pathway',
    ],
  },
  'new-ways': {
    current: [
      'Rotas are drawn up on paper six weeks ahead',
      'Same-day emergency care runs weekdays 8am to 8pm',
      'Electronic patient record live since spring',
    ],
    gap: [
      'Doctors spend hours on tasks others could safely do',
      'Patients referred to same-day emergency care wait in the main queue first',
      'Rotas leave weekends short of senior decision makers',
    ],
    idea: [
      'Use the Calderdale framework to move suitable tasks from doctors to nurses and AHPs',
      'Replace paper rotas with an electronic rota and self-rostering',
      'Create a direct pathway from triage to same-day emergency care',
    ],
  },
  leadership: {
    current: [
      'Clinical director and matron meet weekly on staffing',
      'Staff survey results shared once a year',
      'Freedom to speak up guardian visits monthly',
    ],
    gap: [
      'No executive sponsor for workforce change in the department',
      'Staff say decisions about rotas are made without them',
      'SAS doctors are absent from leadership meetings',
    ],
    idea: [
      'Appoint an executive sponsor and a workforce champion for each staff group',
      'Start a leadership programme for SAS and locally employed doctors',
      'Hold monthly listening events so staff shape the changes',
    ],
  },
};

/** Per idea, in the order above: [votes, impact, effort]; null means not placed. 28 votes. */
type Score = readonly [number, number | null, number | null];
const IDEA_SCORES: Readonly<Record<StarPointId, readonly Score[]>> = {
  supply: [
    [5, 80, 70],
    [3, 70, 30],
    [2, 60, 20],
  ],
  upskilling: [
    [4, 85, 60],
    [1, 55, 40],
    [0, 40, 30],
  ],
  'new-roles': [
    [3, 60, 55],
    [2, 45, 35],
    [0, null, null],
  ],
  'new-ways': [
    [4, 75, 45],
    [2, 50, 50],
    [0, 30, 80],
  ],
  leadership: [
    [2, 70, 10],
    [0, 55, 65],
    [0, 35, 15],
  ],
};

/** name | role | organisation | staff group | may be named (y/n). */
const PEOPLE = [
  'Zoë Adebayo|Clinical director, emergency medicine|ORG|Medical and dental|y',
  'Łukasz Nowak|Trainee advanced clinical practitioner|ORG|Nursing and midwifery|y',
  'Siân Pritchard|Matron, emergency department|ORG|Nursing and midwifery|y',
  'Ŵyn Llewelyn|Director of operations|ORG|Managers and senior managers|n',
  'Mette Ørsted|Workforce planning lead|Northbrook and Vale ICB|Managers and senior managers|y',
  'Priya Raman|Specialty doctor|ORG|Medical and dental|n',
  "Tomás O'Connor|Physician associate|ORG|Other|y",
  'Grace Mensah|Medical staffing manager|ORG|Administrative and clerical|y',
  '|Healthcare assistant|ORG|Support to clinical staff|n',
  'Aoife Byrne|Deputy head of education|NHS England, Workforce, Training and Education||n',
];

/** title | points | owner | start | due | timescale | priority | rag | from idea (point:n). */
const PLAN = [
  'Recruit two MTI consultants|supply|Zoë Adebayo|2026-12-01|2027-06-30|short|high|amber|supply:0',
  'Launch a return-to-practice scheme|supply|Grace Mensah||2027-01-31|short|high|red|supply:1',
  'Fund four trainee ACP posts|upskilling,new-roles|Łukasz Nowak|2027-01-04|2027-09-30|medium|medium|green|upskilling:0',
  'Pilot two physician associates in minors|new-roles||2027-03-01|2027-04-30||medium||new-roles:0',
  'Calderdale review of tasks in minors|new-ways,upskilling|Siân Pritchard|||medium|high|amber|new-ways:0',
  'Move to an electronic rota|new-ways|Mette Ørsted|2026-09-01|2026-12-20|short|medium|blue|new-ways:1',
  'SAS leadership programme|leadership,upskilling|Priya Raman||||low||leadership:1',
  'Appoint an executive sponsor and champions|leadership|Ŵyn Llewelyn||2027-03-31|short|high|green|leadership:0',
  'Stay conversations with senior nurses|supply,leadership|Grace Mensah|2026-12-01|2027-02-01|short|medium|amber|',
  'Medical support worker posts on nights|new-roles,supply|zoë adebayo|2027-04-01|2028-03-31|medium|low||new-roles:1',
];

const buildRealistic = (): WorkshopContent => {
  const workshopId = REALISTIC_WORKSHOP_ID;
  const workshop = makeWorkshop({
    id: workshopId,
    title: 'Emergency department medical workforce',
    service: 'Emergency department',
    organisation: ORG,
    system: 'Northbrook and Vale Integrated Care System',
    population: 'Adults and children attending the emergency department, 310 a day',
    challenge: 'Too few senior decision makers overnight and at weekends.',
    sponsor: 'Chief medical officer',
    facilitators: 'Workforce transformation team',
    date: '2026-11-23',
    venue: 'Education centre, seminar room 2',
  });
  const participants = PEOPLE.map((row, i) => {
    const [name = '', role = '', org = '', staffGroup = '', named = ''] = row.split('|');
    return makeParticipant({
      workshopId,
      order: i + 1,
      name,
      role,
      organisation: org === 'ORG' ? ORG : org,
      staffGroup,
      mayBeNamed: named === 'y',
    });
  });
  const cards: Card[] = [];
  const ideas = new Map<string, Card>();
  let ideaNumber = 0;
  for (const point of Object.keys(CARD_TEXT) as StarPointId[]) {
    for (const kind of ['current', 'gap', 'idea'] as const) {
      CARD_TEXT[point][kind].forEach((text, i) => {
        const [votes = 0, impact = null, effort = null] =
          kind === 'idea' ? (IDEA_SCORES[point][i] ?? []) : [];
        const card = makeCard({
          workshopId,
          kind,
          point,
          text,
          order: i + 1,
          number: kind === 'idea' ? (ideaNumber += 1) : undefined,
          votes,
          impact,
          effort,
        });
        cards.push(card);
        if (kind === 'idea') ideas.set(`${point}:${String(i)}`, card);
      });
    }
  }
  const actions = PLAN.map((row, i) => {
    const [title = '', points = '', owner = '', startDate = '', dueDate = '', ts, pr, rag, from] =
      row.split('|');
    return makeAction({
      workshopId,
      order: i + 1,
      title,
      points: points.split(',') as StarPointId[],
      owner,
      leadOrganisation: ORG,
      startDate,
      dueDate,
      // Casts are safe: createAction validates every value against the schema.
      timescale: (ts || null) as Action['timescale'],
      priority: (pr || null) as Action['priority'],
      rag: (rag || null) as Action['rag'],
      ideaIds: [ideas.get(from ?? '')?.id ?? ''].filter(Boolean),
      successMeasure: i % 2 === 0 ? 'Fewer than 5% of overnight shifts filled by locums' : '',
      evidenceLinks: i === 2 ? ['https://www.hee.nhs.uk/our-work/advanced-practice'] : [],
      progressNotes:
        i === 7
          ? [{ id: 'rw-note-1', date: '2027-01-10', text: 'Chief medical officer agreed.' }]
          : [],
    });
  });
  return { workshop: { ...workshop, lastIdeaNumber: ideaNumber }, participants, cards, actions };
};

/**
 * The realistic workshop: 10 attendees (three may not be named), 45 cards (3 per kind per
 * point), 28 of 30 votes cast, 10 actions (one with no owner, one with no date, two overdue on
 * {@link REALISTIC_TODAY}, one complete). Ids start `rw-` and never clash with other factories.
 */
export const makeRealisticWorkshop = (): WorkshopContent => {
  const saved = { ids, clock, idPrefix };
  ids = 0;
  clock = Date.parse(FACTORY_EPOCH);
  idPrefix = 'rw-';
  try {
    return buildRealistic();
  } finally {
    ({ ids, clock, idPrefix } = saved);
  }
};
