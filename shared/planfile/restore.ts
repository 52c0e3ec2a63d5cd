/**
 * The one way into the app for plan data from outside: bytes or text in, a validated,
 * repaired workshop or a typed error out. Steps run in the order set by the quality bar
 * (size → strict UTF-8 → scan for depth, entry counts, text length and prototype keys → parse
 * → envelope → version gate → migrate → validate → repair → checksum verdict), each cheap
 * check before any expensive one. Never throws.
 */
import type { WorkshopContent } from '../domain/workshop';
import { formatNumber } from '../domain/text';
import { payloadChecksum } from './canonicalJson';
import {
  CHECKSUM_ALGORITHM,
  CURRENT_FORMAT_VERSION,
  MAX_ARRAY_LENGTH,
  MAX_FILE_BYTES,
  MAX_NESTING_DEPTH,
  MAX_TEXT_LENGTH,
  PLAN_FILE_TYPE,
} from './constants';
import { planFileErrors, type PlanFileError } from './errors';
import { MIGRATIONS, runMigrations, type Migration, type RawEnvelope } from './migrations';
import { repairContent, type Repair } from './repair';
import { scanJsonText } from './scan';
import type { PlanMeta } from './schema';
import { decodeUtf8Strict, stripBom, utf8ByteLength } from './utf8';
import { checkMeta, checkPayload } from './validate';

/** `valid`: matches; `missing`: the file has none; `mismatch`: wrong or unreadable checksum. */
export type ChecksumVerdict = 'valid' | 'missing' | 'mismatch';

export interface RestoredPlan {
  /** Envelope details as the file states them (after migration to the current format). */
  readonly meta: PlanMeta;
  readonly content: WorkshopContent;
}

export interface RestoreSuccess {
  readonly ok: true;
  readonly plan: RestoredPlan;
  readonly checksum: ChecksumVerdict;
  readonly repairs: readonly Repair[];
  /** The format the file was written in, when older than the current one; otherwise null. */
  readonly migratedFrom: number | null;
}

export interface RestoreFailure {
  readonly ok: false;
  readonly error: PlanFileError;
}

export type RestoreResult = RestoreSuccess | RestoreFailure;

export interface RestoreOptions {
  readonly maxBytes?: number;
  readonly maxDepth?: number;
  /** Replaces the registry; tests use it to exercise the migration machinery. */
  readonly migrations?: readonly Migration[];
  /** The newest format understood; only tests set it, together with `migrations`. */
  readonly currentFormatVersion?: number;
}

const fail = (error: PlanFileError): RestoreFailure => ({ ok: false, error });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** First bytes of files people send instead of a plan, so they get told what they have. */
const SIGNATURES: readonly {
  readonly bytes: readonly number[];
  readonly error: () => PlanFileError;
}[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], error: planFileErrors.zipFile },
  { bytes: [0x50, 0x4b, 0x05, 0x06], error: planFileErrors.zipFile }, // an empty ZIP
  { bytes: [0x1f, 0x8b], error: planFileErrors.gzipFile },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], error: planFileErrors.pdfFile }, // %PDF-
];

const sniff = (input: Uint8Array | string): RestoreFailure | undefined => {
  const at = (i: number): number | undefined =>
    typeof input === 'string' ? input.charCodeAt(i) : input[i];
  const match = SIGNATURES.find((s) => s.bytes.every((b, i) => at(i) === b));
  return match ? fail(match.error()) : undefined;
};

const decode = (input: Uint8Array | string, maxBytes: number): string | RestoreFailure => {
  const signature = sniff(input);
  if (signature) return signature;
  if (typeof input === 'string') {
    // Every UTF-16 unit is at least one UTF-8 byte, so long strings are refused uncounted.
    const bytes = input.length > maxBytes ? input.length : utf8ByteLength(input, maxBytes);
    return bytes > maxBytes ? fail(planFileErrors.tooLarge(bytes, maxBytes)) : stripBom(input);
  }
  if (input.length > maxBytes) return fail(planFileErrors.tooLarge(input.length, maxBytes));
  try {
    return stripBom(decodeUtf8Strict(input));
  } catch (cause) {
    return fail(planFileErrors.notUtf8(cause));
  }
};

