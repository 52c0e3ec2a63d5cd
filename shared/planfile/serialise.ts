/**
 * Writing a plan file. The output is deterministic for given content and options (the payload
 * is written in canonical form), so save → open → save gives the same bytes and a file's
 * checksum can be recomputed by any tool from the payload alone.
 */
import type { WorkshopContent } from '../domain/progress';
import { anonymisePlan } from './anonymise';
import { canonicalJson, payloadChecksum } from './canonicalJson';
import { CHECKSUM_ALGORITHM, CURRENT_FORMAT_VERSION, PLAN_FILE_TYPE } from './constants';
import type { PlanFile } from './schema';

export interface SerialiseOptions {
  /** Remove attendee names everywhere (see `anonymisePlan`). */
  readonly anonymise: boolean;
  /** ISO date-time written as `savedAt`. */
  readonly now: string;
  readonly appVersion: string;
  /** Stable across saves of one plan; defaults to the workshop id. */
  readonly documentId?: string;
}

/** The plain payload object: only the four collections, in the order the app keeps them. */
const payloadOf = (content: WorkshopContent): PlanFile['payload'] => ({
  workshop: content.workshop,
  participants: [...content.participants],
  cards: [...content.cards],
  actions: [...content.actions],
});

/** Build the envelope object for `content` (exported for tools that embed it elsewhere). */
export const buildPlanFile = (content: WorkshopContent, options: SerialiseOptions): PlanFile => {
  const source = options.anonymise ? anonymisePlan(content) : content;
  const payload = payloadOf(source);
  return {
    type: PLAN_FILE_TYPE,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: options.appVersion,
    documentId: options.documentId ?? source.workshop.id,
    createdAt: source.workshop.createdAt,
    savedAt: options.now,
    organisation: source.workshop.scope.organisation,
    payload,
    checksum: { algorithm: CHECKSUM_ALGORITHM, value: payloadChecksum(payload) },
  };
};

/**
 * The text of a `.heestar` file (UTF-8, no BOM). Envelope fields come first in a fixed order,
 * so a reader can see the type and version at the start; the payload is canonical JSON.
 */
export const serialisePlan = (content: WorkshopContent, options: SerialiseOptions): string => {
  const file = buildPlanFile(content, options);
  const { payload, checksum, ...head } = file;
  const headJson = JSON.stringify(head).slice(0, -1);
  return `${headJson},"payload":${canonicalJson(payload)},"checksum":${JSON.stringify(checksum)}}\n`;
};
