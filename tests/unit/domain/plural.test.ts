import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '@shared/domain/plural';
import { castVote, type Card } from '@shared/domain';
import { plural as screenPlural } from '../../../renderer/src/lib/format';
import { makeCard, resetFactories } from '../../helpers/factories';

describe('plural', () => {
  it('agrees the word with the count', () => {
    expect(plural(1, 'vote')).toBe('1 vote');
    expect(plural(0, 'vote')).toBe('0 votes');
    expect(plural(2, 'attendee')).toBe('2 attendees');
  });

  it('knows irregular plurals and takes a given one', () => {
    expect(plural(2, 'person')).toBe('2 people');
    expect(plural(3, 'priority')).toBe('3 priorities');
    expect(plural(2, 'item is', 'items are')).toBe('2 items are');
    expect(plural(1, 'item is', 'items are')).toBe('1 item is');
    expect(pluralWord(1, 'idea')).toBe('idea');
    expect(pluralWord(4, 'idea')).toBe('ideas');
  });

  it('prints counts in UK number form', () => {
    expect(plural(1250, 'card')).toBe('1,250 cards');
  });

  it('is the one the screens use', () => {
    expect(screenPlural).toBe(plural);
  });
});

describe('vote messages', () => {
  it('print large allowances in UK number form', () => {
    resetFactories();
    const full: Card = { ...makeCard({ kind: 'idea' }), votes: 1200 };
    const other = makeCard({ kind: 'idea' });
    const r = castVote([full, other], other.id, 1200, '2026-11-23T12:00:00.000Z');
    expect(r.ok ? '' : r.errors[0]?.message).toBe(
      'All 1,200 votes have been used. Remove a vote from another idea first.',
    );
  });
});