type Parsed = { readonly ok: true; readonly value: unknown } | RestoreFailure;

const tooManyEntries = (limit: number): PlanFileError =>
  planFileErrors.invalidContent(
    [
      `A list in the file has more than ${formatNumber(limit)} entries, more than any plan can hold`,
    ],
    { limit },
  );

const parse = (text: string, maxDepth: number): Parsed => {
  if (text.trim() === '') return fail(planFileErrors.empty());
  const problem = scanJsonText(text, {
    maxDepth,
    maxEntries: MAX_ARRAY_LENGTH,
    maxTextLength: MAX_TEXT_LENGTH,
  });
  if (problem?.kind === 'too-deep') return fail(planFileErrors.tooDeep(problem.limit));
  if (problem?.kind === 'forbidden-key') return fail(planFileErrors.forbiddenKey(problem.key));
  if (problem?.kind === 'too-many-entries') return fail(tooManyEntries(problem.limit));
  if (problem?.kind === 'too-long-text') {
    const detail = `A text in the file is longer than the ${formatNumber(problem.limit)} characters any plan field can hold`;
    return fail(planFileErrors.invalidContent([detail], problem));
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return fail(planFileErrors.notJson(cause));
  }
};

/** Judged on the payload exactly as saved, before any migration or repair changes it. */
export const checksumVerdict = (envelope: RawEnvelope): ChecksumVerdict => {
  const { checksum } = envelope;
  if (checksum === undefined || checksum === null) return 'missing';
  if (!isRecord(checksum) || checksum.algorithm !== CHECKSUM_ALGORITHM) return 'mismatch';
  return checksum.value === payloadChecksum(envelope.payload) ? 'valid' : 'mismatch';
};

const restoreParsed = (parsed: unknown, options: RestoreOptions): RestoreResult => {
  if (!isRecord(parsed)) return fail(planFileErrors.notAPlan('The file does not hold an object'));
  if (parsed.type !== PLAN_FILE_TYPE) {
    return fail(planFileErrors.notAPlan(`The file type is not "${PLAN_FILE_TYPE}"`));
  }
  const version = parsed.formatVersion;
  const current = options.currentFormatVersion ?? CURRENT_FORMAT_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(planFileErrors.unknownFormat(version));
  }
  if (version > current) return fail(planFileErrors.newerFormat(version, current));

  // Judged before migrating (which may rebuild the payload), or, when nothing will migrate,
  // only once the content is known to be valid, so damaged files are refused sooner.
  const early = version < current ? checksumVerdict(parsed) : undefined;

  const migrated = runMigrations(parsed, version, options.migrations ?? MIGRATIONS, current);
  if (!migrated.ok)
    return fail(planFileErrors.migrationFailed(migrated.from, migrated.to, migrated.cause));

  const meta = checkMeta(migrated.envelope, current);
  const payload = checkPayload(migrated.envelope.payload);
  if (!meta.ok || !payload.ok) {
    const details = [...(meta.ok ? [] : meta.details), ...(payload.ok ? [] : payload.details)];
    return fail(planFileErrors.invalidContent(details));
  }
  const { content, repairs } = repairContent(payload.value);
  return {
    ok: true,
    plan: { meta: meta.value, content },
    checksum: early ?? checksumVerdict(parsed),
    repairs: [...meta.cleaned, ...payload.cleaned, ...repairs],
    migratedFrom: migrated.applied.length > 0 ? version : null,
  };
};

/** Open a plan file. Returns a typed result for every input; never throws. */
export const restorePlan = (
  input: Uint8Array | string,
  options: RestoreOptions = {},
): RestoreResult => {
  try {
    const text = decode(input, options.maxBytes ?? MAX_FILE_BYTES);
    if (typeof text !== 'string') return text;
    const parsed = parse(text, options.maxDepth ?? MAX_NESTING_DEPTH);
    return parsed.ok ? restoreParsed(parsed.value, options) : parsed;
  } catch (cause) {
    return fail(planFileErrors.internal(cause));
  }
};
