// The merge the write queue applies when another window wrote a row this window is editing.
import { describe, expect, it } from 'vitest';
import { rebaseRow, sameValue } from '../../../renderer/src/db/rebase';

const row = {
  id: 'w1',
  scope: { title: 'Stroke', service: '' },
  stepNotes: { scope: '' } as Record<string, string>,
  enablers: ['Digital'],
  deletedAt: null as string | null,
  updatedAt: '2026-11-23T09:00:01.000Z',
};

describe('rebaseRow', () => {
  it('keeps the other window’s fields and writes only the fields this window changed', () => {
    const theirs = {
      ...row,
      scope: { ...row.scope, title: 'Stroke pathway' },
      deletedAt: '2026-11-23T09:00:05.000Z',
      updatedAt: '2026-11-23T09:00:05.000Z',
    };
    const ours = {
      ...row,
      scope: { ...row.scope, service: 'Stroke unit' },
      stepNotes: { scope: 'Agreed' },
      updatedAt: '2026-11-23T09:00:03.000Z',
    };
    expect(rebaseRow(row, ours, theirs)).toEqual({
      ...row,
      scope: { title: 'Stroke pathway', service: 'Stroke unit' },
      stepNotes: { scope: 'Agreed' },
      deletedAt: '2026-11-23T09:00:05.000Z',
      updatedAt: '2026-11-23T09:00:05.000Z',
    });
  });

  it('lets this window’s edit win a field both changed, and replaces lists whole', () => {
    const theirs = { ...row, scope: { ...row.scope, title: 'Theirs' }, enablers: ['Estates'] };
    const ours = { ...row, scope: { ...row.scope, title: 'Ours' }, enablers: ['Digital', 'Data'] };
    const merged = rebaseRow(row, ours, theirs);
    expect(merged.scope.title).toBe('Ours');
    expect(merged.enablers).toEqual(['Digital', 'Data']);
  });

  it('drops a nested field this window removed and keeps one the other window added', () => {
    const base = { ...row, stepNotes: { scope: 'x', people: 'y' } };
    const ours = { ...row, stepNotes: { scope: 'x' } };
    const theirs = { ...row, stepNotes: { scope: 'x', people: 'y', review: 'z' } };
    expect(rebaseRow(base, ours, theirs).stepNotes).toEqual({ scope: 'x', review: 'z' });
  });

  it('compares rows by value, not identity', () => {
    expect(sameValue(row, structuredClone(row))).toBe(true);
    expect(sameValue(row, { ...row, enablers: ['Digital', 'Data'] })).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(false);
  });
});
