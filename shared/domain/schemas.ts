/**
 * The one definition of every stored entity: zod schemas with length and count limits.
 * Types are inferred from them, the database load path validates with them, and the plan file
 * format reuses them, so data can only enter the app through one gate.
 */
import { z } from 'zod';
import { STAR_POINT_IDS } from './star';
import { STEP_IDS } from './steps';
import { calendarDate, calendarDateTime } from './validate';

// Zod v4 compiles validators with `new Function` unless told not to; our CSP forbids eval.
z.config({ jitless: true });

export const LIMITS = {
  id: 64,
  shortText: 200,
  mediumText: 2_000,
  longText: 10_000,
  tags: 30,
  points: STAR_POINT_IDS.length,
  progressNotes: 500,
  evidenceLinks: 50,
  url: 2_000,
  /** Ideas one action may be linked to. */
  ideaLinks: 50,
  /** Highest idea number: far above the plan file's card limit, so never reached in use. */
  ideaNumber: 1_000_000,
} as const;

const id = z.string().min(1).max(LIMITS.id);
/** Dates are real days in 1900–2100 (a year-0 date is a slip, never a workshop). */
const isoDateTime = calendarDateTime();
/** `YYYY-MM-DD`, or empty when not yet known. */
const isoDateOrEmpty = z.union([z.literal(''), calendarDate()]);
const shortText = z.string().max(LIMITS.shortText);
const mediumText = z.string().max(LIMITS.mediumText);
const longText = z.string().max(LIMITS.longText);
const tagList = z.array(z.string().min(1).max(60)).max(LIMITS.tags);

export const starPointIdSchema = z.enum(STAR_POINT_IDS);
export const stepIdSchema = z.enum(STEP_IDS);

export const scopeSchema = z.strictObject({
  title: z.string().trim().min(1).max(LIMITS.shortText),
  service: shortText,
  organisation: shortText,
  system: shortText,
  population: mediumText,
  challenge: mediumText,
  sponsor: shortText,
  facilitators: shortText,
  date: isoDateOrEmpty,
  venue: shortText,
});

export const workshopSchema = z.strictObject({
  id,
  scope: scopeSchema,
  enablers: z.array(z.string().min(1).max(60)).max(50),
  completedSteps: z.array(stepIdSchema).max(STEP_IDS.length),
  stepNotes: z.partialRecord(stepIdSchema, longText),
  votesPerPerson: z.int().min(1).max(50),
  /**
   * The highest idea number ever given in this workshop, so a deleted idea's number is never
   * given to a new idea (see ideaNumbers.ts). At least the highest number on any idea card.
   */
  lastIdeaNumber: z.int().min(0).max(LIMITS.ideaNumber),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Set when moved to the Trash; null while live. */
  deletedAt: isoDateTime.nullable(),
});

/**
 * Standard staff groups, as data per setting: a GP practice or a finance partner must be
 * recordable truthfully, and settings differ (domain brief). "Management" is covered by
 * "Managers and senior managers"; anything else is typed in as the attendee's own group.
 */
export const STAFF_GROUP_SETTINGS = [
  {
    setting: 'Hospital, community and mental health',
    groups: [
      'Medical and dental',
      'Nursing and midwifery',
      'Allied health professionals',
      'Healthcare science',
      'Scientific, therapeutic and technical',
      'Support to clinical staff',
      'Administrative and clerical',
      'Estates and ancillary',
      'Managers and senior managers',
    ],
  },
  {
    setting: 'Primary care',
    groups: ['GP', 'Practice nurse', 'Direct patient care', 'Practice management'],
  },
  { setting: 'Corporate partners', groups: ['Finance', 'HR and workforce'] },
] as const satisfies readonly { setting: string; groups: readonly string[] }[];

export const STAFF_GROUPS: readonly string[] = STAFF_GROUP_SETTINGS.flatMap((s) => s.groups);

const level = z.enum(['low', 'high']).nullable();

export const participantSchema = z.strictObject({
  id,
  workshopId: id,
  name: shortText,
  role: shortText,
  organisation: shortText,
  staffGroup: shortText,
  mayBeNamed: z.boolean(),
  interest: level,
  influence: level,
  order: z.number(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const CARD_KINDS = ['current', 'gap', 'idea'] as const;
export const cardKindSchema = z.enum(CARD_KINDS);
/** Impact and effort are placed on a 0–100 scale; null until placed on the matrix. */
const scale = z.number().min(0).max(100).nullable();

export const cardSchema = z.strictObject({
  id,
  workshopId: id,
  kind: cardKindSchema,
  point: starPointIdSchema,
  text: z.string().trim().min(1).max(LIMITS.mediumText),
  /**
   * An idea's number ("Idea 7"), given when it is captured and kept for good: the same in the
   * app, on the matrix, in the PDF and in the plan file. Null for cards that are not ideas.
   */
  number: z.int().min(1).max(LIMITS.ideaNumber).nullable(),
  votes: z.int().min(0).max(10_000),
  impact: scale,
  effort: scale,
  tags: tagList,
  /** Position on the Star board canvas (a later view of the same cards). */
  position: z.strictObject({ x: z.number(), y: z.number() }).nullable(),
  order: z.number(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const RAG_STATUSES = ['red', 'amber', 'green', 'blue'] as const;
export const ragSchema = z.enum(RAG_STATUSES);
export const TIMESCALES = ['short', 'medium', 'long'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;

export const progressNoteSchema = z.strictObject({
  id,
  date: calendarDate(),
  text: z.string().trim().min(1).max(LIMITS.mediumText),
});

export const actionSchema = z.strictObject({
  id,
  workshopId: id,
  title: z.string().trim().min(1).max(LIMITS.shortText),
  description: longText,
  points: z
    .array(starPointIdSchema)
    .min(1)
    .max(LIMITS.points)
    .refine((points) => new Set(points).size === points.length, 'Each Star point only once'),
  owner: shortText,
  leadOrganisation: shortText,
  startDate: isoDateOrEmpty,
  dueDate: isoDateOrEmpty,
  timescale: z.enum(TIMESCALES).nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  rag: ragSchema.nullable(),
  resources: mediumText,
  successMeasure: mediumText,
  baseline: mediumText,
  dependencies: mediumText,
  risks: mediumText,
  progressNotes: z.array(progressNoteSchema).max(LIMITS.progressNotes),
  evidenceLinks: z
    .array(
      z
        .url({ protocol: /^https$/, hostname: z.regexes.domain })
        .max(LIMITS.url)
        .refine((u) => u.startsWith('https://'), 'Must start https://'),
    )
    .max(LIMITS.evidenceLinks),
  tags: tagList,
  /** The idea cards this action takes forward (made from, or linked later), each once. */
  ideaIds: z
    .array(id)
    .max(LIMITS.ideaLinks)
    .refine((ids) => new Set(ids).size === ids.length, 'Each idea only once'),
  order: z.number(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export type Scope = z.infer<typeof scopeSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type CardKind = z.infer<typeof cardKindSchema>;
export type Card = z.infer<typeof cardSchema>;
export type RagStatus = z.infer<typeof ragSchema>;
export type Timescale = (typeof TIMESCALES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type ProgressNote = z.infer<typeof progressNoteSchema>;
export type Action = z.infer<typeof actionSchema>;
