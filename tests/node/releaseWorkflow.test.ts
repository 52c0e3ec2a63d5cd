// The release workflow (.github/workflows/release.yml) cannot run here, so its file is checked
// against GitHub's workflow schema (bundled in schemas/, no network) and for the promises the
// README makes: installers on Windows, macOS and Linux, the Electron smoke test against each
// packaged app, `npm audit --omit=dev`, and nothing published.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
let workflow: Record<string, unknown>;
let text: string;

beforeAll(async () => {
  text = await readFile(path.join(repo, '.github', 'workflows', 'release.yml'), 'utf8');
  workflow = load(text) as Record<string, unknown>;
});

interface Job {
  'runs-on': unknown;
  strategy?: { matrix?: { os?: string[] } };
  steps: { run?: string; uses?: string }[];
}
const jobs = () => workflow.jobs as Record<string, Job>;
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('release workflow', () => {
  it('is valid against the GitHub Actions workflow schema', async () => {
    const schema = JSON.parse(
      await readFile(path.join(repo, 'schemas', 'github-workflow.schema.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema itself catches mistakes: a job without runs-on is refused.
    expect(validate({ on: 'push', jobs: { broken: { steps: [{ run: 'x' }] } } })).toBe(false);
  });

  it('builds installers and runs the Electron smoke test on Windows, macOS and Linux', () => {
    const job = jobs().installers;
    if (!job) throw new Error('no installers job');
    expect(job.strategy?.matrix?.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(runs(job)).toMatch(/electron-builder --config electron-builder\.yml --win/);
    expect(runs(job)).toMatch(/--mac/);
    expect(runs(job)).toMatch(/--linux/);
    expect(runs(job)).toMatch(/tests\/electron\/vitest\.electron\.config\.ts/);
    expect(runs(job)).toMatch(/STAR_ELECTRON_APP=/);
  });

  it('audits production dependencies and publishes nothing', () => {
    expect(Object.values(jobs()).map(runs).join('\n')).toMatch(/npm audit --omit=dev/);
    expect(text).not.toMatch(/--publish (always|onTag|onTagOrDraft)|GH_TOKEN|secrets\./);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});
