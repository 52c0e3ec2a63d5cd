import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, planFileErrors, restorePlan, serialisePlan } from '@shared/planfile';
import { makeCard, makeContent } from '../../helpers/planFactory';
import { encode, envelopeOf, expectError, expectOk, SAVE_OPTIONS, withPayload } from './helpers';

const saved = (): string => serialisePlan(makeContent(), SAVE_OPTIONS);

describe('restorePlan: each guard refuses with its own typed error', () => {
  it('refuses files over the size cap before reading them', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0xff);
    const error = expectError(restorePlan(big));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('over the 10 MB limit');
    expect(expectError(restorePlan(saved(), { maxBytes: 100 })).code).toBe('too-large');
  });

  it('counts UTF-8 bytes, not characters, for text input', () => {
    const text = saved();
    const bytes = encode(text).length;
    expect(expectOk(restorePlan(text, { maxBytes: bytes })).ok).toBe(true);
    expect(expectError(restorePlan(text, { maxBytes: bytes - 1 })).code).toBe('too-large');
  });

  it('refuses invalid UTF-8 (latin-1 text, lone continuation bytes, UTF-16)', () => {
    const latin1 = encode(saved()).map((b) => b);
    latin1[40] = 0xe9;
    expect(expectError(restorePlan(latin1)).code).toBe('not-utf8');
    expect(expectError(restorePlan(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).code).toBe(
      'not-utf8',
    );
  });

  it('opens files that start with a UTF-8 byte order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(saved())]);
    expect(expectOk(restorePlan(withBom)).checksum).toBe('valid');
    expect(expectOk(restorePlan(`\uFEFF${saved()}`)).checksum).toBe('valid');
  });

  it('refuses empty files', () => {
    expect(expectError(restorePlan('')).code).toBe('empty');
    expect(expectError(restorePlan(new Uint8Array([0xef, 0xbb, 0xbf, 0x20]))).code).toBe('empty');
  });

  it('refuses nesting deeper than 64 before parsing, ignoring brackets inside strings', () => {
    expect(expectError(restorePlan(`${'['.repeat(65)}${']'.repeat(65)}`)).code).toBe('too-deep');
    expect(expectError(restorePlan('['.repeat(1_000_000))).code).toBe('too-deep');
    const bracketsInText = withPayload({
      ...makeContent(),
      cards: [makeCard({ text: `${'[{'.repeat(300)} "\\" ${'}]'.repeat(300)}` })],
      actions: [],
    });
    expect(expectOk(restorePlan(bracketsInText)).plan.content.cards).toHaveLength(1);
  });

  it('refuses text that is not JSON, keeping the parser error as the cause', () => {
    const error = expectError(restorePlan(saved().slice(0, -20)));
    expect(error.code).toBe('not-json');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere', (key) => {
    const text = saved().replace('"votes":', `"${key}":{"polluted":true},"votes":`);
    const error = expectError(restorePlan(text));
    expect(error.code).toBe('forbidden-key');
    expect(error.message).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses forbidden keys written with escapes', () => {
    const text = saved().replace('"votes":', '"\\u005f_proto__":{"polluted":true},"votes":');
    expect(expectError(restorePlan(text)).code).toBe('forbidden-key');
  });

  it('refuses JSON that is not a plan file', () => {
    for (const text of ['[]', '42', 'null', '{"type":"excalidraw","version":2}']) {
      const error = expectError(restorePlan(text));
      expect(error.code).toBe('not-a-plan');
      expect(error.message).toBe('This file is not a Star Workshop plan file.');
    }
  });

  it('refuses a newer format with the message naming both formats', () => {
    const text = JSON.stringify({ ...envelopeOf(), formatVersion: 4, payload: { anything: true } });
    const error = expectError(restorePlan(text));
    expect(error.code).toBe('newer-format');
    expect(error.message).toBe(
      'This file was saved by a newer version of Star Workshop (format 4); this version reads up to format 2. Update Star Workshop to open it.',
    );
    expect(error.nextStep).toMatch(/Update Star Workshop/);
  });

  it.each([0, -1, 1.5, '1', null])('refuses format %j as unknown', (formatVersion) => {
    const text = JSON.stringify({ ...envelopeOf(), formatVersion });
    expect(expectError(restorePlan(text)).code).toBe('unknown-format');
  });

  it('refuses invalid content, saying where each problem is', () => {
    const content = makeContent();
    const text = withPayload({
      ...content,
      cards: [content.cards[0], { ...content.cards[1], text: 'x'.repeat(2_001) }],
      actions: [{ ...content.actions[0], dueDate: '2025-01-01' }],
    });
    const error = expectError(restorePlan(text));
    expect(error.code).toBe('invalid-content');
    expect(error.details).toEqual([
      'Card 2: Card text must be 2,000 characters or fewer',
      'Action 1: Due date must be the same as or after the start date',
    ]);
    expect(error.message).toContain('2 problems');
  });

  it('refuses unknown fields, in the envelope and in any object', () => {
    expect(expectError(restorePlan(JSON.stringify({ ...envelopeOf(), extra: 1 }))).code).toBe(
      'invalid-content',
    );
    const content = makeContent();
    const text = withPayload({ ...content, cards: [{ ...content.cards[0], script: 'x' }] });
    expect(expectError(restorePlan(text)).details[0]).toMatch(/^Card 1 has a field/);
  });

  it('refuses text longer than any field before parsing, but not long escaped text', () => {
    const content = makeContent();
    const huge = withPayload({ ...content, cards: [makeCard({ text: 'x'.repeat(70_000) })] });
    expect(expectError(restorePlan(huge)).details).toEqual([
      'A text in the file is longer than the 10,000 characters any plan field can hold',
    ]);
    // 10,000 lone surrogates are written as 60,000 (\ud800 each): still allowed.
    const note = '\uD800'.repeat(10_000);
    const workshop = { ...content.workshop, stepNotes: { review: note } };
    const result = expectOk(restorePlan(withPayload({ ...content, workshop })));
    expect(result.plan.content.workshop.stepNotes.review).toBe(note);
  });

  it('refuses more items than a plan may hold, without validating each', () => {
    const content = makeContent();
    const actions = Array.from({ length: 2_001 }, (_, i) => ({
      ...content.actions[0],
      id: `a${i}`,
    }));
    const error = expectError(restorePlan(withPayload({ ...content, actions })));
    expect(error.code).toBe('invalid-content');
    expect(error.details).toEqual(['The plan has 2,001 actions; a plan can have at most 2,000']);
    const cards = Array.from({ length: 5_001 }, (_, i) => ({ ...content.cards[0], id: `c${i}` }));
    const tooMany = expectError(restorePlan(withPayload({ ...content, cards })));
    expect(tooMany.code).toBe('invalid-content');
    expect(tooMany.details).toEqual([
      'A list in the file has more than 5,000 entries, more than any plan can hold',
    ]);
  });

  it('refuses any list longer than the longest a plan allows, wherever it is', () => {
    const content = makeContent();
    const tags = Array.from({ length: 10_000 }, () => 'tag');
    const error = expectError(
      restorePlan(withPayload({ ...content, cards: [{ ...content.cards[0], tags }] })),
    );
    expect(error.code).toBe('invalid-content');
    expect(error.details[0]).toContain('more than 5,000 entries');
  });
});

