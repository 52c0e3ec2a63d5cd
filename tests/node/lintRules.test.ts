// The lint rules that keep the code in one shape (issue 9, item 10) fire on the files they are
// meant for and stay quiet elsewhere. Each sample is linted with the project's own
// eslint.config.js, as if it were the named file.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RULES = new Set(['no-restricted-imports', 'max-lines']);

const eslint = new ESLint({
  cwd: ROOT,
  // Only the rules under test run, so the samples need no type information (and no program).
  ruleFilter: ({ ruleId }) => RULES.has(ruleId),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
});

/** The rule ids ESLint reports for `code` as the file at `path` (relative to the repository). */
const firedOn = async (path: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  const messages = result?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${path}: ${fatal.message}`);
  return messages.map((m) => m.ruleId ?? '');
};

// Loading the config and its plugins is the slow part, and happens once.
beforeAll(async () => {
  await eslint.calculateConfigForFile(`${ROOT}renderer/src/main.tsx`);
}, 60_000);

const lines = (n: number): string =>
  Array.from({ length: n }, (_, i) => `export const v${String(i)} = ${String(i)};`).join('\n');

describe('max-lines', () => {
  it('refuses a source file over 300 lines of code, in renderer, shared and electron', async () => {
    for (const path of [
      'renderer/src/lib/big.ts',
      'shared/domain/big.ts',
      'electron/main/big.ts',
    ]) {
      expect(await firedOn(path, lines(301))).toContain('max-lines');
      expect(await firedOn(path, lines(300))).not.toContain('max-lines');
    }
  });

  it('does not count blank lines and comments', async () => {
    const padded = `${lines(300)}\n\n// a comment\n/* and\n another */\n`;
    expect(await firedOn('shared/domain/big.ts', padded)).not.toContain('max-lines');
  });

  it('allows a test file 500 lines', async () => {
    expect(await firedOn('tests/unit/big.test.ts', lines(500))).not.toContain('max-lines');
    expect(await firedOn('tests/unit/big.test.ts', lines(501))).toContain('max-lines');
  });
});

describe('Dexie stays in renderer/src/db/', () => {
  const dexie = "import { Dexie } from 'dexie';\nexport const D = Dexie;\n";

  it('refuses dexie anywhere else in the renderer, in shared and in electron', async () => {
    for (const path of [
      'renderer/src/store/sample.ts',
      'renderer/src/features/home/sample.ts',
      'renderer/src/features/steps/actions/sample.ts',
      'shared/domain/sample.ts',
      'electron/main/sample.ts',
    ]) {
      expect(await firedOn(path, dexie), path).toContain('no-restricted-imports');
    }
  });

  it('allows it in renderer/src/db/', async () => {
    expect(await firedOn('renderer/src/db/sample.ts', dexie)).toEqual([]);
  });
});

describe("no feature imports another feature's files", () => {
  const importing = (from: string): string => `import { x } from '${from}';\nexport const y = x;\n`;

  it('refuses a path into another feature, at every depth below features/', async () => {
    const cases: [string, string][] = [
      ['renderer/src/features/home/sample.ts', '../files/OpenPlanPanel'],
      ['renderer/src/features/steps/review/sample.ts', '../../workshop/UndoBar'],
      ['renderer/src/features/steps/review/sample.ts', '../../export/ExportPanel'],
      ['renderer/src/features/files/merge/x/sample.ts', '../../../workshop/useCurrentWorkshop'],
    ];
    for (const [path, from] of cases) {
      expect(await firedOn(path, importing(from)), `${path} ← ${from}`).toContain(
        'no-restricted-imports',
      );
    }
  });

  it("allows a feature's index, its own files and everything outside features/", async () => {
    const cases: [string, string][] = [
      ['renderer/src/features/home/sample.ts', '../files'],
      ['renderer/src/features/home/sample.ts', './WorkshopTable'],
      ['renderer/src/features/home/sample.ts', '../../components/NhsTable'],
      ['renderer/src/features/steps/review/sample.ts', '../../workshop'],
      ['renderer/src/features/steps/review/sample.ts', '../actions/ActionRow'],
      ['renderer/src/features/steps/review/sample.ts', '../../../store'],
      ['renderer/src/features/files/merge/sample.ts', '../pendingImport'],
    ];
    for (const [path, from] of cases) {
      expect(await firedOn(path, importing(from)), `${path} ← ${from}`).toEqual([]);
    }
  });
});
