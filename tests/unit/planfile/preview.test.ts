import { describe, expect, it } from 'vitest';
import { CHECKSUM_MESSAGE, previewOf, restorePlan, serialisePlan } from '@shared/planfile';
import { makeAction, makeContent } from '../../helpers/planFactory';
import { expectOk, SAVE_OPTIONS, withPayload } from './helpers';

describe('previewOf', () => {
  it('shows organisation, title, date, counts per card kind and the checksum verdict', () => {
    const result = expectOk(restorePlan(serialisePlan(makeContent(), SAVE_OPTIONS)));
    expect(previewOf(result)).toEqual({
      organisation: 'Northshire Hospitals NHS Foundation Trust',
      title: 'Frailty pathway workforce',
      date: '2025-03-12',
      savedAt: SAVE_OPTIONS.now,
      appVersion: '0.1.0',
      counts: { participants: 2, cards: { current: 1, gap: 1, idea: 1, total: 3 }, actions: 1 },
      checksum: 'valid',
      checksumMessage: CHECKSUM_MESSAGE.valid,
      repairs: [],
      migratedFrom: null,
    });
  });

  it('has no date when the workshop has none, and lists repairs', () => {
    const content = makeContent();
    const text = withPayload({
      ...content,
      workshop: { ...content.workshop, scope: { ...content.workshop.scope, date: '' } },
      actions: [makeAction({ ideaIds: ['missing'] })],
    });
    const preview = previewOf(expectOk(restorePlan(text)));
    expect(preview.date).toBeNull();
    expect(preview.repairs.map((r) => r.kind)).toEqual(['card-link-cleared']);
  });

  it('warns in words when the checksum does not match', () => {
    const text = serialisePlan(makeContent(), SAVE_OPTIONS).replace(
      'Frailty pathway',
      'Frailty route',
    );
    const preview = previewOf(expectOk(restorePlan(text)));
    expect(preview.checksum).toBe('mismatch');
    expect(preview.checksumMessage).toMatch(/may have been damaged or edited/);
  });
});
