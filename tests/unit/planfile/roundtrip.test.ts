import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAction } from '@shared/domain/action';
import { restorePlan, serialisePlan, type SerialiseOptions } from '@shared/planfile';
import { makeContent } from '../../helpers/planFactory';
import { contentArb } from './arbitraries';

const options: SerialiseOptions = {
  anonymise: false,
  now: '2025-03-14T12:00:00.000Z',
  appVersion: '0.1.0',
};

describe('save → open → save', { timeout: 60_000 }, () => {
  it('gives identical bytes for random workshops, with no repairs and a valid checksum', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        const first = serialisePlan(content, options);
        const restored = restorePlan(first);
        if (!restored.ok)
          throw new Error(restored.error.details.join('\n') || restored.error.message);
        expect(restored.checksum).toBe('valid');
        expect(restored.repairs).toEqual([]);
        expect(restored.migratedFrom).toBeNull();
        expect(serialisePlan(restored.plan.content, options)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the same content from bytes as from text', () => {
    const text = serialisePlan(makeContent(), options);
    const fromBytes = restorePlan(new TextEncoder().encode(text));
    const fromText = restorePlan(text);
    expect(fromBytes).toEqual(fromText);
    expect(fromBytes.ok && fromBytes.plan.content).toEqual(makeContent());
  });

  it('writes the envelope the format describes', () => {
    const file = JSON.parse(
      serialisePlan(makeContent(), { ...options, documentId: 'doc-9' }),
    ) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual([
      'type',
      'formatVersion',
      'appVersion',
      'documentId',
      'createdAt',
      'savedAt',
      'organisation',
      'payload',
      'checksum',
    ]);
    expect(file).toMatchObject({
      type: 'star-workshop-plan',
      formatVersion: 2,
      appVersion: '0.1.0',
      documentId: 'doc-9',
      createdAt: makeContent().workshop.createdAt,
      savedAt: options.now,
      organisation: 'Northshire Hospitals NHS Foundation Trust',
      checksum: { algorithm: 'SHA-256' },
    });
  });

  it('only generates content the domain itself accepts (the arbitraries are honest)', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        for (const a of content.actions) expect(validateAction(a).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
