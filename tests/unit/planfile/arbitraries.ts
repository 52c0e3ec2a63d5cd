/**
 * fast-check arbitraries for valid, internally consistent workshops: every value passes the
 * domain schemas and needs no repair, so a save → open round trip must give it back exactly.
 * Strings mix ordinary text with any Unicode (astral characters and lone surrogates too),
 * cleaned as the domain gate cleans them (no controls, overrides or stray zero-width
 * characters: shared/domain/text.ts), since only clean text can be stored.
 */
import fc from 'fast-check';
import type { WorkshopContent } from '@shared/domain/workshop';
import {
  CARD_KINDS,
  PRIORITIES,
  RAG_STATUSES,
  TIMESCALES,
  type Action,
  type Card,
  type Participant,
  type Workshop,
} from '@shared/domain/schemas';
import { numberIdeas } from '@shared/domain/ideaNumbers';
import { STAR_POINT_IDS } from '@shared/domain/star';
import { STEP_IDS } from '@shared/domain/steps';
import { cleanUserText } from '@shared/domain/text';

/** Any string of at most `max` UTF-16 units (the unit zod counts). */
export const textUpTo = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ maxLength: Math.min(max, 40) }),
      fc.string({ maxLength: Math.min(max, 20), unit: 'binary' }),
      fc.string({ maxLength: Math.min(max, 20), unit: 'grapheme' }),
    )
    .map((s) => cleanUserText(s))
    .filter((s) => s.length <= max);

/** Non-empty after trimming, and already trimmed (zod trims these fields on the way in). */
export const trimmedText = (max: number): fc.Arbitrary<string> =>
  textUpTo(max)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

export const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc
    .string({ minLength: 1, maxLength: 64 })
    .map((s) => cleanUserText(s))
    .filter((s) => s.length > 0),
);

const DAY = 86_400_000;
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2099, 11, 31);

export const isoDateTimeArb: fc.Arbitrary<string> = fc
  .integer({ min: MIN_TIME, max: MAX_TIME })
  .map((t) => new Date(t).toISOString());

const dayArb = fc.integer({ min: MIN_TIME / DAY, max: MAX_TIME / DAY });
const isoDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const isoDateArb: fc.Arbitrary<string> = dayArb.map(isoDay);
const isoDateOrEmptyArb = fc.oneof(fc.constant(''), isoDateArb);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
/** Board positions the board can use (farther ones are repaired: see repair.ts). */
const onBoard = fc.double({ min: -100_000, max: 100_000, noNaN: true });
const scale = fc.option(fc.double({ min: 0, max: 100, noNaN: true }));
const tagsArb = fc.array(trimmedText(60), { maxLength: 3 });
const level = fc.option(fc.constantFrom('low' as const, 'high' as const));

export const workshopArb: fc.Arbitrary<Workshop> = fc.record({
  id: idArb,
  scope: fc.record({
    title: trimmedText(200),
    service: textUpTo(200),
    organisation: textUpTo(200),
    system: textUpTo(200),
    population: textUpTo(2_000),
    challenge: textUpTo(2_000),
    sponsor: textUpTo(200),
    facilitators: textUpTo(200),
    date: isoDateOrEmptyArb,
    venue: textUpTo(200),
  }),
  enablers: fc.array(
    textUpTo(60).filter((s) => s.length > 0),
    { maxLength: 5 },
  ),
  completedSteps: fc.uniqueArray(fc.constantFrom(...STEP_IDS)),
  stepNotes: fc.record(
    Object.fromEntries(STEP_IDS.map((s) => [s, textUpTo(10_000)])) as Record<
      (typeof STEP_IDS)[number],
      fc.Arbitrary<string>
    >,
    { requiredKeys: [] },
  ),
  votesPerPerson: fc.integer({ min: 1, max: 50 }),
  lastIdeaNumber: fc.integer({ min: 0, max: 1_000 }),
  createdAt: isoDateTimeArb,
  updatedAt: isoDateTimeArb,
  deletedAt: fc.option(isoDateTimeArb),
});

export const participantArb = (workshopId: string): fc.Arbitrary<Participant> =>
  fc.record({
    id: idArb,
    workshopId: fc.constant(workshopId),
    name: textUpTo(200),
    role: textUpTo(200),
    organisation: textUpTo(200),
    staffGroup: textUpTo(200),
    mayBeNamed: fc.boolean(),
    interest: level,
    influence: level,
    order: finite,
    createdAt: isoDateTimeArb,
    updatedAt: isoDateTimeArb,
  });

