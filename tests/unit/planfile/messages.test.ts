/**
 * Issue 8, item 9: every refusal names the field in plain words, says what was expected, uses
 * UK number formatting, and tells people what they actually have (a ZIP, a PDF…).
 */
import { describe, expect, it } from 'vitest';
import { planFileErrors, restorePlan } from '@shared/planfile';
import { makeContent, makeWorkshop } from '../../helpers/planFactory';
import { encode, envelopeOf, expectError, withPayload } from './helpers';

const contentWith = (patch: (c: ReturnType<typeof makeContent>) => unknown): string =>
  withPayload(patch(makeContent()));

describe('plan file messages people can act on', () => {
  it('names an unknown field on a card instead of a blank name', () => {
    const text = contentWith((c) => ({ ...c, cards: [{ ...c.cards[0], colour: 'red' }] }));
    expect(expectError(restorePlan(text)).details).toEqual([
      "Card 1 has a field this version does not know: 'colour'",
    ]);
  });

  it('names an unknown field in the file details', () => {
    const error = expectError(restorePlan(JSON.stringify({ ...envelopeOf(), extra: 1 })));
    expect(error.details).toEqual(["The file has a field this version does not know: 'extra'"]);
  });

  it('names an unknown field inside the workshop details', () => {
    const text = contentWith((c) => ({
      ...c,
      workshop: { ...c.workshop, scope: { ...c.workshop.scope, colour: 'red' } },
    }));
    expect(expectError(restorePlan(text)).details).toEqual([
      "Workshop: There is a field this version does not know in the workshop details: 'colour'",
    ]);
  });

  it('says a whole number was expected when a number is written as text', () => {
    const text = contentWith((c) => ({ ...c, workshop: { ...c.workshop, votesPerPerson: '3' } }));
    expect(expectError(restorePlan(text)).details).toEqual([
      'Workshop: Votes per person must be a whole number, not text',
    ]);
  });

  it('says when a field is missing, in plain words', () => {
    const text = contentWith((c) => {
      const card: Record<string, unknown> = { ...c.cards[0] };
      delete card.votes;
      return { ...c, cards: [card] };
    });
    expect(expectError(restorePlan(text)).details).toEqual(['Card 1: Votes is missing']);
  });

  it('renders an absurd format version sanely', () => {
    const text = JSON.stringify({ ...envelopeOf(), formatVersion: 1e308 });
    expect(expectError(restorePlan(text)).message).toBe(
      'This file says it uses a newer format than this app can read; this version reads up to format 2. Update Star Workshop to open it.',
    );
  });

  it('tells people a ZIP, gzip or PDF file is not a plan and what to do', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xff, 0xfe]);
    expect(expectError(restorePlan(zip)).message).toBe(
      'This looks like a ZIP file — unzip it first, then open the .heestar file inside.',
    );
    expect(expectError(restorePlan(new Uint8Array([0x1f, 0x8b, 0x08, 0x00]))).code).toBe(
      'gzip-file',
    );
    expect(expectError(restorePlan(encode('%PDF-1.7\n%âãÏÓ'))).message).toBe(
      'This is a PDF document, not a plan file. A PDF board paper cannot be imported.',
    );
  });

  it('formats limits the UK way', () => {
    const content = makeContent();
    const text = withPayload({
      ...content,
      cards: [{ ...content.cards[0], text: 'x'.repeat(2_001) }],
    });
    expect(expectError(restorePlan(text)).details).toEqual([
      'Card 1: Card text must be 2,000 characters or fewer',
    ]);
    const notes = withPayload({
      ...content,
      workshop: makeWorkshop({ stepNotes: { review: 'x'.repeat(10_001) } }),
    });
    expect(expectError(restorePlan(notes)).details).toEqual([
      'Workshop: Step notes (review) must be 10,000 characters or fewer',
    ]);
  });

  it('words the size refusal the same way wherever the file came from', () => {
    expect(planFileErrors.tooLarge(11 * 1024 * 1024, 10 * 1024 * 1024).message).toBe(
      'This file is 11 MB, which is over the 10 MB limit. Star Workshop plan files are much smaller, so this is probably not a plan file.',
    );
  });

  it('refuses dates outside 1900–2100, such as year 0', () => {
    const text = contentWith((c) => ({
      ...c,
      workshop: { ...c.workshop, scope: { ...c.workshop.scope, date: '0000-02-29' } },
      actions: [{ ...c.actions[0], startDate: '', dueDate: '2101-01-01' }],
    }));
    expect(expectError(restorePlan(text)).details).toEqual([
      'Workshop: Workshop date must be between 1900 and 2100',
      'Action 1: Due date must be between 1900 and 2100',
    ]);
  });

  it('calls attendees attendees and quotes an unknown part of the plan cleanly', () => {
    const payload: Record<string, unknown> = { ...makeContent(), [`extra\u202Etxt.exe`]: 1 };
    delete payload.participants;
    const text = withPayload(payload);
    expect(expectError(restorePlan(text)).details).toEqual([
      "The plan content has a part this version does not know: 'extratxt.exe'",
      'The list of attendees is missing',
    ]);
  });

  it('quotes a choice this version does not know, and a blank tag, in plain words', () => {
    const text = contentWith((c) => ({
      ...c,
      cards: [{ ...c.cards[0], kind: 'note', tags: ['ok', ''] }],
    }));
    expect(expectError(restorePlan(text)).details).toEqual([
      "Card 1: Card type 'note' is not one this version knows",
      'Card 1: Tags cannot include an empty entry',
    ]);
  });
});
