/** What the import preview screen shows before anything is imported: pure, from a restore. */
import { CARD_KINDS, LIMITS, type CardKind } from '../domain/schemas';
import type { Repair } from './repair';
import type { ChecksumVerdict, RestoreSuccess } from './restore';

export interface PlanPreview {
  readonly organisation: string;
  readonly title: string;
  /** The workshop date (`YYYY-MM-DD`), or null when the plan has none. */
  readonly date: string | null;
  /** When the file was saved (ISO date-time) and by which app version. */
  readonly savedAt: string;
  readonly appVersion: string;
  readonly counts: {
    readonly participants: number;
    readonly cards: Readonly<Record<CardKind, number>> & { readonly total: number };
    readonly actions: number;
  };
  readonly checksum: ChecksumVerdict;
  /** One sentence about the checksum for the preview screen. */
  readonly checksumMessage: string;
  readonly repairs: readonly Repair[];
  readonly migratedFrom: number | null;
  /** The title the new copy gets, e.g. "Frailty (imported 30 Nov 2026)" (issue 8, item 7). */
  readonly importTitle: string;
}

/** How the copy came to be: opened from a file, or restored from a backup. */
export type CopyVerb = 'imported' | 'restored';

export interface CopyNaming {
  /** The local date of the import, `YYYY-MM-DD`. */
  readonly date: string;
  readonly verb?: CopyVerb;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-30` → "30 Nov 2026"; anything else is returned as it is. */
export const ukShortDate = (isoDate: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${String(Number(match[3]))} ${month} ${match[1] ?? ''}` : isoDate;
};

const TITLE_MAX = LIMITS.shortText;
/** A suffix an earlier import added, replaced rather than stacked on a copy of a copy. */
const EARLIER_SUFFIX = / \((?:imported|restored) \d{1,2} [A-Z][a-z]{2} \d{4}\)$/;

/** "Frailty pathway (imported 30 Nov 2026)": tells a copy from the original at a glance. */
export const importedTitle = (title: string, date: string, verb: CopyVerb = 'imported'): string => {
  const suffix = ` (${verb} ${ukShortDate(date)})`;
  const base = title.replace(EARLIER_SUFFIX, '').trim();
  const room = TITLE_MAX - suffix.length;
  const fitted = base.length > room ? `${base.slice(0, room - 1).trimEnd()}…` : base;
  return `${fitted}${suffix}`;
};

export const CHECKSUM_MESSAGE: Readonly<Record<ChecksumVerdict, string>> = {
  valid: 'The file is complete: its contents match the checksum saved with it.',
  missing:
    'The file has no checksum, so Star Workshop cannot tell whether it was changed or damaged after saving.',
  mismatch:
    'The file’s contents do not match the checksum saved with it: it may have been damaged or edited after saving. Check the preview carefully before importing.',
};

/** The preview; `naming` gives the copy's title its date ("imported 30 Nov 2026"). */
export const previewOf = (result: RestoreSuccess, naming?: CopyNaming): PlanPreview => {
  const { meta, content } = result.plan;
  const cards = Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>;
  for (const card of content.cards) cards[card.kind] += 1;
  return {
    organisation: content.workshop.scope.organisation || meta.organisation,
    title: content.workshop.scope.title,
    date: content.workshop.scope.date || null,
    savedAt: meta.savedAt,
    appVersion: meta.appVersion,
    counts: {
      participants: content.participants.length,
      cards: { ...cards, total: content.cards.length },
      actions: content.actions.length,
    },
    checksum: result.checksum,
    checksumMessage: CHECKSUM_MESSAGE[result.checksum],
    repairs: result.repairs,
    migratedFrom: result.migratedFrom,
    importTitle: naming
      ? importedTitle(content.workshop.scope.title, naming.date, naming.verb)
      : content.workshop.scope.title,
  };
};
