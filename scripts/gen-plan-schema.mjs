#!/usr/bin/env node
// Regenerates docs/plan-file.schema.json from the zod schemas in shared/planfile/schema.ts.
// Plain Node cannot import the TypeScript sources, so the generation lives in a vitest test
// (tests/unit/planfile/jsonSchema.test.ts), which rewrites the file when UPDATE_SCHEMA=1 and
// otherwise fails if the committed schema is out of date.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'unit', 'tests/unit/planfile/jsonSchema.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, UPDATE_SCHEMA: '1' } },
);
process.exit(result.status ?? 1);
