/**
 * Strict validation of a format 1 envelope and payload, using the same domain validators the
 * app uses for its own edits (so every limit and cross-field rule applies, and every string is
 * cleaned by the one gate in `parseWith`), with each problem turned into a sentence naming
 * where it is: "Card 4: Card text must be 2,000 characters or fewer". What the cleaning
 * removed is counted here, per part of the plan, so the preview can say so.
 */
import { validateAction } from '../domain/action';
import { validateCard } from '../domain/card';
import { PARTICIPANT_LABELS } from '../domain/participant';
import type { WorkshopContent } from '../domain/workshop';
import type { Result } from '../domain/result';
import { participantSchema, type Participant } from '../domain/schemas';
import { cleanStrings, cleanUserText, formatNumber } from '../domain/text';
import { inContext, parseWith } from '../domain/validate';
import { validateWorkshop } from '../domain/workshop';
import { COUNT_LIMITS } from './constants';
import { MAX_DETAILS } from './errors';
import type { Repair } from './repair';
import { planMetaSchema, type PlanMeta } from './schema';

export type Checked<T> =
  | { readonly ok: true; readonly value: T; readonly cleaned: readonly Repair[] }
  | { readonly ok: false; readonly details: readonly string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const META_LABELS = {
  type: 'file type',
  appVersion: 'app version',
  documentId: 'document id',
  createdAt: 'created date',
  savedAt: 'saved date',
  organisation: 'organisation',
};

const metaWithoutVersion = planMetaSchema.omit({ formatVersion: true });

/** Characters removed from how many items of one part of the plan. */
interface Tally {
  chars: number;
  items: number;
}

const tallyOf = (value: unknown, tally: Tally): unknown => {
  const cleaned = cleanStrings(value);
  if (cleaned.removed > 0) {
    tally.chars += cleaned.removed;
    tally.items += 1;
  }
  return cleaned.value;
};

/** "3 invisible or direction-changing characters were removed from 2 cards." */
export const cleanedMessage = (chars: number, where: string): string =>
  chars === 1
    ? `1 invisible or direction-changing character was removed from ${where}.`
    : `${formatNumber(chars)} invisible or direction-changing characters were removed from ${where}.`;

const cleanedRepair = (tally: Tally, singular: string, plural: string): Repair[] => {
  if (tally.chars === 0) return [];
  const where = tally.items === 1 ? `1 ${singular}` : `${formatNumber(tally.items)} ${plural}`;
  return [{ kind: 'text-cleaned', message: cleanedMessage(tally.chars, where) }];
};

const wholeRepair = (tally: Tally, where: string): Repair[] =>
  tally.chars === 0 ? [] : [{ kind: 'text-cleaned', message: cleanedMessage(tally.chars, where) }];

/** Envelope fields except payload and checksum (those are judged separately). */
export const checkMeta = (
  envelope: Readonly<Record<string, unknown>>,
  formatVersion: number,
): Checked<PlanMeta> => {
  // formatVersion was gated before migrating, and each migration proved the version it left.
  const ignored = new Set(['formatVersion', 'payload', 'checksum']);
  const tally: Tally = { chars: 0, items: 0 };
  const meta = tallyOf(
    Object.fromEntries(Object.entries(envelope).filter(([key]) => !ignored.has(key))),
    tally,
  );
  const parsed = parseWith(metaWithoutVersion, meta, META_LABELS);
  if (parsed.ok)
    return {
      ok: true,
      value: { ...parsed.value, formatVersion },
      cleaned: wholeRepair(tally, 'the file details'),
    };
  return {
    ok: false,
    details: parsed.errors.map((e) => inContext('File details', e.message, 'The file')),
  };
};

const COLLECTION_KEYS = ['participants', 'cards', 'actions'] as const;

const PAYLOAD_KEYS = new Set(['workshop', 'participants', 'cards', 'actions']);

/** Collections as people call them ("attendees", not "participants"). */
const COLLECTION_NOUN = { participants: 'attendees', cards: 'cards', actions: 'actions' } as const;

/** Shape and counts first, so a huge or wrong payload is refused before item validation. */
const checkShape = (payload: unknown): string[] => {
  if (!isRecord(payload)) return ['The plan content is missing'];
  const problems: string[] = [];
  for (const key of Object.keys(payload)) {
    if (!PAYLOAD_KEYS.has(key))
      problems.push(
        `The plan content has a part this version does not know: '${cleanUserText(key, { singleLine: true }).slice(0, 40)}'`,
      );
  }
  if (!isRecord(payload.workshop)) problems.push('The workshop details are missing');
  for (const key of COLLECTION_KEYS) {
    const list = payload[key];
    const noun = COLLECTION_NOUN[key];
    if (!Array.isArray(list)) problems.push(`The list of ${noun} is missing`);
    else if (list.length > COUNT_LIMITS[key])
      problems.push(
        `The plan has ${formatNumber(list.length)} ${noun}; a plan can have at most ${formatNumber(COUNT_LIMITS[key])}`,
      );
  }
  return problems;
};

/**
 * Attendees are checked against the schema alone: an anonymised copy legitimately holds
 * attendees with neither a name nor a role, which the editing screens do not allow.
 */
const checkParticipant = (candidate: unknown): Result<Participant> =>
  parseWith(participantSchema, candidate, PARTICIPANT_LABELS);

const checkList = <T>(
  source: unknown,
  noun: string,
  validate: (candidate: unknown) => Result<T>,
  details: string[],
  tally: Tally,
): T[] => {
  const out: T[] = [];
  const list = Array.isArray(source) ? (source as readonly unknown[]) : [];
  for (let i = 0; i < list.length && details.length < MAX_DETAILS; i += 1) {
    const result = validate(tallyOf(list[i], tally));
    if (result.ok) out.push(result.value);
    else for (const e of result.errors) details.push(inContext(`${noun} ${i + 1}`, e.message));
  }
  return out;
};

/** Validate every object of the payload; stops collecting after `MAX_DETAILS` problems. */
export const checkPayload = (payload: unknown): Checked<WorkshopContent> => {
  const shape = checkShape(payload);
  if (shape.length > 0 || !isRecord(payload)) return { ok: false, details: shape };
  const details: string[] = [];
  const tallies = {
    workshop: { chars: 0, items: 0 },
    participants: { chars: 0, items: 0 },
    cards: { chars: 0, items: 0 },
    actions: { chars: 0, items: 0 },
  };
  const workshop = validateWorkshop(tallyOf(payload.workshop, tallies.workshop));
  if (!workshop.ok)
    for (const e of workshop.errors) details.push(inContext('Workshop', e.message, 'The workshop'));
  const participants = checkList(
    payload.participants,
    'Attendee',
    checkParticipant,
    details,
    tallies.participants,
  );
  const cards = checkList(payload.cards, 'Card', validateCard, details, tallies.cards);
  const actions = checkList(payload.actions, 'Action', validateAction, details, tallies.actions);
  if (details.length > 0 || !workshop.ok) return { ok: false, details };
  return {
    ok: true,
    value: { workshop: workshop.value, participants, cards, actions },
    cleaned: [
      ...wholeRepair(tallies.workshop, 'the workshop details'),
      ...cleanedRepair(tallies.participants, 'attendee', 'attendees'),
      ...cleanedRepair(tallies.cards, 'card', 'cards'),
      ...cleanedRepair(tallies.actions, 'action', 'actions'),
    ],
  };
};