export const cardArb = (workshopId: string): fc.Arbitrary<Card> =>
  fc.record({
    id: idArb,
    workshopId: fc.constant(workshopId),
    kind: fc.constantFrom(...CARD_KINDS),
    point: fc.constantFrom(...STAR_POINT_IDS),
    text: trimmedText(2_000),
    // Numbered by contentArb, which knows the other ideas; null is valid on its own.
    number: fc.constant(null),
    votes: fc.integer({ min: 0, max: 10_000 }),
    impact: scale,
    effort: scale,
    tags: tagsArb,
    position: fc.option(fc.record({ x: onBoard, y: onBoard })),
    order: finite,
    createdAt: isoDateTimeArb,
    updatedAt: isoDateTimeArb,
  });

/** Start and due dates, due never before start (a cross-field rule of the domain). */
const datesArb = fc
  .tuple(fc.option(dayArb), fc.option(dayArb))
  .map(([a, b]) =>
    a !== null && b !== null
      ? { startDate: isoDay(Math.min(a, b)), dueDate: isoDay(Math.max(a, b)) }
      : { startDate: a === null ? '' : isoDay(a), dueDate: b === null ? '' : isoDay(b) },
  );

export const actionArb = (workshopId: string, ideaIds: readonly string[]): fc.Arbitrary<Action> =>
  fc
    .record({
      id: idArb,
      workshopId: fc.constant(workshopId),
      title: trimmedText(200),
      description: textUpTo(10_000),
      points: fc.subarray([...STAR_POINT_IDS], { minLength: 1 }),
      owner: textUpTo(200),
      leadOrganisation: textUpTo(200),
      dates: datesArb,
      timescale: fc.option(fc.constantFrom(...TIMESCALES)),
      priority: fc.option(fc.constantFrom(...PRIORITIES)),
      rag: fc.option(fc.constantFrom(...RAG_STATUSES)),
      resources: textUpTo(2_000),
      successMeasure: textUpTo(2_000),
      baseline: textUpTo(2_000),
      dependencies: textUpTo(2_000),
      risks: textUpTo(2_000),
      progressNotes: fc.array(
        fc.record({ id: idArb, date: isoDateArb, text: trimmedText(2_000) }),
        { maxLength: 3 },
      ),
      evidenceLinks: fc.array(
        fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((p) => `https://www.england.nhs.uk/${p}`),
        { maxLength: 2 },
      ),
      tags: tagsArb,
      ideaIds: fc.subarray([...ideaIds], { maxLength: Math.min(3, ideaIds.length) }),
      order: finite,
      createdAt: isoDateTimeArb,
      updatedAt: isoDateTimeArb,
    })
    .map(({ dates, ...rest }) => ({ ...rest, ...dates }));

const byId = { selector: (item: { readonly id: string }) => item.id };

export const contentArb: fc.Arbitrary<WorkshopContent> = workshopArb.chain((workshop) =>
  fc
    .tuple(
      fc.uniqueArray(participantArb(workshop.id), { ...byId, maxLength: 4 }),
      fc.uniqueArray(cardArb(workshop.id), { ...byId, maxLength: 6 }),
    )
    .map(([participants, unnumbered]) => {
      // Ideas numbered as the app numbers them: unique, and never above the workshop's counter.
      const { cards, lastIdeaNumber } = numberIdeas(unnumbered, workshop.lastIdeaNumber);
      return { workshop: { ...workshop, lastIdeaNumber }, participants, cards };
    })
    .chain(({ workshop, participants, cards }) =>
      fc
        .uniqueArray(
          actionArb(
            workshop.id,
            cards.filter((c) => c.kind === 'idea').map((c) => c.id),
          ),
          { ...byId, maxLength: 4 },
        )
        .map((actions) => ({ workshop, participants, cards, actions })),
    ),
);

/** Realistic attendee names, for anonymisation properties. */
export const NAMES = [
  'Priya Shah',
  'Tom Okafor',
  'Zoë Łukasz',
  'Siobhan O’Neill',
  'Mohammed Al-Hassan',
  'Dr Anna Kowalska',
  'Chen Wei',
  'Gareth Llewellyn',
] as const;
