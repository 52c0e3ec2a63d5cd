/** Workshop attendees. Names are personal data: optional, and hidden from exports by default. */
import type { Result, Stamp } from './result';
import { STAFF_GROUPS, participantSchema, type Participant } from './schemas';
import { parseWith, type FieldLabels } from './validate';

export const PARTICIPANT_LABELS: FieldLabels = {
  name: 'name',
  role: 'job role',
  organisation: 'organisation',
  staffGroup: 'staff group',
  order: 'position',
};

export type ParticipantInput = Partial<
  Pick<
    Participant,
    'name' | 'role' | 'organisation' | 'staffGroup' | 'mayBeNamed' | 'interest' | 'influence'
  >
>;

/** What may be stored (and loaded or imported): an anonymised attendee may have no name or role. */
export const validateParticipant = (candidate: unknown): Result<Participant> =>
  parseWith(participantSchema, candidate, PARTICIPANT_LABELS);

/**
 * What a facilitator may enter: at least a name or a job role, or the row means nothing. Only
 * creating and editing apply this, so loading or importing an anonymised attendee still works.
 */
const validateEntry = (candidate: unknown): Result<Participant> => {
  const parsed = validateParticipant(candidate);
  if (parsed.ok && !parsed.value.name.trim() && !parsed.value.role.trim()) {
    return { ok: false, errors: [{ field: 'role', message: 'Enter a job role or a name' }] };
  }
  return parsed;
};

export const createParticipant = (
  workshopId: string,
  input: ParticipantInput,
  order: number,
  stamp: Stamp,
): Result<Participant> =>
  validateEntry({
    id: stamp.id,
    workshopId,
    name: input.name?.trim() ?? '',
    role: input.role?.trim() ?? '',
    organisation: input.organisation?.trim() ?? '',
    staffGroup: input.staffGroup ?? '',
    mayBeNamed: input.mayBeNamed ?? false,
    interest: input.interest ?? null,
    influence: input.influence ?? null,
    order,
    createdAt: stamp.now,
    updatedAt: stamp.now,
  });

export const updateParticipant = (
  participant: Participant,
  patch: ParticipantInput,
  now: string,
): Result<Participant> => validateEntry({ ...participant, ...patch, updatedAt: now });

/** How the attendee appears in exports: their name only when they agreed to be named. */
export const displayName = (p: Participant, anonymise: boolean): string => {
  const descriptor = [p.role, p.organisation].filter(Boolean).join(', ') || 'Attendee';
  return !anonymise && p.mayBeNamed && p.name ? `${p.name} (${descriptor})` : descriptor;
};

/** The menu entry that reveals a text box: the typed text itself is stored as the group. */
export const STAFF_GROUP_OTHER = 'Other (say what)';

const STANDARD_GROUP = new Map(STAFF_GROUPS.map((g) => [g.toLowerCase(), g]));

/** How a stored staff group shows in the menu: a standard group, or "Other" with its text. */
export const staffGroupChoice = (stored: string): { choice: string; other: string } => {
  const standard = STANDARD_GROUP.get(stored.trim().toLowerCase());
  if (stored.trim() === '') return { choice: '', other: '' };
  return standard ? { choice: standard, other: '' } : { choice: STAFF_GROUP_OTHER, other: stored };
};

/**
 * What to store for a menu choice. "Other" stores the typed text (a standard group typed by
 * hand gets its standard spelling, so it is counted with the others); empty text is refused.
 */
export const staffGroupFromChoice = (choice: string, other: string): Result<string> => {
  if (choice !== STAFF_GROUP_OTHER) return { ok: true, value: choice };
  const typed = other.trim();
  if (!typed)
    return { ok: false, errors: [{ field: 'staffGroup', message: 'Enter the staff group' }] };
  return { ok: true, value: STANDARD_GROUP.get(typed.toLowerCase()) ?? typed };
};
