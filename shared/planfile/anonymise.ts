/**
 * Anonymised copies for sharing beyond the room: attendee names are personal data (UK GDPR).
 * Names are blanked on attendees, and every mention of a name in free text is replaced by the
 * person's role (or "[attendee]"). Roles and organisations are kept: they carry the workforce
 * meaning of the plan. Matching is on whole words: a full name in any case, and each part of a
 * name (titles such as "Dr" aside) when written with a capital, so "Will Jones" does not turn
 * "we will" into "we [attendee]". Nicknames and initials cannot be recognised.
 */
import type { WorkshopContent } from '../domain/workshop';
import { LIMITS, type Action, type Card, type Participant, type Workshop } from '../domain/schemas';

export const ANONYMOUS_ATTENDEE = '[attendee]';

const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'dame']);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TAG_MAX = 60;

interface NamePattern {
  readonly pattern: RegExp;
  /** Lower-cased full name or name part → replacement text. */
  readonly replacements: ReadonlyMap<string, string>;
  /** Parts that are nobody's full name: replaced only when written with a capital. */
  readonly capitalisedOnly: ReadonlySet<string>;
}

const addReplacement = (map: Map<string, string>, key: string, replacement: string): void => {
  const existing = map.get(key);
  // A name or part shared by people with different roles cannot say which role it means.
  map.set(
    key,
    existing === undefined || existing === replacement ? replacement : ANONYMOUS_ATTENDEE,
  );
};

const buildPattern = (participants: readonly Participant[]): NamePattern | null => {
  const replacements = new Map<string, string>();
  const fullNames = new Set<string>();
  const parts = new Set<string>();
  for (const p of participants) {
    const name = p.name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!name) continue;
    const replacement = p.role.trim() || ANONYMOUS_ATTENDEE;
    const words = name.split(' ');
    const firstNonTitle = words.findIndex((w) => !TITLES.has(w.replace(/\.$/, '')));
    const untitled = firstNonTitle < 0 ? '' : words.slice(firstNonTitle).join(' ');
    for (const full of new Set([name, untitled])) {
      if (!full) continue;
      addReplacement(replacements, full, replacement);
      fullNames.add(full);
    }
    for (const part of words) {
      const key = part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (key.length < 2 || TITLES.has(key)) continue;
      addReplacement(replacements, key, replacement);
      parts.add(key);
    }
  }
  if (replacements.size === 0) return null;
  // Longest first, so "priya shah" wins over "priya"; spaces inside names match any run.
  const alternatives = [...replacements.keys()]
    .sort((x, y) => y.length - x.length)
    .map((key) => escapeRegExp(key).replace(/ /g, '\\s+'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const capitalisedOnly = new Set([...parts].filter((part) => !fullNames.has(part)));
  return { pattern, replacements, capitalisedOnly };
};

const isCapitalised = (text: string): boolean => {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
};

/** Replace every recognised name in `text`; the result is cut to `limit` characters if needed. */
const scrubWith =
  (names: NamePattern | null) =>
  (text: string, limit: number): string => {
    if (!names || text === '') return text;
    const scrub = (useRoles: boolean): string =>
      text.replace(names.pattern, (match) => {
        const key = match.toLowerCase().replace(/\s+/g, ' ');
        if (names.capitalisedOnly.has(key) && !isCapitalised(match)) return match;
        return useRoles ? (names.replacements.get(key) ?? ANONYMOUS_ATTENDEE) : ANONYMOUS_ATTENDEE;
      });
    const withRoles = scrub(true);
    if (withRoles.length <= limit) return withRoles;
    // Roles can be longer than names; fall back to the short marker, then cut.
    const plain = scrub(false);
    return plain.length <= limit ? plain : plain.slice(0, limit).trimEnd();
  };

type Scrub = (text: string, limit: number) => string;

const scrubWorkshop = (w: Workshop, scrub: Scrub): Workshop => ({
  ...w,
  scope: {
    ...w.scope,
    title: scrub(w.scope.title, LIMITS.shortText),
    service: scrub(w.scope.service, LIMITS.shortText),
    population: scrub(w.scope.population, LIMITS.mediumText),
    challenge: scrub(w.scope.challenge, LIMITS.mediumText),
    sponsor: scrub(w.scope.sponsor, LIMITS.shortText),
    facilitators: scrub(w.scope.facilitators, LIMITS.shortText),
    venue: scrub(w.scope.venue, LIMITS.shortText),
  },
  stepNotes: Object.fromEntries(
    Object.entries(w.stepNotes).map(([step, note]) => [step, scrub(note, LIMITS.longText)]),
  ),
});

const scrubTags = (tags: readonly string[], scrub: Scrub): string[] =>
  tags.map((t) => scrub(t, TAG_MAX));

const scrubCard = (c: Card, scrub: Scrub): Card => ({
  ...c,
  text: scrub(c.text, LIMITS.mediumText),
  tags: scrubTags(c.tags, scrub),
});

const scrubAction = (a: Action, scrub: Scrub): Action => ({
  ...a,
  title: scrub(a.title, LIMITS.shortText),
  description: scrub(a.description, LIMITS.longText),
  owner: scrub(a.owner, LIMITS.shortText),
  resources: scrub(a.resources, LIMITS.mediumText),
  successMeasure: scrub(a.successMeasure, LIMITS.mediumText),
  baseline: scrub(a.baseline, LIMITS.mediumText),
  dependencies: scrub(a.dependencies, LIMITS.mediumText),
  risks: scrub(a.risks, LIMITS.mediumText),
  progressNotes: a.progressNotes.map((n) => ({ ...n, text: scrub(n.text, LIMITS.mediumText) })),
  tags: scrubTags(a.tags, scrub),
});

/** A copy of the workshop with no attendee names in it. Pure. */
export const anonymisePlan = (content: WorkshopContent): WorkshopContent => {
  const scrub = scrubWith(buildPattern(content.participants));
  return {
    workshop: scrubWorkshop(content.workshop, scrub),
    participants: content.participants.map((p) => ({ ...p, name: '' })),
    cards: content.cards.map((c) => scrubCard(c, scrub)),
    actions: content.actions.map((a) => scrubAction(a, scrub)),
  };
};
