// The realistic workshop the keyboard journey (workshop.e2e.ts) types in, step by step.

export const POINTS = [
  'Supply',
  'Upskilling',
  'New roles',
  'New ways of working',
  'Leadership',
] as const;
export type Point = (typeof POINTS)[number];
export const CARDS: Record<'current' | 'gaps' | 'ideas', Record<Point, readonly string[]>> = {
  current: {
    Supply: [
      'Bank staff cover most night gaps',
      'International nurse recruitment',
      'Two consultants retire in 2027',
    ],
    Upskilling: [
      'Annual ALS training for nurses',
      'Wednesday teaching for doctors',
      'Two ACP trainees in year two',
    ],
    'New roles': [
      'Physician associates in majors',
      'ED pharmacist on weekdays',
      'Paramedic practitioners in minors',
    ],
    'New ways of working': [
      'Rapid assessment and treatment',
      'Same day emergency care unit',
      'Frailty virtual ward',
    ],
    Leadership: [
      'Clinical director for urgent care',
      'Monthly workforce group',
      'Matron on call out of hours',
    ],
  },
  gaps: {
    Supply: [
      'Middle-grade gaps overnight',
      'Agency spend over budget',
      'No paediatric nurse at night',
    ],
    Upskilling: [
      'No protected time for training',
      'ACPs lack paediatric skills',
      'Few trained triage nurses',
    ],
    'New roles': [
      'PAs cannot prescribe',
      'No physiotherapist in ED',
      'Mental health liaison 9 to 5 only',
    ],
    'New ways of working': ['Handover takes 45 minutes', 'Paper rotas', 'Long waits for beds'],
    Leadership: [
      'Nobody owns the rota',
      'Staff survey scores falling',
      'Little clinical input to plans',
    ],
  },
  ideas: {
    Supply: [
      'Internal bank with better rates',
      'Recruit two more ACPs',
      'Retire and return scheme',
    ],
    Upskilling: [
      'Protected training half day',
      'Paediatric course for ACPs',
      'Triage competency package',
    ],
    'New roles': [
      'First contact physiotherapist',
      'Extend mental health liaison',
      'Nursing associate apprentices',
    ],
    'New ways of working': [
      'E-rostering for all staff',
      'Board round at 8am and 8pm',
      'Digital handover tool',
    ],
    Leadership: ['Name a rota lead', 'Quarterly listening events', 'Clinical fellows lead QI'],
  },
};
export const ATTENDEES = [
  {
    name: 'Dr Priya Shah',
    role: 'Consultant in emergency medicine',
    org: 'Northshire Hospitals',
    group: 'Medical and dental',
    named: true,
  },
  {
    name: '',
    role: 'Staff nurse',
    org: 'Northshire Hospitals',
    group: 'Nursing and midwifery',
    named: false,
  },
  {
    name: 'Tom O’Neill',
    role: 'Paramedic practitioner',
    org: 'Northshire Ambulance Service',
    group: 'Allied health professionals',
    named: true,
  },
  {
    name: 'Zoë Łukasz',
    role: 'Rota coordinator',
    org: 'Northshire Hospitals',
    group: 'Administrative and clerical',
    named: true,
  },
  {
    name: 'Ama Mensah',
    role: 'Ward sister',
    org: 'Northshire Hospitals',
    group: 'Nursing and midwifery',
    named: false,
  },
  {
    name: 'Gareth Jones',
    role: 'Divisional manager',
    org: 'Northshire Hospitals',
    group: 'Managers and senior managers',
    named: true,
  },
] as const;
/** Votes per idea (2 votes each × 6 attendees = 12, all used). */
export const VOTES: readonly [string, number][] = [
  ['Internal bank with better rates', 4],
  ['Protected training half day', 3],
  ['First contact physiotherapist', 2],
  ['E-rostering for all staff', 2],
  ['Name a rota lead', 1],
];
/** Arrow keys pressed on each idea's marker, and where it must end up. */
export const PLACEMENTS: readonly [string, string[], string][] = [
  [
    'Internal bank with better rates',
    ['ArrowUp', 'Shift+ArrowUp', 'Shift+ArrowLeft', 'ArrowLeft'],
    'impact 75, effort 25, Quick win',
  ],
  [
    'Protected training half day',
    ['ArrowUp', 'Shift+ArrowUp', 'ArrowRight', 'Shift+ArrowRight'],
    'impact 75, effort 75, Major project',
  ],
  [
    'E-rostering for all staff',
    ['ArrowUp', 'ArrowUp', 'Shift+ArrowLeft', 'Shift+ArrowLeft'],
    'impact 60, effort 10, Quick win',
  ],
];
export const QUADRANT_CHOICES: readonly [string, string][] = [
  ['First contact physiotherapist', 'Major project'],
  ['Name a rota lead', 'Fill-in'],
  ['Digital handover tool', 'Reconsider'],
];
export const FROM_IDEAS = VOTES.slice(0, 4).map(([text]) => text);
export const NEW_ACTIONS: readonly [string, Point][] = [
  ['Business case for two ACP posts', 'Supply'],
  ['Run a staff listening event', 'Leadership'],
  ['Pilot board rounds in majors', 'New ways of working'],
  ['Map training needs by role', 'Upskilling'],
];
export const ACTION_TITLES = [...FROM_IDEAS, ...NEW_ACTIONS.map(([t]) => t)];
export const OWNERS = ['Dr Priya Shah', 'Ama Mensah', 'Gareth Jones', 'Zoë Łukasz'];
export const RAGS = ['Green', 'Amber', 'Red', 'Blue (complete)'];
export const ACTION_VALUES = ACTION_TITLES.map((title, i) => ({
  title,
  owner: OWNERS[i % OWNERS.length] ?? '',
  due: `2026-${String(7 + (i % 5)).padStart(2, '0')}-${String(10 + i)}`,
  rag: RAGS[i % RAGS.length] ?? 'Green',
}));
