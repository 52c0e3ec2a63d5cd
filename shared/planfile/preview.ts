/** What the import preview screen shows before anything is imported: pure, from a restore. */
import { CARD_KINDS, type CardKind } from '../domain/schemas';
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
}

export const CHECKSUM_MESSAGE: Readonly<Record<ChecksumVerdict, string>> = {
  valid: 'The file is complete: its contents match the checksum saved with it.',
  missing:
    'The file has no checksum, so Star Workshop cannot tell whether it was changed or damaged after saving.',
  mismatch:
    'The file’s contents do not match the checksum saved with it: it may have been damaged or edited after saving. Check the preview carefully before importing.',
};

export const previewOf = (result: RestoreSuccess): PlanPreview => {
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
  };
};
