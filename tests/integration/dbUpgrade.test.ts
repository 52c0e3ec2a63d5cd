/**
 * IndexedDB version 1 → 2 on a real database: one written with the version 1 schema, exactly as
 * a build before idea numbers left it, then opened by this build's StarDatabase.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { validateAction, validateCard, validateWorkshop } from '@shared/domain';
import { SCHEMA_VERSION, StarDatabase } from '../../renderer/src/db/schema';
import { makeAction, makeCard, makeWorkshop } from '../helpers/planFactory';

/** Version 1 as it shipped; never changed, as schema.ts promises. */
class StarDatabaseV1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores({
      workshops: 'id, updatedAt',
      participants: 'id, workshopId',
      cards: 'id, workshopId',
      actions: 'id, workshopId',
      meta: 'key',
    });
  }
}

const without = (item: object, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => k !== key));

const v1Card = (id: string, workshopId: string, kind: 'idea' | 'gap', createdAt: string) =>
  without(makeCard({ id, workshopId, kind, createdAt, text: `Card ${id}` }), 'number');

const v1Action = (id: string, workshopId: string, sourceCardId: string | null) => ({
  ...without(makeAction({ id, workshopId, title: `Action ${id}` }), 'ideaIds'),
  sourceCardId,
});

describe('upgrading the database from version 1 to 2', () => {
  it('numbers each workshop’s ideas in capture order and turns sourceCardId into ideaIds', async () => {
    const name = `upgrade-${String(Date.now())}`;
    const old = new StarDatabaseV1(name);
    await old.open();
    await old
      .table('workshops')
      .bulkAdd([
        without(makeWorkshop({ id: 'w-1' }), 'lastIdeaNumber'),
        without(makeWorkshop({ id: 'w-2' }), 'lastIdeaNumber'),
      ]);
    await old
      .table('cards')
      .bulkAdd([
        v1Card('c-late', 'w-1', 'idea', '2026-11-30T10:05:00.000Z'),
        v1Card('c-gap', 'w-1', 'gap', '2026-11-30T09:00:00.000Z'),
        v1Card('c-early', 'w-1', 'idea', '2026-11-30T10:00:00.000Z'),
        v1Card('c-other', 'w-2', 'idea', '2026-11-30T11:00:00.000Z'),
      ]);
    await old
      .table('actions')
      .bulkAdd([v1Action('a-1', 'w-1', 'c-late'), v1Action('a-2', 'w-1', null)]);
    expect(old.verno).toBe(1);
    old.close();

    const db = new StarDatabase(name);
    await db.openChecked();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(2);

    const cards = await db.cards.toArray();
    expect(Object.fromEntries(cards.map((c) => [c.id, c.number]))).toEqual({
      'c-early': 1,
      'c-late': 2,
      'c-gap': null,
      'c-other': 1, // numbered within its own workshop
    });
    const workshops = await db.workshops.toArray();
    expect(Object.fromEntries(workshops.map((w) => [w.id, w.lastIdeaNumber]))).toEqual({
      'w-1': 2,
      'w-2': 1,
    });
    const actions = await db.actions.toArray();
    expect(actions.map((a) => [a.id, a.ideaIds])).toEqual([
      ['a-1', ['c-late']],
      ['a-2', []],
    ]);
    expect(actions.every((a) => !('sourceCardId' in a))).toBe(true);

    // Every upgraded row passes the same validation the load path applies.
    for (const c of cards) expect(validateCard(c).ok, c.id).toBe(true);
    for (const a of actions) expect(validateAction(a).ok, a.id).toBe(true);
    for (const w of workshops) expect(validateWorkshop(w).ok, w.id).toBe(true);
    db.close();
  });
});
