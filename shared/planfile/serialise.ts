/**
 * Writing a plan file. The output is deterministic for given content and options (the payload
 * is written in canonical form), so save → open → save gives the same bytes and a file's
 * checksum can be recomputed by any tool from the payload alone.
 */
import type { WorkshopContent } from '../domain/workshop';
import { anonymisePlan } from './anonymise';
import { canonicalJson, checksumOfCanonical } from './canonicalJson';
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

/** Envelope fields written before the payload, in this order. */
const HEAD_KEYS: string[] = [
  'type',
  'formatVersion',
  'appVersion',
  'documentId',
  'createdAt',
  'savedAt',
  'organisation',
] satisfies (keyof PlanFile)[];

interface Built {
  readonly file: PlanFile;
  readonly canonicalPayload: string;
}

const build = (content: WorkshopContent, options: SerialiseOptions): Built => {
  const source = options.anonymise ? anonymisePlan(content) : content;
  const payload = payloadOf(source);
  const canonicalPayload = canonicalJson(payload);
  const file: PlanFile = {
    type: PLAN_FILE_TYPE,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: options.appVersion,
    documentId: options.documentId ?? source.workshop.id,
    createdAt: source.workshop.createdAt,
    savedAt: options.now,
    organisation: source.workshop.scope.organisation,
    payload,
    checksum: { algorithm: CHECKSUM_ALGORITHM, value: checksumOfCanonical(canonicalPayload) },
  };
  return { file, canonicalPayload };
};

/** Build the envelope object for `content` (exported for tools that embed it elsewhere). */
export const buildPlanFile = (content: WorkshopContent, options: SerialiseOptions): PlanFile =>
  build(content, options).file;

/**
 * The text of a `.heestar` file (UTF-8, no BOM). Envelope fields come first in a fixed order,
 * so a reader can see the type and version at the start; the payload is canonical JSON.
 */
export const serialisePlan = (content: WorkshopContent, options: SerialiseOptions): string => {
  const { file, canonicalPayload } = build(content, options);
  const headJson = JSON.stringify(file, HEAD_KEYS).slice(0, -1);
  return `${headJson},"payload":${canonicalPayload},"checksum":${JSON.stringify(file.checksum)}}\n`;
};
