/**
 * Integrity repair after validation: each object is valid on its own, but the links between
 * them may not be (a file edited by hand, merged by another tool, or half-corrupted). Every
 * repair is reported in plain words for the import preview; nothing is repaired silently.
 */
import type { WorkshopContent } from '../domain/workshop';
import { isUsablePosition } from '../domain/boardLayout';
import { numberIdeas } from '../domain/ideaNumbers';
import type { Action, Card, Participant } from '../domain/schemas';
import { canonicalJson } from './canonicalJson';

export type RepairKind =
  | 'workshop-link-fixed'
  | 'duplicate-removed'
  | 'duplicate-renamed'
  | 'card-link-cleared'
  | 'idea-renumbered'
  | 'steps-deduplicated'
  /** Star board positions far off the board, or stacked on another card, laid out afresh. */
  | 'board-position-reset'
  /** Invisible or direction-changing characters removed by the text gate (domain/text.ts). */
  | 'text-cleaned';

export interface Repair {
  readonly kind: RepairKind;
  readonly message: string;
}

export interface Repaired {
  readonly content: WorkshopContent;
  readonly repairs: readonly Repair[];
}

const ID_MAX = 64;

const quote = (text: string): string => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return `"${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}"`;
};

const participantLabel = (p: Participant): string =>
  `attendee ${quote(p.role || p.organisation || p.id)}`;
const cardLabel = (c: Card): string => `card ${quote(c.text)}`;
const actionLabel = (a: Action): string => `action ${quote(a.title)}`;

const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** An id not in `taken`, derived from `id` and still within the id length limit. */
export const freshId = (id: string, taken: ReadonlySet<string>): string => {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, ID_MAX - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
};

const attach = <T extends { readonly workshopId: string }>(
  items: readonly T[],
  workshopId: string,
  plural: string,
  repairs: Repair[],
): T[] => {
  let moved = 0;
  const out = items.map((item) => {
    if (item.workshopId === workshopId) return item;
    moved += 1;
    return { ...item, workshopId };
  });
  if (moved > 0) {
    const what = moved === 1 ? `1 ${plural.slice(0, -1)} was` : `${moved} ${plural} were`;
    repairs.push({
      kind: 'workshop-link-fixed',
      message: `${what} marked as belonging to a different workshop and ${moved === 1 ? 'has' : 'have'} been attached to this one.`,
    });
  }
  return out;
};

const dedupe = <T extends { readonly id: string }>(
  items: readonly T[],
  label: (item: T) => string,
  repairs: Repair[],
): T[] => {
  const firstById = new Map<string, T>();
  const taken = new Set(items.map((i) => i.id));
  const out: T[] = [];
  for (const item of items) {
    const first = firstById.get(item.id);
    if (first === undefined) {
      firstById.set(item.id, item);
      out.push(item);
    } else if (canonicalJson(first) === canonicalJson(item)) {
      repairs.push({
        kind: 'duplicate-removed',
        message: `${sentence(label(item))} appeared twice; the repeated copy was removed.`,
      });
    } else {
      const id = freshId(item.id, taken);
      taken.add(id);
      out.push({ ...item, id });
      repairs.push({
        kind: 'duplicate-renamed',
        message: `${sentence(label(item))} shared its id with another item; it was given a new id so both are kept.`,
      });
    }
  }
  return out;
};

/**
 * Board positions the board cannot use (far outside it: JSON cannot hold non-finite numbers,
 * and validation refuses them) are laid out afresh in the card's point, never lost and never
 * moved to another point. Cards placed on top of each other are left where the room put them:
 * the board draws them there and they can be moved; packed cards never land on them.
 */
const resetBadPositions = (cards: readonly Card[], repairs: Repair[]): Card[] => {
  let reset = 0;
  const out = cards.map((c) => {
    if (c.position === null || isUsablePosition(c.position)) return c;
    reset += 1;
    return { ...c, position: null };
  });
  if (reset > 0) {
    repairs.push({
      kind: 'board-position-reset',
      message: `${reset === 1 ? 'One card was' : `${String(reset)} cards were`} far off the Star board; ${reset === 1 ? 'it was' : 'they were'} put back in ${reset === 1 ? 'its' : 'their'} point's next free place.`,
    });
  }
  return out;
};

/** Make the content internally consistent, reporting each change. Pure. */
export const repairContent = (content: WorkshopContent): Repaired => {
  const repairs: Repair[] = [];
  let { workshop } = content;
  const steps = [...new Set(workshop.completedSteps)];
  if (steps.length !== workshop.completedSteps.length) {
    workshop = { ...workshop, completedSteps: steps };
    repairs.push({
      kind: 'steps-deduplicated',
      message: 'Some steps were marked as completed more than once; each is now listed once.',
    });
  }
  const participants = dedupe(
    attach(content.participants, workshop.id, 'attendees', repairs),
    participantLabel,
    repairs,
  );
  const deduped = dedupe(attach(content.cards, workshop.id, 'cards', repairs), cardLabel, repairs);
  // Idea numbers must be unique: a clash (two breakouts each adding "Idea 16") keeps the first
  // and gives the other the next number never used. Raising the workshop's counter to the
  // highest number changes nothing anyone sees, so it is not reported.
  const numbered = numberIdeas(deduped, workshop.lastIdeaNumber);
  for (const { card, previous } of numbered.renumbered) {
    repairs.push({
      kind: 'idea-renumbered',
      message:
        previous === null
          ? `${sentence(cardLabel(card))} had no idea number; it is now Idea ${String(card.number)}.`
          : `${sentence(cardLabel(card))} shared Idea ${String(previous)} with another idea; it is now Idea ${String(card.number)}.`,
    });
  }
  const cards = resetBadPositions(numbered.cards, repairs);
  if (numbered.lastIdeaNumber !== workshop.lastIdeaNumber)
    workshop = { ...workshop, lastIdeaNumber: numbered.lastIdeaNumber };
  const ideaIds = new Set(cards.filter((c) => c.kind === 'idea').map((c) => c.id));
  const actions = dedupe(
    attach(content.actions, workshop.id, 'actions', repairs),
    actionLabel,
    repairs,
  ).map((a) => {
    const kept = a.ideaIds.filter((id) => ideaIds.has(id));
    if (kept.length === a.ideaIds.length) return a;
    const dropped = a.ideaIds.length - kept.length;
    repairs.push({
      kind: 'card-link-cleared',
      message: `${sentence(actionLabel(a))} was linked to ${dropped === 1 ? 'an idea' : `${String(dropped)} ideas`} not in the file; ${dropped === 1 ? 'that link was' : 'those links were'} removed and the action kept.`,
    });
    return { ...a, ideaIds: kept };
  });
  return { content: { workshop, participants, cards, actions }, repairs };
};
