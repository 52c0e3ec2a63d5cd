/**
 * Issue 8, item 6: invisible and direction-changing characters never get in, whether typed
 * (the domain create/update functions) or imported (the plan file), and an import says what
 * it removed.
 */
import { describe, expect, it } from 'vitest';
import { createCard, updateScope } from '@shared/domain';
import { previewOf, restorePlan } from '@shared/planfile';
import { makeContent, makeWorkshop } from '../../helpers/planFactory';
import { expectOk, must, withPayload } from './helpers';

const RLO = '\u202E';
const stamp = { id: 'c1', now: '2026-11-30T10:00:00.000Z' };

describe('the one text gate', () => {
  it('stores a typed card without the right-to-left override', () => {
    const card = createCard(
      'w1',
      { kind: 'gap', point: 'new-roles', text: `evil ${RLO}left-to-right` },
      0,
      stamp,
    );
    expect(card.ok && card.value.text).toBe('evil left-to-right');
  });

  it('treats a card of only invisible characters as empty', () => {
    const card = createCard(
      'w1',
      { kind: 'gap', point: 'new-roles', text: `${RLO}\u200B\u0007` },
      0,
      stamp,
    );
    expect(card.ok).toBe(false);
  });

  it('cleans scope fields on update', () => {
    const updated = updateScope(makeWorkshop(), { service: `Svc ${RLO}gnp.exe` }, stamp.now);
    expect(updated.ok && updated.value.scope.service).toBe('Svc gnp.exe');
  });
});

describe('importing hostile text', () => {
  const hostile = (): string => {
    const content = makeContent();
    const [first, second, ...rest] = content.cards;
    return withPayload({
      ...content,
      workshop: {
        ...content.workshop,
        scope: { ...content.workshop.scope, service: `Svc ${RLO}gnp.exe` },
      },
      cards: [
        { ...must(first, 'card'), text: `Bell\u0007 and NUL\u0000 here` },
        { ...must(second, 'card'), text: `zero\u200Bwidth` },
        ...rest,
      ],
    });
  };

  it('keeps the visible text and drops NUL, BEL, zero-width and override characters', () => {
    const { content } = expectOk(restorePlan(hostile())).plan;
    expect(content.workshop.scope.service).toBe('Svc gnp.exe');
    expect(content.cards[0]?.text).toBe('Bell and NUL here');
    expect(content.cards[1]?.text).toBe('zerowidth');
  });

  it('says on the preview what was cleaned, and where', () => {
    const preview = previewOf(expectOk(restorePlan(hostile())));
    expect(preview.repairs.map((r) => r.message)).toEqual([
      '1 invisible or direction-changing character was removed from the workshop details.',
      '3 invisible or direction-changing characters were removed from 2 cards.',
    ]);
  });

  it('reports nothing for a clean file', () => {
    const content = makeContent();
    expect(expectOk(restorePlan(withPayload(content))).repairs).toEqual([]);
  });
});
