import { beforeEach, describe, expect, it } from 'vitest';
import {
  actionFromIdea,
  createAction,
  isOverdue,
  updateAction,
  validateAction,
  type Action,
} from '@shared/domain';
import { makeAction, makeCard, resetFactories } from '../../helpers/factories';

const STAMP = { id: 'a-1', now: '2026-11-23T09:00:00.000Z' };
const LATER = '2026-11-24T09:00:00.000Z';

const errorsOf = (
  r: { ok: true } | { ok: false; errors: readonly unknown[] },
): readonly unknown[] => (r.ok ? [] : r.errors);

beforeEach(resetFactories);

const base = (): Action => makeAction({ title: 'Recruit', points: ['supply'] });

describe('createAction', () => {
  it('fills every plan field with an empty default and trims the title', () => {
    const r = createAction(
      'w-1',
      { title: '  Recruit two consultants ', points: ['supply'] },
      3,
      STAMP,
    );
    if (!r.ok) throw new Error('create failed');
    expect(r.value).toMatchObject({
      id: 'a-1',
      workshopId: 'w-1',
      title: 'Recruit two consultants',
      owner: '',
      startDate: '',
      dueDate: '',
      rag: null,
      priority: null,
      timescale: null,
      progressNotes: [],
      evidenceLinks: [],
      ideaIds: [],
      order: 3,
    });
  });

  it('asks for a title and a Star point', () => {
    expect(errorsOf(createAction('w-1', { title: ' ', points: ['supply'] }, 1, STAMP))).toEqual([
      { field: 'title', message: 'Enter an action title' },
    ]);
    expect(errorsOf(createAction('w-1', { title: 'Recruit', points: [] }, 1, STAMP))).toEqual([
      { field: 'points', message: 'Choose at least one Star point' },
    ]);
  });

  it('turns an idea into an action linked back to its card', () => {
    const idea = makeCard({
      point: 'new-roles',
      text: 'Pilot two physician associates',
      tags: ['Reform'],
    });
    const r = actionFromIdea(idea, 1, STAMP);
    expect(r.ok && r.value).toMatchObject({
      title: 'Pilot two physician associates',
      points: ['new-roles'],
      ideaIds: [idea.id],
      tags: ['Reform'],
      workshopId: idea.workshopId,
    });
  });

  it('shortens a long idea to the 200-character title limit', () => {
    const idea = makeCard({ text: 'x'.repeat(500) });
    const r = actionFromIdea(idea, 1, STAMP);
    expect(r.ok && r.value.title.length).toBe(200);
  });
});

describe('validateAction', () => {
  it('accepts a due date on or after the start date', () => {
    expect(validateAction({ ...base(), startDate: '2027-01-01', dueDate: '2027-01-01' }).ok).toBe(
      true,
    );
    expect(validateAction({ ...base(), startDate: '2027-01-01', dueDate: '2027-03-01' }).ok).toBe(
      true,
    );
    expect(validateAction({ ...base(), startDate: '', dueDate: '2027-03-01' }).ok).toBe(true);
  });

  it('refuses a due date before the start date, on the due date field', () => {
    const r = validateAction({ ...base(), startDate: '2027-03-01', dueDate: '2027-01-01' });
    expect(errorsOf(r)).toEqual([
      { field: 'dueDate', message: 'Due date must be the same as or after the start date' },
    ]);
  });

  it('refuses dates that do not exist', () => {
    expect(errorsOf(validateAction({ ...base(), dueDate: '2027-02-29' }))).toEqual([
      { field: 'dueDate', message: 'Due date must be a real date' },
    ]);
  });

  it('accepts only https evidence links, naming each bad one', () => {
    expect(validateAction({ ...base(), evidenceLinks: ['https://www.hee.nhs.uk/'] }).ok).toBe(true);
    const r = validateAction({
      ...base(),
      evidenceLinks: [
        'https://ok.nhs.uk',
        'http://intranet.local/plan',
        'javascript:alert(1)',
        'file:///C:/plan.pdf',
      ],
    });
    expect(errorsOf(r)).toEqual(
      [1, 2, 3].map((i) => ({
        field: `evidenceLinks.${String(i)}`,
        message: 'Evidence link must be a web address starting https://',
      })),
    );
  });

  it('refuses unknown RAG statuses and Star points', () => {
    expect(validateAction({ ...base(), rag: 'purple' }).ok).toBe(false);
    expect(validateAction({ ...base(), points: ['finance'] }).ok).toBe(false);
  });

  it('refuses unknown fields (a hostile or newer file)', () => {
    expect(validateAction({ ...base(), isAdmin: true }).ok).toBe(false);
  });
});

describe('updateAction', () => {
  it('applies a valid edit and stamps the time', () => {
    const r = updateAction(base(), { owner: 'Siân Pritchard', rag: 'amber' }, LATER);
    expect(r.ok && r.value).toMatchObject({
      owner: 'Siân Pritchard',
      rag: 'amber',
      updatedAt: LATER,
    });
  });

  it('refuses an edit that puts the due date before the start', () => {
    const a = makeAction({ startDate: '2027-02-01' });
    expect(updateAction(a, { dueDate: '2027-01-01' }, LATER).ok).toBe(false);
  });
});

describe('isOverdue', () => {
  const today = '2027-02-15';

  it('is overdue only after the due date, and never once complete (Blue)', () => {
    expect(isOverdue(makeAction({ dueDate: '2027-02-14', rag: 'green' }), today)).toBe(true);
    expect(isOverdue(makeAction({ dueDate: '2027-02-14' }), today)).toBe(true);
    expect(isOverdue(makeAction({ dueDate: '2027-02-15' }), today)).toBe(false);
    expect(isOverdue(makeAction({ dueDate: '2027-02-14', rag: 'blue' }), today)).toBe(false);
    expect(isOverdue(makeAction({ dueDate: '' }), today)).toBe(false);
  });
});

describe('action schema guards found in review', () => {
  it('refuses the same Star point twice and an https link without a real host', () => {
    const stamp = { id: 'a-dup', now: '2026-11-23T09:00:00.000Z' };
    expect(createAction('w', { title: 'X', points: ['supply', 'supply'] }, 1, stamp).ok).toBe(
      false,
    );
    expect(
      createAction(
        'w',
        { title: 'X', points: ['supply'], evidenceLinks: ['https:example.com'] },
        1,
        stamp,
      ).ok,
    ).toBe(false);
    expect(
      createAction(
        'w',
        { title: 'X', points: ['supply'], evidenceLinks: ['https://www.england.nhs.uk/star'] },
        1,
        stamp,
      ).ok,
    ).toBe(true);
  });
});
