/**
 * Plan files in Node: writing (`serialisePlan`) and opening (`restorePlan`, the full guarded
 * pipeline: decode, scan, parse, validate, repair, checksum) a plan of about 5 MB, the size of
 * a very large real workshop. Medians of several runs after a warm-up.
 */
import { describe, expect, it } from 'vitest';
import { restorePlan, serialisePlan, type SerialiseOptions } from '@shared/planfile';
import { makeLargePlan } from '../helpers/planFactory';
import { median, record, timeRuns } from './lib/results';

const TARGET_BYTES = 5_000_000;
const RUNS = 7;
const OPTIONS: SerialiseOptions = {
  anonymise: false,
  now: '2025-03-14T10:00:00.000Z',
  appVersion: '0.0.0-bench',
};

const describeRuns = (times: readonly number[]): string =>
  `median of ${String(times.length)} runs (min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms)`;

describe('plan files', () => {
  const content = makeLargePlan(TARGET_BYTES);
  const text = serialisePlan(content, OPTIONS);
  const bytes = new TextEncoder().encode(text);
  const size = `${(bytes.length / 1_000_000).toFixed(1)} MB, ${String(content.cards.length)} cards, ${String(content.actions.length)} actions`;

  it('serialisePlan of a ~5 MB plan', async () => {
    const times = await timeRuns(RUNS, 2, () => serialisePlan(content, OPTIONS));
    // The benchmark must measure the real work: the output is the same file every time.
    expect(serialisePlan(content, OPTIONS)).toBe(text);
    record({
      group: 'Plan files',
      name: 'serialisePlan, 5 MB plan',
      value: median(times),
      unit: 'ms',
      budget: 200,
      detail: `${describeRuns(times)}; ${size}`,
    });
  });

  it('restorePlan of a ~5 MB plan', async () => {
    const first = restorePlan(bytes);
    if (!first.ok) throw new Error(`The plan did not open: ${first.error.message}`);
    expect(first.checksum).toBe('valid');
    expect(first.plan.content.cards).toHaveLength(content.cards.length);
    const times = await timeRuns(RUNS, 1, () => restorePlan(bytes));
    record({
      group: 'Plan files',
      name: 'restorePlan, 5 MB plan',
      value: median(times),
      unit: 'ms',
      budget: 300,
      detail: `${describeRuns(times)}; from bytes, full validation; ${size}`,
    });
  });
});
