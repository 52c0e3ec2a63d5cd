// The merge screen's logic on real plan content, and the names plan files are saved under.
import { describe, expect, it } from 'vitest';
import type { WorkshopContent } from '@shared/domain';
import {
  applyChoices,
  conflictKey,
  mergedTitle,
  mergeFiles,
} from '../../../renderer/src/features/files/merge/mergeSession';
import { planFileName } from '../../../renderer/src/features/files/planFileName';
import { makeContent, makeWorkshop } from '../../helpers/planFactory';

const withCardText = (c: WorkshopContent, id: string, text: string): WorkshopContent => ({
  ...c,
  cards: c.cards.map((card) => (card.id === id ? { ...card, text } : card)),
});

describe('merging breakout files', () => {
  it('needs a base and at least one more file', () => {
    expect(mergeFiles([])).toBeNull();
    expect(mergeFiles([{ key: '1', name: 'Main.heestar', content: makeContent() }])).toBeNull();
  });

  it('keeps the base version of a conflict unless the facilitator picks another', () => {
    const base = makeContent();
    const breakout = withCardText(base, 'c-2', 'Weekend rota gaps: 9 shifts a month now');
    const merged = mergeFiles([
      { key: '1', name: 'Main.heestar', content: base },
      { key: '2', name: 'Breakout B.heestar', content: breakout },
    ]);
    expect(merged?.report.conflicts).toHaveLength(1);
    if (!merged) return;
    const [conflict] = merged.report.conflicts;
    if (!conflict) return;
    expect(conflict.versions.map((v) => v.source)).toEqual(['base', 'Breakout B.heestar']);

    const keptBase = applyChoices(merged, {});
    expect(keptBase.content.cards.find((c) => c.id === 'c-2')?.text).toBe(
      base.cards.find((c) => c.id === 'c-2')?.text,
    );
    const tookBreakout = applyChoices(merged, { [conflictKey(conflict)]: 1 });
    expect(tookBreakout.content.cards.find((c) => c.id === 'c-2')?.text).toBe(
      'Weekend rota gaps: 9 shifts a month now',
    );
    expect(tookBreakout.report.conflicts).toEqual([]);
  });

  it('adds new items from a breakout and names the merged workshop within the title limit', () => {
    const base = makeContent();
    const [first] = base.cards;
    if (!first) throw new Error('The factory plan has cards');
    const breakout: WorkshopContent = {
      ...base,
      cards: [
        ...base.cards,
        { ...first, id: 'c-new', text: 'Rotate practice educators across sites' },
      ],
    };
    const merged = mergeFiles([
      { key: '1', name: 'A', content: base },
      { key: '2', name: 'B', content: breakout },
    ]);
    expect(merged?.content.cards.map((c) => c.id)).toContain('c-new');
    expect(mergedTitle('Frailty')).toBe('Frailty (merged)');
    expect(mergedTitle('x'.repeat(200))).toHaveLength(200);
  });
});

describe('plan file names', () => {
  it('is "<organisation> <title> <date>.heestar", with the workshop date when set', () => {
    const w = makeWorkshop();
    expect(planFileName(w, '2026-11-23')).toBe(
      'Northshire Hospitals NHS Foundation Trust Frailty pathway workforce 2025-03-12.heestar',
    );
    const undated = makeWorkshop({ scope: { ...w.scope, date: '' } });
    expect(planFileName(undated, '2026-11-23')).toMatch(/ 2026-11-23\.heestar$/);
    expect(planFileName(w, '2026-11-23', { anonymised: true })).toMatch(
      / \(anonymised\)\.heestar$/,
    );
  });

  it('replaces characters no file system accepts, so the save is never refused for its name', () => {
    const w = makeWorkshop();
    const odd = makeWorkshop({
      scope: { ...w.scope, organisation: 'A/B: "Trust"', title: 'Plan <v2>\u0007?', date: '' },
    });
    const name = planFileName(odd, '2026-11-23');
    // eslint-disable-next-line no-control-regex -- checking none slipped through
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
    expect(name.endsWith('.heestar')).toBe(true);
    expect(
      planFileName(
        makeWorkshop({ scope: { ...w.scope, organisation: 'x'.repeat(300) } }),
        '2026-11-23',
      ).length,
    ).toBeLessThanOrEqual(200);
  });
});
