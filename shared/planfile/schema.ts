/**
 * Zod schemas of the current (format 2) plan file. The payload reuses the domain schemas unchanged, so
 * a file can hold exactly what the app can store; the envelope adds identity and a checksum.
 * `planFileSchema` is the whole file, from which docs/plan-file.schema.json is generated.
 */
import { z } from 'zod';
import { actionSchema, cardSchema, participantSchema, workshopSchema } from '../domain/schemas';
import {
  CHECKSUM_ALGORITHM,
  COUNT_LIMITS,
  CURRENT_FORMAT_VERSION,
  PLAN_FILE_TYPE,
} from './constants';

const idSchema = z.string().min(1).max(64);
const isoDateTime = z.iso.datetime({ offset: true });

export const checksumSchema = z
  .strictObject({
    algorithm: z.literal(CHECKSUM_ALGORITHM),
    value: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .describe('SHA-256 of the canonical JSON of `payload` (RFC 8785 style), lower-case hex.');

export const planPayloadSchema = z
  .strictObject({
    workshop: workshopSchema,
    participants: z.array(participantSchema).max(COUNT_LIMITS.participants),
    cards: z.array(cardSchema).max(COUNT_LIMITS.cards),
    actions: z.array(actionSchema).max(COUNT_LIMITS.actions),
  })
  .describe('The whole workshop: scope, attendees, cards and the action plan.');

/** Envelope fields other than the payload and checksum, checked strictly on every read. */
export const planMetaSchema = z.strictObject({
  type: z.literal(PLAN_FILE_TYPE),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  appVersion: z.string().min(1).max(50).describe('Version of the app that saved the file.'),
  documentId: idSchema.describe('Stays the same across saves of one plan.'),
  createdAt: isoDateTime.describe('When the plan was first created.'),
  savedAt: isoDateTime.describe('When this file was saved.'),
  organisation: z.string().max(200).describe('Copy of payload.workshop.scope.organisation.'),
});

export const planFileSchema = planMetaSchema
  .extend({
    payload: planPayloadSchema,
    checksum: checksumSchema
      .nullable()
      .optional()
      .describe('Missing or null: the file opens with the verdict "missing".'),
  })
  .describe('A Star Workshop plan file (.heestar), format 2: UTF-8 JSON.');

export type PlanMeta = Omit<z.infer<typeof planMetaSchema>, 'formatVersion'> & {
  readonly formatVersion: number;
};
export type PlanChecksum = z.infer<typeof checksumSchema>;
export type PlanFile = z.infer<typeof planFileSchema>;

/** JSON Schema (draft 2020-12) of the plan file, for other tools. */
export const planFileJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(planFileSchema, { target: 'draft-2020-12', io: 'input' });
