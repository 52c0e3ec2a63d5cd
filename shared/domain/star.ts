/**
 * The HEE Star (now also "NHS England STAR") as data. Labels, descriptions and prompts are
 * data rather than code because NHS guidance changes; later issues make them editable.
 */

export const STAR_POINT_IDS = [
  'supply',
  'upskilling',
  'new-roles',
  'new-ways',
  'leadership',
] as const;
export type StarPointId = (typeof STAR_POINT_IDS)[number];

/** The three capture steps that ask something of each point. */
export type CaptureKind = 'current' | 'gap' | 'idea';

export interface StarPoint {
  readonly id: StarPointId;
  readonly label: string;
  readonly description: string;
  /** Fill colour for the point's badges and diagram segment; white text passes 4.5:1 on it. */
  readonly colour: string;
  readonly prompts: Readonly<Record<CaptureKind, readonly string[]>>;
}

export const STAR_NAME = 'HEE Star';
export const STAR_ALSO_KNOWN_AS = 'NHS England STAR';

export const STAR_POINTS: readonly StarPoint[] = [
  {
    id: 'supply',
    label: 'Supply',
    description:
      'Securing a vibrant future supply: recruitment, training pipelines, international routes, return to practice and retention.',
    colour: '#005eb8',
    prompts: {
      current: [
        'How do we recruit to this service today, and from where?',
        'Which training pipelines, placements or international routes do we already use?',
        'What helps people stay, and what do we know about why they leave?',
      ],
      gap: [
        'Where are the vacancies, and how long do they stay open?',
        'Which supply routes are we not using, or not using well?',
        'What is driving turnover or early retirement?',
      ],
      idea: [
        'Which new supply routes could we try (return to practice, international, apprenticeships)?',
        'What would make this a place people want to stay?',
      ],
    },
  },
  {
    id: 'upskilling',
    label: 'Upskilling',
    description:
      'Developing the skills of existing staff: apprenticeships, advanced practice, the portfolio pathway and less-than-full-time training.',
    colour: '#007f3b',
    prompts: {
      current: [
        'What development do staff already get, and who gets it?',
        'Who is on an apprenticeship, advanced practice or portfolio pathway route?',
      ],
      gap: [
        'Which skills are missing or held by too few people?',
        'What stops staff taking up training (time, backfill, funding)?',
      ],
      idea: [
        'Which skills could existing staff develop to meet the gap?',
        'Which routes (apprenticeships, advanced practice, portfolio pathway) could we open up?',
      ],
    },
  },
  {
    id: 'new-roles',
    label: 'New roles',
    description:
      'Creating and embracing roles the team has not used: physician associates, anaesthesia associates, surgical care practitioners, medical support workers.',
    colour: '#330072',
    prompts: {
      current: [
        'Which newer roles already work in the team or nearby?',
        'How are they supervised and supported?',
      ],
      gap: [
        'Which tasks could a different role take on safely?',
        'What has held back new roles here before?',
      ],
      idea: [
        'Which new role could we introduce, and what would it do?',
        'What supervision, governance and funding would it need?',
      ],
    },
  },
  {
    id: 'new-ways',
    label: 'New ways of working',
    description:
      'Mobilising innovation: skill mix, task redesign (Calderdale), pathway redesign, digital, and rota and job-plan changes.',
    colour: '#ae2573',
    prompts: {
      current: [
        'What have we already changed in how the work is done?',
        'Which digital tools, rotas or job plans work well?',
      ],
      gap: [
        'Where does the pathway stall, duplicate or wait?',
        'Which tasks take skilled staff away from work only they can do?',
      ],
      idea: [
        'Which tasks could be redesigned or shared (Calderdale)?',
        'What pathway, digital or rota change would make the most difference?',
      ],
    },
  },
  {
    id: 'leadership',
    label: 'Leadership',
    description:
      'Compassionate and inclusive leadership, and the leadership to drive the change: champions, sponsors and leadership development.',
    colour: '#b35300',
    prompts: {
      current: [
        'Who leads workforce change in this service today?',
        'Where do staff feel listened to and included?',
      ],
      gap: [
        'Who is missing from the leadership of this change?',
        'What would staff say about how they are led?',
      ],
      idea: [
        'Who will sponsor and champion the change?',
        'What leadership development would help (including for SAS and locally employed doctors)?',
      ],
    },
  },
];

const BY_ID = new Map<StarPointId, StarPoint>(STAR_POINTS.map((p) => [p.id, p]));

export const isStarPointId = (value: unknown): value is StarPointId =>
  typeof value === 'string' && BY_ID.has(value as StarPointId);

export const starPoint = (id: StarPointId): StarPoint => {
  const point = BY_ID.get(id);
  if (!point) throw new Error(`Unknown Star point: ${id}`);
  return point;
};
