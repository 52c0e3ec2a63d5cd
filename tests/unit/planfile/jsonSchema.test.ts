/**
 * docs/plan-file.schema.json is generated from the zod schemas, never edited by hand. This
 * test fails when the committed file differs from what the schemas give now; run
 * `node scripts/gen-plan-schema.mjs` (or this test with UPDATE_SCHEMA=1) to rewrite it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  planFileErrors,
  planFileJsonSchema,
  restorePlan,
  serialisePlan,
} from '@shared/planfile';
import { makeContent } from '../../helpers/planFactory';
import { expectOk, SAVE_OPTIONS } from './helpers';

const SCHEMA_PATH = join(import.meta.dirname, '../../../docs/plan-file.schema.json');

const generated = (): Record<string, unknown> => ({
  ...planFileJsonSchema(),
  title: 'Star Workshop plan file (.heestar), format 1',
});

describe('docs/plan-file.schema.json', () => {
  it('matches the zod schemas', () => {
    const text = `${JSON.stringify(generated(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_PATH, text);
    expect(existsSync(SCHEMA_PATH), 'run node scripts/gen-plan-schema.mjs').toBe(true);
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(text);
  });

  it('describes what the app writes: every saved field is in the schema', () => {
    const schema = generated() as { properties: Record<string, unknown>; required: string[] };
    const file = JSON.parse(serialisePlan(makeContent(), SAVE_OPTIONS)) as Record<string, unknown>;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(file).sort());
    expect(schema.required).not.toContain('checksum');
    expect(schema.properties.formatVersion).toMatchObject({ const: CURRENT_FORMAT_VERSION });
  });
});

describe('docs/plan-file-format.md', () => {
  const spec = readFileSync(join(import.meta.dirname, '../../../docs/plan-file-format.md'), 'utf8');

  it('gives a minimal example that opens, with the verdict it states', () => {
    const example = /## A minimal valid file\s+```json\n([\s\S]*?)```/.exec(spec)?.[1] ?? '';
    const result = expectOk(restorePlan(example));
    expect(result.checksum).toBe('missing');
    expect(result.repairs).toEqual([]);
  });

  it('quotes the newer-format message as the app shows it', () => {
    const message = planFileErrors.newerFormat(7).message.replace('format 7', 'format N');
    expect(spec.replace(/\s+/g, ' ')).toContain(message);
  });
});
