/** Small helpers shared by the plan file tests: building envelopes by hand and unwrapping. */
import { expect } from 'vitest';
import {
  payloadChecksum,
  restorePlan,
  serialisePlan,
  type RestoreFailure,
  type RestoreOptions,
  type RestoreResult,
  type RestoreSuccess,
} from '@shared/planfile';
import type { WorkshopContent } from '@shared/domain/workshop';
import { makeContent } from '../../helpers/planFactory';

export const SAVE_OPTIONS = {
  anonymise: false,
  now: '2025-03-14T12:00:00.000Z',
  appVersion: '0.1.0',
} as const;

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The saved file as a plain object, to be tampered with. */
export const envelopeOf = (content: WorkshopContent = makeContent()): Record<string, unknown> =>
  JSON.parse(serialisePlan(content, SAVE_OPTIONS)) as Record<string, unknown>;

/** A file whose payload was edited and whose checksum was recomputed to match. */
export const withPayload = (payload: unknown, base = envelopeOf()): string =>
  JSON.stringify({
    ...base,
    payload,
    checksum: { algorithm: 'SHA-256', value: payloadChecksum(payload) },
  });

export const expectOk = (result: RestoreResult): RestoreSuccess => {
  if (!result.ok) expect.fail(`${result.error.message}\n${result.error.details.join('\n')}`);
  return result;
};

export const expectError = (result: RestoreResult): RestoreFailure['error'] => {
  if (result.ok) expect.fail('expected the file to be refused');
  return result.error;
};

/** The value, or a test failure naming what was missing (instead of a non-null assertion). */
export const must = <T>(value: T | undefined, what = 'value'): T => {
  if (value === undefined) expect.fail(`missing ${what}`);
  return value;
};

export const open = (input: string | Uint8Array, options?: RestoreOptions): RestoreResult =>
  restorePlan(input, options);
