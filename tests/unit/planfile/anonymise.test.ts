import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymisePlan, restorePlan, serialisePlan } from '@shared/planfile';
import { makeAction, makeCard, makeContent, makeParticipant } from '../../helpers/planFactory';
import { contentArb, NAMES } from './arbitraries';
import { expectOk, must, SAVE_OPTIONS } from './helpers';

const namePartsOf = (name: string): string[] =>
  name.split(' ').filter((part) => part.length >= 2 && part !== 'Dr');

describe('anonymisePlan', { timeout: 60_000 }, () => {
  it('blanks names and replaces mentions with the person’s role, keeping organisations', () => {
    const out = anonymisePlan(makeContent());
    expect(out.participants.map((p) => [p.name, p.role, p.organisation])).toEqual([
      ['', 'Chief Nurse', 'Northshire Hospitals NHS Foundation Trust'],
      ['', 'Workforce Transformation Lead', 'Northshire Hospitals NHS Foundation Trust'],
    ]);
    expect(out.workshop.scope.facilitators).toBe('Workforce Transformation Lead');
    expect(out.workshop.scope.organisation).toBe('Northshire Hospitals NHS Foundation Trust');
    expect(out.workshop.stepNotes.scope).toBe('Agreed with Chief Nurse before the day.');
    expect(out.cards[1]?.text).toBe(
      'Weekend rota gaps: Workforce Transformation Lead says 6 shifts a month',
    );
    expect(out.actions[0]?.owner).toBe('Workforce Transformation Lead');
  });

  it('uses "[attendee]" when there is no role, or a name part belongs to several roles', () => {
    const content = makeContent();
    const out = anonymisePlan({
      ...content,
      participants: [
        makeParticipant({ id: 'p-1', name: 'Sam Jones', role: '' }),
        makeParticipant({ id: 'p-2', name: 'Sam Patel', role: 'Pharmacist' }),
      ],
      cards: [makeCard({ text: 'Sam Jones and Sam Patel will co-lead; Sam to book the room' })],
    });
    expect(out.cards[0]?.text).toBe(
      '[attendee] and Pharmacist will co-lead; [attendee] to book the room',
    );
  });

  it('matches whole words, any case for full names, capitals only for single name parts', () => {
    const content = makeContent();
    const out = anonymisePlan({
      ...content,
      participants: [makeParticipant({ name: 'Will Mark', role: 'Porter' })],
      cards: [
        makeCard({ text: 'We will see it; WILL MARK agreed; Will said; Willow and Markham stay' }),
      ],
    });
    expect(out.cards[0]?.text).toBe(
      'We will see it; Porter agreed; Porter said; Willow and Markham stay',
    );
  });

  it('keeps every field within its limit when roles are longer than names', () => {
    const content = makeContent();
    const text = Array.from({ length: 400 }, () => 'Al').join(' ');
    const out = anonymisePlan({
      ...content,
      participants: [makeParticipant({ name: 'Al', role: 'R'.repeat(200) })],
      cards: [makeCard({ text })],
      actions: [makeAction({ owner: 'Al Al Al Al', ideaIds: [] })],
    });
    const card = must(out.cards[0], 'card');
    expect(card.text.length).toBeLessThanOrEqual(2_000);
    expect(card.text).not.toMatch(/\bAl\b/);
    expect(out.actions[0]?.owner).toBe('[attendee] [attendee] [attendee] [attendee]');
  });

  it('saves files that contain none of the names, and that still open', () => {
    fc.assert(
      fc.property(
        contentArb,
        fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
        fc.array(fc.constantFrom('Consultant', 'Ward Manager', ''), { minLength: 4, maxLength: 4 }),
        (content, names, roles) => {
          const participants = names.map((name, i) =>
            makeParticipant({ id: `p${i}`, workshopId: content.workshop.id, name, role: roles[i] }),
          );
          const mention = (i: number): string => names[i % names.length] ?? '';
          const seeded = {
            ...content,
            participants,
            cards: content.cards.map((c, i) => ({
              ...c,
              text: `${c.text} ${mention(i)}`.slice(-2_000).trim(),
            })),
            actions: content.actions.map((a, i) => ({
              ...a,
              owner: mention(i + 1),
              description: `Ask ${mention(i)}.`,
            })),
          };
          const text = serialisePlan(seeded, { ...SAVE_OPTIONS, anonymise: true });
          for (const name of names) {
            for (const part of [name, ...namePartsOf(name)]) expect(text).not.toContain(`"${part}`);
            expect(text).not.toContain(name);
          }
          expectOk(restorePlan(text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves content without attendee names untouched', () => {
    const content = { ...makeContent(), participants: [makeParticipant({ name: '' })] };
    expect(anonymisePlan(content)).toEqual(content);
  });
});
