import { describe, expect, it } from 'vitest';
import {
  byLastEdited,
  copyTitle,
  createWorkshop,
  DEFAULT_ENABLERS,
  DEFAULT_VOTES_PER_PERSON,
  isInTrash,
  moveToTrash,
  renameWorkshop,
  restoreFromTrash,
  updateScope,
  type Workshop,
} from '@shared/domain';

const STAMP = { id: 'w-1', now: '2026-11-23T09:00:00.000Z' };
const LATER = '2026-11-23T10:30:00.000Z';

const made = (title = 'Stroke pathway'): Workshop => {
  const r = createWorkshop({ title }, STAMP);
  if (!r.ok) throw new Error('create failed');
  return r.value;
};

describe('createWorkshop', () => {
  it('starts a live workshop with a trimmed title, default enablers and votes', () => {
    const w = made('  Stroke pathway  ');
    expect(w.scope.title).toBe('Stroke pathway');
    expect(w.scope.service).toBe('');
    expect(w.enablers).toEqual([...DEFAULT_ENABLERS]);
    expect(w.votesPerPerson).toBe(DEFAULT_VOTES_PER_PERSON);
    expect(w).toMatchObject({
      id: 'w-1',
      createdAt: STAMP.now,
      updatedAt: STAMP.now,
      deletedAt: null,
    });
    expect(isInTrash(w)).toBe(false);
  });

  it('asks for a title when there is none', () => {
    const r = createWorkshop({ title: '   ' }, STAMP);
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'scope.title', message: 'Enter a workshop title' },
    ]);
  });

  it('gives the enabler list its own copy, so editing one workshop leaves the seed alone', () => {
    const w = made();
    expect(w.enablers).not.toBe(DEFAULT_ENABLERS);
  });
});

describe('updateScope', () => {
  it('applies the edit and stamps the time', () => {
    const r = updateScope(made(), { service: 'Stroke', date: '2026-12-01' }, LATER);
    expect(r.ok && r.value.scope).toMatchObject({
      title: 'Stroke pathway',
      service: 'Stroke',
      date: '2026-12-01',
    });
    expect(r.ok && r.value.updatedAt).toBe(LATER);
  });

  it('refuses an impossible date or an over-long field with a specific message', () => {
    const w = made();
    const date = updateScope(w, { date: '2026-02-30' }, LATER);
    expect(date.ok ? [] : date.errors).toEqual([
      { field: 'scope.date', message: 'Workshop date must be a real date' },
    ]);
    const long = updateScope(w, { sponsor: 'x'.repeat(201) }, LATER);
    expect(long.ok ? [] : long.errors).toEqual([
      { field: 'scope.sponsor', message: 'Sponsor must be 200 characters or fewer' },
    ]);
  });

  it('refuses renaming to blank, leaving the workshop as it was', () => {
    const w = made();
    expect(renameWorkshop(w, '  ', LATER).ok).toBe(false);
    expect(w.scope.title).toBe('Stroke pathway');
  });
});

describe('copyTitle', () => {
  it('adds "(copy)", then numbers further copies', () => {
    expect(copyTitle('Stroke', ['Stroke'])).toBe('Stroke (copy)');
    expect(copyTitle('Stroke', ['Stroke', 'Stroke (copy)'])).toBe('Stroke (copy 2)');
    expect(copyTitle('Stroke', ['Stroke', 'Stroke (copy)', 'Stroke (copy 2)'])).toBe(
      'Stroke (copy 3)',
    );
  });

  it('copies a copy without stacking suffixes', () => {
    expect(copyTitle('Stroke (copy)', ['Stroke', 'Stroke (copy)'])).toBe('Stroke (copy 2)');
    expect(copyTitle('Stroke (copy 2)', ['Stroke (copy 2)'])).toBe('Stroke (copy)');
  });

  it('keeps the copy within the 200-character title limit', () => {
    expect(copyTitle('a'.repeat(200), []).length).toBeLessThanOrEqual(200);
  });

  it('gives a long title a copy title that differs from every existing title', () => {
    const long = 'a'.repeat(200);
    expect(copyTitle(long, [long])).not.toBe(long);
    const first = copyTitle('b'.repeat(195), ['b'.repeat(195)]);
    expect(copyTitle('b'.repeat(195), ['b'.repeat(195), first])).not.toBe(first);
  });
});

describe('the Trash', () => {
  it('moves a workshop to the Trash and back, stamping both', () => {
    const trashed = moveToTrash(made(), LATER);
    expect(isInTrash(trashed)).toBe(true);
    expect(trashed).toMatchObject({ deletedAt: LATER, updatedAt: LATER });
    const restored = restoreFromTrash(trashed, '2026-11-24T08:00:00.000Z');
    expect(isInTrash(restored)).toBe(false);
    expect(restored.updatedAt).toBe('2026-11-24T08:00:00.000Z');
    expect(restored.scope).toEqual(trashed.scope);
  });
});

describe('byLastEdited', () => {
  it('lists the most recently edited first, then by title', () => {
    const a = { ...made('Alpha'), updatedAt: '2026-11-01T00:00:00.000Z' };
    const b = { ...made('Beta'), updatedAt: '2026-11-02T00:00:00.000Z' };
    const c = { ...made('Aardvark'), updatedAt: '2026-11-01T00:00:00.000Z' };
    expect([a, b, c].sort(byLastEdited).map((w) => w.scope.title)).toEqual([
      'Beta',
      'Aardvark',
      'Alpha',
    ]);
  });
});
