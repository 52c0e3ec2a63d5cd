import { describe, expect, it } from 'vitest';
import { createWorkshop, type Workshop } from '@shared/domain';
import { StarDatabase } from '../../renderer/src/db/schema';
import { WriteQueue, type SaveState } from '../../renderer/src/db/writeQueue';

const workshop = (id: string, title: string): Workshop => {
  const r = createWorkshop({ title }, { id, now: '2026-11-23T09:00:00.000Z' });
  if (!r.ok) throw new Error('fixture');
  return r.value;
};

const freshDb = (): StarDatabase =>
  new StarDatabase(`queue-${Math.random().toString(36).slice(2)}`);

describe('WriteQueue', () => {
  it('reports Saved only after the transaction has completed, and the row is then readable', async () => {
    const db = freshDb();
    const states: SaveState['state'][] = [];
    const queue = new WriteQueue(db, { onState: (s) => states.push(s.state) });
    queue.enqueue([{ table: 'workshops', type: 'put', row: workshop('w1', 'Stroke') }]);
    expect(states).toEqual(['pending']);
    expect(await queue.flush()).toBe(true);
    expect(states.at(-1)).toBe('saved');
    expect((await db.workshops.get('w1'))?.scope.title).toBe('Stroke');
  });

  it('coalesces a burst of edits to one row into few transactions with the last value winning', async () => {
    const db = freshDb();
    let saves = 0;
    const queue = new WriteQueue(db, { onState: (s) => (saves += s.state === 'saving' ? 1 : 0) });
    const base = workshop('w1', 'S');
    let title = 'S';
    for (const ch of 'troke and TIA pathway') {
      title += ch;
      queue.enqueue([
        { table: 'workshops', type: 'put', row: { ...base, scope: { ...base.scope, title } } },
      ]);
    }
    await queue.flush();
    expect((await db.workshops.get('w1'))?.scope.title).toBe('Stroke and TIA pathway');
    expect(saves).toBeLessThanOrEqual(2);
  });

  it('keeps unsaved edits after a failed write and saves them on retry', async () => {
    const db = freshDb();
    const states: SaveState[] = [];
    const queue = new WriteQueue(db, { onState: (s) => states.push(s) });
    const original = db.transaction.bind(db);
    let failNext = true;
    // Simulate the disk filling up for one transaction.
    (db as unknown as { transaction: unknown }).transaction = (
      ...args: Parameters<typeof original>
    ) => {
      if (failNext) {
        failNext = false;
        const error = new Error('The quota has been exceeded.');
        error.name = 'QuotaExceededError';
        return Promise.reject(error);
      }
      return original(...args);
    };
    queue.enqueue([{ table: 'workshops', type: 'put', row: workshop('w1', 'Maternity') }]);
    expect(await queue.flush()).toBe(false);
    const last = states.at(-1);
    expect(last?.state).toBe('error');
    if (last?.state === 'error')
      expect(last.failure.title).toBe('This device is out of storage space');
    expect(queue.hasUnsaved).toBe(true);
    expect(await db.workshops.get('w1')).toBeUndefined();

    expect(await queue.retry()).toBe(true);
    expect(states.at(-1)?.state).toBe('saved');
    expect((await db.workshops.get('w1'))?.scope.title).toBe('Maternity');
  });

  it('deletes rows', async () => {
    const db = freshDb();
    const queue = new WriteQueue(db);
    queue.enqueue([{ table: 'workshops', type: 'put', row: workshop('w1', 'A') }]);
    await queue.flush();
    queue.enqueue([{ table: 'workshops', type: 'delete', id: 'w1' }]);
    await queue.flush();
    expect(await db.workshops.count()).toBe(0);
  });
});
