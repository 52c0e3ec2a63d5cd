import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION_SORT_KEYS,
  distinctOwners,
  filterActions,
  foldForSearch,
  groupByPoint,
  sortActions,
  STAR_POINT_IDS,
  type Action,
  type ActionInput,
} from '@shared/domain';
import {
  makeAction,
  makeRealisticWorkshop,
  REALISTIC_TODAY,
  resetFactories,
} from '../../helpers/factories';

const titles = (actions: readonly Action[]): string[] => actions.map((a) => a.title);
const many = (...inputs: ActionInput[]): Action[] => inputs.map((i) => makeAction(i));

beforeEach(resetFactories);

describe('sorting the action plan', () => {
  it('sorts titles A–Z ignoring case and accents, numbers naturally', () => {
    const actions = many(
      { title: 'b two' },
      { title: 'Action 10' },
      { title: 'Action 9' },
      { title: 'Ápple' },
    );
    expect(titles(sortActions(actions, 'title', 'asc'))).toEqual([
      'Action 9',
      'Action 10',
      'Ápple',
      'b two',
    ]);
    expect(titles(sortActions(actions, 'title', 'desc'))).toEqual([
      'b two',
      'Ápple',
      'Action 10',
      'Action 9',
    ]);
  });

  it('keeps actions with no owner at the bottom in both directions', () => {
    const actions = many(
      { title: 'none', owner: '' },
      { title: 'Zoë', owner: 'Zoë Adebayo' },
      { title: 'Grace', owner: 'Grace Mensah' },
    );
    expect(titles(sortActions(actions, 'owner', 'asc'))).toEqual(['Grace', 'Zoë', 'none']);
    expect(titles(sortActions(actions, 'owner', 'desc'))).toEqual(['Zoë', 'Grace', 'none']);
  });

  it('sorts due dates by date with undated actions last', () => {
    const actions = many(
      { title: 'undated' },
      { title: 'March', dueDate: '2027-03-01' },
      { title: 'January', dueDate: '2027-01-15' },
    );
    expect(titles(sortActions(actions, 'dueDate'))).toEqual(['January', 'March', 'undated']);
    expect(titles(sortActions(actions, 'dueDate', 'desc'))).toEqual([
      'March',
      'January',
      'undated',
    ]);
  });

  it('sorts RAG most urgent first (red, amber, green, blue), not set last', () => {
    const actions = many(
      { title: 'blue', rag: 'blue' },
      { title: 'unset' },
      { title: 'green', rag: 'green' },
      { title: 'red', rag: 'red' },
      { title: 'amber', rag: 'amber' },
    );
    expect(titles(sortActions(actions, 'rag'))).toEqual(['red', 'amber', 'green', 'blue', 'unset']);
    expect(titles(sortActions(actions, 'rag', 'desc'))).toEqual([
      'blue',
      'green',
      'amber',
      'red',
      'unset',
    ]);
  });

  it('sorts priority high to low and Star points in Star order', () => {
    const actions = many(
      { title: 'low', priority: 'low', points: ['leadership'] },
      { title: 'high', priority: 'high', points: ['new-ways', 'supply'] },
      { title: 'medium', priority: 'medium', points: ['upskilling'] },
      { title: 'unset', points: ['new-roles'] },
    );
    expect(titles(sortActions(actions, 'priority'))).toEqual(['high', 'medium', 'low', 'unset']);
    // "high" lists Supply among its points, so it sorts with Supply.
    expect(titles(sortActions(actions, 'point'))).toEqual(['high', 'medium', 'unset', 'low']);
  });

  it('keeps level rows in their incoming order (stable) and leaves the input alone', () => {
    const actions = many(
      { title: 'first', rag: 'amber' },
      { title: 'second', rag: 'amber' },
      { title: 'third', rag: 'amber' },
    );
    const copy = [...actions];
    expect(titles(sortActions(actions, 'rag', 'desc'))).toEqual(['first', 'second', 'third']);
    expect(actions).toEqual(copy);
  });

  it('is a stable permutation with empties last, for any plan and any column', () => {
    const rag = fc.constantFrom('red', 'amber', 'green', 'blue', null);
    const spec = fc.record({
      owner: fc.constantFrom('', 'Zoë', 'zoe', 'Łukasz', 'Ann'),
      dueDate: fc.constantFrom('', '2027-01-01', '2027-06-30'),
      rag,
      priority: fc.constantFrom('high', 'medium', 'low', null),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { maxLength: 20 }),
        fc.constantFrom(...ACTION_SORT_KEYS),
        fc.boolean(),
        (specs, key, asc) => {
          resetFactories();
          const actions = specs.map((s) => makeAction(s));
          const sorted = sortActions(actions, key, asc ? 'asc' : 'desc');
          expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
            [...actions].sort((a, b) => a.id.localeCompare(b.id)),
          );
          const empty = (a: Action): boolean =>
            ({
              title: false,
              point: false,
              owner: !a.owner,
              dueDate: !a.dueDate,
              rag: a.rag === null,
              priority: a.priority === null,
            })[key];
          const firstEmpty = sorted.findIndex(empty);
          if (firstEmpty >= 0) expect(sorted.slice(firstEmpty).every(empty)).toBe(true);
          // Stability: sorting twice gives the same as once.
          expect(sortActions(sorted, key, asc ? 'asc' : 'desc')).toEqual(sorted);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('sorts a plan of 500 actions correctly', () => {
    const actions = Array.from({ length: 500 }, (_, i) =>
      makeAction({
        title: `Action ${String(500 - i)}`,
        dueDate: i % 7 === 0 ? '' : `2027-${String((i % 12) + 1).padStart(2, '0')}-01`,
      }),
    );
    const sorted = sortActions(actions, 'dueDate');
    expect(sorted).toHaveLength(500);
    const dated = sorted.filter((a) => a.dueDate);
    expect(dated).toHaveLength(500 - 72);
    for (let i = 1; i < dated.length; i += 1) {
      expect((dated[i - 1]?.dueDate ?? '') <= (dated[i]?.dueDate ?? '')).toBe(true);
    }
    expect(sorted.slice(dated.length).every((a) => a.dueDate === '')).toBe(true);
    expect(titles(sortActions(actions, 'title')).slice(0, 3)).toEqual([
      'Action 1',
      'Action 2',
      'Action 3',
    ]);
  });
});

describe('filtering the action plan', () => {
  const plan = (): readonly Action[] => makeRealisticWorkshop().actions;

  it('returns everything with no filters, or with empty lists', () => {
    expect(filterActions(plan(), {}, REALISTIC_TODAY)).toHaveLength(plan().length);
    expect(
      filterActions(plan(), { points: [], rag: [], text: '  ' }, REALISTIC_TODAY),
    ).toHaveLength(plan().length);
  });

  it('filters by any of several points', () => {
    const result = filterActions(plan(), { points: ['leadership', 'new-roles'] }, REALISTIC_TODAY);
    expect(result.length).toBeGreaterThan(0);
    expect(
      result.every((a) => a.points.includes('leadership') || a.points.includes('new-roles')),
    ).toBe(true);
    expect(result.length).toBe(
      plan().filter((a) => a.points.some((p) => p === 'leadership' || p === 'new-roles')).length,
    );
  });

  it('filters by owner ignoring case, and finds actions with no owner', () => {
    const zoe = filterActions(plan(), { owner: 'ZOË ADEBAYO' }, REALISTIC_TODAY);
    expect(zoe.length).toBe(2);
    const nobody = filterActions(plan(), { owner: null }, REALISTIC_TODAY);
    expect(nobody.length).toBeGreaterThan(0);
    expect(nobody.every((a) => a.owner === '')).toBe(true);
  });

  it('filters by RAG status including "not set"', () => {
    const result = filterActions(plan(), { rag: ['red', 'not-set'] }, REALISTIC_TODAY);
    expect(result.length).toBe(plan().filter((a) => a.rag === 'red' || a.rag === null).length);
    expect(result.every((a) => a.rag === 'red' || a.rag === null)).toBe(true);
  });

  it('shows only overdue actions, never complete ones', () => {
    const overdue = filterActions(plan(), { overdueOnly: true }, REALISTIC_TODAY);
    expect(overdue.length).toBe(2);
    for (const a of overdue) {
      expect(a.dueDate < REALISTIC_TODAY).toBe(true);
      expect(a.rag).not.toBe('blue');
    }
    expect(filterActions(plan(), { overdueOnly: true }, '2026-01-01')).toEqual([]);
  });

  it('finds words anywhere, without needing accents', () => {
    expect(titles(filterActions(plan(), { text: 'lukasz' }, REALISTIC_TODAY))).toEqual([
      'Fund four trainee ACP posts',
    ]);
    expect(filterActions(plan(), { text: 'orsted rota' }, REALISTIC_TODAY)).toHaveLength(1);
    expect(filterActions(plan(), { text: 'rota nonexistentword' }, REALISTIC_TODAY)).toEqual([]);
  });

  it('combines filters', () => {
    const result = filterActions(
      plan(),
      { points: ['supply'], rag: ['amber'], text: 'consultants' },
      REALISTIC_TODAY,
    );
    expect(titles(result)).toEqual(['Recruit two MTI consultants']);
  });

  it('folds accents and special letters for search', () => {
    expect(foldForSearch('  Zoë  ŁUKASZ Ørsted Siân Ŵyn Straße ')).toBe(
      'zoe lukasz orsted sian wyn strasse',
    );
  });

  it('lists each owner once, A–Z, whatever the case', () => {
    const owners = distinctOwners(plan());
    expect(owners.filter((o) => foldForSearch(o) === 'zoe adebayo')).toHaveLength(1);
    expect(owners).not.toContain('');
    expect([...owners].sort((a, b) => a.localeCompare(b, 'en-GB'))).toEqual(owners);
  });
});

describe('grouping by Star point', () => {
  it('lists all five points in Star order, each action once under its lead point', () => {
    const actions = makeRealisticWorkshop().actions;
    const groups = groupByPoint(actions);
    expect(groups.map((g) => g.point)).toEqual([...STAR_POINT_IDS]);
    const placed = groups.flatMap((g) => g.rows.map((r) => r.action.id));
    expect(placed.sort()).toEqual(actions.map((a) => a.id).sort());
    for (const g of groups) for (const r of g.rows) expect(r.action.points[0]).toBe(g.point);
  });

  it('notes the other points in Star order', () => {
    const action = makeAction({ points: ['new-roles', 'leadership', 'supply'] });
    const groups = groupByPoint([action]);
    const row = groups.find((g) => g.point === 'new-roles')?.rows[0];
    expect(row?.alsoUnder).toEqual(['supply', 'leadership']);
    expect(groups.find((g) => g.point === 'supply')?.rows).toEqual([]);
  });

  it('keeps the incoming order within each point', () => {
    const a = makeAction({ title: 'a', points: ['supply'] });
    const b = makeAction({ title: 'b', points: ['supply'] });
    expect(titles(groupByPoint([b, a])[0]?.rows.map((r) => r.action) ?? [])).toEqual(['b', 'a']);
  });
});
