// The Electronegativity gate in `npm test` (scripts/electronegativity.mjs, run as its own
// phase): a finding passes only when the allow-list names its check and file with a reason, and
// an entry that matches nothing fails too, so the list cannot quietly outlive the code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Finding {
  check: string;
  file: string;
  line: string;
  message: string;
}
interface AllowEntry {
  check: string;
  file: string;
  reason: string;
}
type Compare = (
  findings: Finding[],
  allowList: AllowEntry[],
) => { unlisted: Finding[]; stale: AllowEntry[] };

const repo = path.resolve(import.meta.dirname, '../../..');
const load = async () => {
  const url = new URL('../../../scripts/electronegativity.mjs', import.meta.url).href;
  return (await import(url)) as { compare: Compare };
};
const finding = (check: string, file: string): Finding => ({ check, file, line: '1', message: '' });

describe('Electronegativity allow-list', () => {
  it('gives every entry a check, a file and a real reason', async () => {
    const list = JSON.parse(
      await readFile(path.join(repo, 'security', 'electronegativity-allowlist.json'), 'utf8'),
    ) as { entries: AllowEntry[] };
    expect(list.entries.length).toBeGreaterThan(0);
    for (const entry of list.entries) {
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(entry.reason.length).toBeGreaterThan(40);
    }
    // Nothing that would undo isolation may ever be waved through.
    const checks = list.entries.map((e) => e.check);
    for (const never of [
      'NODE_INTEGRATION_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'REMOTE_MODULE_JS_CHECK',
    ]) {
      expect(checks).not.toContain(never);
    }
  });

  it('fails a finding the list does not name, by check and by file', async () => {
    const { compare } = await load();
    const allow = [{ check: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/a.ts', reason: 'r' }];
    expect(compare([finding('OPEN_EXTERNAL_JS_CHECK', 'main/a.ts')], allow)).toEqual({
      unlisted: [],
      stale: [],
    });
    expect(compare([finding('OPEN_EXTERNAL_JS_CHECK', 'main/b.ts')], allow).unlisted).toHaveLength(
      1,
    );
    expect(
      compare([finding('NODE_INTEGRATION_JS_CHECK', 'main/a.ts')], allow).unlisted,
    ).toHaveLength(1);
  });

  it('fails an entry that matches no finding', async () => {
    const { compare } = await load();
    const allow = [{ check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', reason: 'r' }];
    expect(compare([], allow).stale).toEqual(allow);
  });
});
