/**
 * Payload validators for every invoke channel. The main process runs these on every call,
 * because a renderer is treated as untrusted: even our own page could be made to send
 * anything if it were ever compromised. Kept apart from `./contract` so the preload bundle
 * does not carry zod.
 */
import { z } from 'zod';
import {
  MAX_BACKUP_BYTES,
  SAVE_KIND_NAMES,
  MAX_SAVE_FILE_BYTES,
  type BackupRef,
  type WriteBackupRequest,
  type InvokeArgs,
  type InvokeChannel,
  type OpenFileRequest,
  type SaveFileRequest,
} from './contract';

// Zod v4 compiles validators with `new Function` unless told not to; the renderer CSP forbids it.
z.config({ jitless: true });

export const MAX_EXTERNAL_URL_LENGTH = 2_000;
const MAX_FILTERS = 10;
const MAX_EXTENSIONS = 10;

/** Characters Windows, macOS or Linux refuse in a file name, plus control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
const FORBIDDEN_NAME_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/;

const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !FORBIDDEN_NAME_CHARS.test(name), 'A file name cannot contain folders.')
  .refine((name) => name.trim() !== '' && name !== '.' && name !== '..', 'Not a file name.');

const fileFilter = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.union([z.literal('*'), z.string().regex(/^[A-Za-z0-9]{1,16}$/)]))
      .min(1)
      .max(MAX_EXTENSIONS),
  })
  .strict();

const filters = z.array(fileFilter).max(MAX_FILTERS);

const fileData = z.union([
  z.string().max(MAX_SAVE_FILE_BYTES),
  z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'The file is too large to save.'),
]);

export const saveFileRequestSchema = z
  .object({ suggestedName: fileName, kind: z.enum(SAVE_KIND_NAMES), data: fileData })
  .strict() satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z
  .object({ filters })
  .strict() satisfies z.ZodType<OpenFileRequest>;

export const externalUrlSchema = z.string().min(1).max(MAX_EXTERNAL_URL_LENGTH);

/**
 * Bytes a string takes as UTF-8, without encoding it (shared/ has neither TextEncoder's DOM
 * types nor Node's Buffer). Lone surrogates count as U+FFFD, 3 bytes, as encoders write them.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// --- Plan files (issue 5) ---
/** Folder and file names of backups: plain characters only, so no path can be smuggled in. */
export const BACKUP_FOLDER_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export const BACKUP_FILE_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.heestar$/;
const workshopIdSchema = z.string().min(1).max(64);

export const writeBackupRequestSchema = z
  .object({
    workshopId: workshopIdSchema,
    // The character check is a cheap first pass; the limit itself is in bytes.
    data: z
      .string()
      .min(1)
      .max(MAX_BACKUP_BYTES)
      .refine(
        (data) => utf8ByteLength(data) <= MAX_BACKUP_BYTES,
        'The backup is over the 10 MB limit.',
      ),
  })
  .strict() satisfies z.ZodType<WriteBackupRequest>;

export const backupRefSchema = z
  .object({
    folder: z.string().regex(BACKUP_FOLDER_PATTERN),
    fileName: z.string().regex(BACKUP_FILE_PATTERN),
  })
  .strict() satisfies z.ZodType<BackupRef>;

/** An opaque recent-file id; main opens a file only if its own list has that id. */
export const RECENT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const recentIdSchema = z.string().regex(RECENT_ID_PATTERN);

/** Argument-tuple schemas, one per channel; the map's type forces every channel to have one. */
export const INVOKE_ARGS_SCHEMAS: { [K in InvokeChannel]: z.ZodType<InvokeArgs<K>> } = {
  'app:get-info': z.tuple([]),
  'shell:open-external': z.tuple([externalUrlSchema, z.enum(['app', 'content'])]),
  'file:save': z.tuple([saveFileRequestSchema]),
  'file:open': z.tuple([openFileRequestSchema]),
  'plan:write-backup': z.tuple([writeBackupRequestSchema]),
  'plan:list-backups': z.tuple([workshopIdSchema.nullable()]),
  'plan:read-backup': z.tuple([backupRefSchema]),
  'plan:recent-files': z.tuple([]),
  'plan:open-recent': z.tuple([recentIdSchema]),
  'plan:take-open-requests': z.tuple([]),
};

/** The page's menu state: one flag, nothing else. */
export const menuStateSchema = z.tuple([z.object({ hasWorkshop: z.boolean() }).strict()]);

/** The flush reply: the id main sent and whether every pending edit was saved. */
export const flushDoneSchema = z.tuple([z.number().int().nonnegative(), z.boolean().optional()]);

export type ParsedArgs<K extends InvokeChannel> =
  { ok: true; args: InvokeArgs<K> } | { ok: false; reason: string };

/** Validates a channel's raw argument list; never throws. */
export function parseInvokeArgs<K extends InvokeChannel>(
  channel: K,
  rawArgs: readonly unknown[],
): ParsedArgs<K> {
  const schema: z.ZodType<InvokeArgs<K>> = INVOKE_ARGS_SCHEMAS[channel];
  const result = schema.safeParse(rawArgs);
  if (result.success) return { ok: true, args: result.data };
  return { ok: false, reason: result.error.issues[0]?.message ?? 'Invalid request.' };
}
