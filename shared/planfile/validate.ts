/**
 * Strict validation of a format 1 envelope and payload, using the same domain validators the
 * app uses for its own edits (so every limit and cross-field rule applies), with each problem
 * turned into a sentence naming where it is: "Card 4: Card text must be 2000 characters or fewer".
 */
import { validateAction } from '../domain/action';
import { validateCard } from '../domain/card';
import { PARTICIPANT_LABELS } from '../domain/participant';
import type { WorkshopContent } from '../domain/progress';
import type { Result } from '../domain/result';
import { participantSchema, type Participant } from '../domain/schemas';
import { parseWith, toFieldErrors } from '../domain/validate';
import { validateWorkshop } from '../domain/workshop';
import { COUNT_LIMITS } from './constants';
import { MAX_DETAILS } from './errors';
import { planMetaSchema, type PlanMeta } from './schema';

export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly details: readonly string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const META_LABELS = {
  appVersion: 'app version',
  documentId: 'document id',
  createdAt: 'created date',
  savedAt: 'saved date',
  organisation: 'organisation',
};

const metaWithoutVersion = planMetaSchema.omit({ formatVersion: true });

/** Envelope fields except payload and checksum (those are judged separately). */
export const checkMeta = (
  envelope: Readonly<Record<string, unknown>>,
  formatVersion: number,
): Checked<PlanMeta> => {
  // formatVersion was gated before migrating, and each migration proved the version it left.
  const ignored = new Set(['formatVersion', 'payload', 'checksum']);
  const meta = Object.fromEntries(Object.entries(envelope).filter(([key]) => !ignored.has(key)));
  const parsed = metaWithoutVersion.safeParse(meta);
  if (parsed.success) return { ok: true, value: { ...parsed.data, formatVersion } };
  return {
    ok: false,
    details: toFieldErrors(parsed.error, META_LABELS).map((e) => `File details: ${e.message}`),
  };
};

const COLLECTION_KEYS = ['participants', 'cards', 'actions'] as const;

const PAYLOAD_KEYS = new Set(['workshop', 'participants', 'cards', 'actions']);

/** Shape and counts first, so a huge or wrong payload is refused before item validation. */
const checkShape = (payload: unknown): string[] => {
  if (!isRecord(payload)) return ['The plan content is missing'];
  const problems: string[] = [];
  for (const key of Object.keys(payload)) {
    if (!PAYLOAD_KEYS.has(key))
      problems.push(`The plan content has an unknown part "${key.slice(0, 40)}"`);
  }
  if (!isRecord(payload.workshop)) problems.push('The workshop details are missing');
  for (const key of COLLECTION_KEYS) {
    const list = payload[key];
    if (!Array.isArray(list)) problems.push(`The list of ${key} is missing`);
    else if (list.length > COUNT_LIMITS[key])
      problems.push(
        `The plan has ${list.length} ${key}; a plan can have at most ${COUNT_LIMITS[key]}`,
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
): T[] => {
  const out: T[] = [];
  const list = Array.isArray(source) ? (source as readonly unknown[]) : [];
  for (let i = 0; i < list.length && details.length < MAX_DETAILS; i += 1) {
    const result = validate(list[i]);
    if (result.ok) out.push(result.value);
    else for (const e of result.errors) details.push(`${noun} ${i + 1}: ${e.message}`);
  }
  return out;
};

/** Validate every object of the payload; stops collecting after `MAX_DETAILS` problems. */
export const checkPayload = (payload: unknown): Checked<WorkshopContent> => {
  const shape = checkShape(payload);
  if (shape.length > 0 || !isRecord(payload)) return { ok: false, details: shape };
  const details: string[] = [];
  const workshop = validateWorkshop(payload.workshop);
  if (!workshop.ok) for (const e of workshop.errors) details.push(`Workshop: ${e.message}`);
  const participants = checkList(payload.participants, 'Attendee', checkParticipant, details);
  const cards = checkList(payload.cards, 'Card', validateCard, details);
  const actions = checkList(payload.actions, 'Action', validateAction, details);
  if (details.length > 0 || !workshop.ok) return { ok: false, details };
  return { ok: true, value: { workshop: workshop.value, participants, cards, actions } };
};
