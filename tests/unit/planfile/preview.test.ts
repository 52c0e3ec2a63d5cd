import { describe, expect, it } from 'vitest';
import {
  CHECKSUM_MESSAGE,
  importedTitle,
  previewOf,
  restorePlan,
  serialisePlan,
} from '@shared/planfile';
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
      importTitle: 'Frailty pathway workforce',
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

describe('the imported copy’s title (issue 8, item 7)', () => {
  const result = (): ReturnType<typeof expectOk> =>
    expectOk(restorePlan(serialisePlan(makeContent(), SAVE_OPTIONS)));

  it('names the copy with the import date in UK form', () => {
    expect(previewOf(result(), { date: '2026-11-30' }).importTitle).toBe(
      'Frailty pathway workforce (imported 30 Nov 2026)',
    );
  });

  it('says "restored" for a backup and replaces an earlier suffix instead of stacking', () => {
    expect(importedTitle('Frailty (imported 2 Jan 2026)', '2026-11-30', 'restored')).toBe(
      'Frailty (restored 30 Nov 2026)',
    );
  });

  it('keeps the title within the 200-character limit', () => {
    const title = importedTitle('x'.repeat(200), '2026-09-05');
    expect(title).toHaveLength(200);
    expect(title.endsWith('… (imported 5 Sep 2026)')).toBe(true);
  });
});