describe('restorePlan: checksum verdicts', () => {
  it('is valid for a file as saved', () => {
    expect(expectOk(restorePlan(saved())).checksum).toBe('valid');
  });

  it('detects a changed payload as a mismatch but still opens it', () => {
    const text = saved().replace('Recruit two advanced', 'Recruit three advanced');
    const result = expectOk(restorePlan(text));
    expect(result.checksum).toBe('mismatch');
    expect(result.plan.content.cards[0]?.text).toMatch(/^Recruit three/);
  });

  it('is a mismatch when the checksum itself is damaged or of another algorithm', () => {
    const envelope = envelopeOf();
    const damaged = { algorithm: 'SHA-256', value: 'zz' };
    expect(expectOk(restorePlan(JSON.stringify({ ...envelope, checksum: damaged }))).checksum).toBe(
      'mismatch',
    );
    const md5 = { algorithm: 'MD5', value: 'abc' };
    expect(expectOk(restorePlan(JSON.stringify({ ...envelope, checksum: md5 }))).checksum).toBe(
      'mismatch',
    );
  });

  it('is missing when the file has none (or null)', () => {
    const envelope = envelopeOf();
    delete envelope.checksum;
    expect(expectOk(restorePlan(JSON.stringify(envelope))).checksum).toBe('missing');
    expect(expectOk(restorePlan(JSON.stringify({ ...envelope, checksum: null }))).checksum).toBe(
      'missing',
    );
  });

  it('does not depend on key order or whitespace in the file', () => {
    const envelope = envelopeOf();
    const reordered = JSON.stringify(
      Object.fromEntries(Object.entries(envelope).reverse()),
      null,
      2,
    );
    const pretty = JSON.stringify(JSON.parse(saved()), null, 4);
    expect(expectOk(restorePlan(reordered)).checksum).toBe('valid');
    expect(expectOk(restorePlan(pretty)).checksum).toBe('valid');
  });
});

describe('restorePlan: never throws', () => {
  it('turns an unexpected failure into an internal error with its cause', () => {
    const hostile = new Uint8Array(8);
    Object.defineProperty(hostile, 'length', {
      get: () => {
        throw new Error('boom');
      },
    });
    const error = expectError(restorePlan(hostile));
    expect(error.code).toBe('internal-error');
    expect(error.cause).toBeInstanceOf(Error);
    expect(planFileErrors.internal('x').nextStep).toMatch(/Try again/);
  });
});
