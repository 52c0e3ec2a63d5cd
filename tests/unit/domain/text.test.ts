import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanStrings,
  cleanText,
  cleanUserText,
  displayFileName,
  formatNumber,
} from '@shared/domain/text';
import { clean as cleanPdfText } from '../../../renderer/src/features/export/text';

const RLO = '\u202E';

describe('cleanText', () => {
  it('removes a right-to-left override so "gnp.exe" cannot show as "exe.png"', () => {
    expect(cleanText(`Svc ${RLO}gnp.exe`)).toEqual({ text: 'Svc gnp.exe', removed: 1 });
  });

  it('removes every bidi embedding, override and isolate', () => {
    const all = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(cleanText(`a${all}b`)).toEqual({ text: 'ab', removed: 9 });
  });

  it('removes NUL, BEL, ESC, DEL and C1 controls but keeps tab and newline', () => {
    expect(cleanText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\tg\nh')).toEqual({
      text: 'abcdef\tg\nh',
      removed: 5,
    });
  });

  it('tidies line endings without counting them as removals', () => {
    expect(cleanText('one\r\ntwo\rthree\u2028four')).toEqual({
      text: 'one\ntwo\nthree\nfour',
      removed: 0,
    });
  });

  it('removes zero-width spaces, word joiners and byte order marks', () => {
    expect(cleanText('a\u200Bb\u2060c\uFEFFd')).toEqual({ text: 'abcd', removed: 3 });
  });

  it('removes joiners hidden inside Latin words or beside spaces', () => {
    expect(cleanText('pay\u200Dpal \u200Cx\u200D')).toEqual({ text: 'paypal x', removed: 3 });
  });

  it('keeps the joiner inside an emoji sequence (health worker)', () => {
    const healthWorker = '\u{1F9D1}\u200D\u2695\uFE0F';
    expect(cleanText(`Staff ${healthWorker}`)).toEqual({
      text: `Staff ${healthWorker}`,
      removed: 0,
    });
  });

  it('keeps joiners between letters of scripts that need them', () => {
    const hindi = 'क्\u200Dष';
    const persian = 'می\u200Cخواهم';
    expect(cleanText(`${hindi} ${persian}`).removed).toBe(0);
  });

  it('keeps the Welsh flag but removes tag characters hidden in text', () => {
    const wales = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}';
    expect(cleanText(`Cymru ${wales}`)).toEqual({ text: `Cymru ${wales}`, removed: 0 });
    expect(cleanText('ok\u{E0069}\u{E0067}')).toEqual({ text: 'ok', removed: 2 });
  });

  it('keeps direction marks, which Arabic and Hebrew writers rely on', () => {
    expect(cleanText('שלום\u200F!').removed).toBe(0);
  });

  it('makes single-line text one line', () => {
    expect(cleanUserText('a\tb\n\nc', { singleLine: true })).toBe('a b c');
  });

  it('is idempotent and never lengthens text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = cleanUserText(s);
        return cleanUserText(once) === once && once.length <= s.length;
      }),
    );
  }, 20_000);
});

describe('cleanStrings', () => {
  it('cleans every string in nested objects and arrays and counts the removals', () => {
    const input = { a: `x${RLO}`, b: [{ c: '\u0000y' }, 3, null], d: true };
    expect(cleanStrings(input)).toEqual({
      value: { a: 'x', b: [{ c: 'y' }, 3, null], d: true },
      removed: 2,
    });
  });

  it('returns the same object when nothing needs cleaning', () => {
    const input = { a: 'plain', b: ['text'] };
    expect(cleanStrings(input).value).toBe(input);
  });
});

describe('displayFileName', () => {
  it('shows the real extension of a file named with a right-to-left override', () => {
    expect(displayFileName(`valid${RLO}ratseeh.pdf`)).toBe('validratseeh.pdf');
  });

  it('never shows an empty name', () => {
    expect(displayFileName(`${RLO}\u200B`)).toBe('Unnamed file');
  });
});

describe('formatNumber', () => {
  it('groups thousands with commas', () => {
    expect([0, 999, 1000, 10000, 1234567, -5000, 2.5].map(formatNumber)).toEqual([
      '0',
      '999',
      '1,000',
      '10,000',
      '1,234,567',
      '-5,000',
      '2.5',
    ]);
  });
});

describe('the PDF uses the same cleaner', () => {
  it('strips zero-width characters and overrides from printed text as the app does', () => {
    const input = `Svc ${RLO}gnp.exe zero\u200Bwidth`;
    expect(cleanPdfText(input)).toBe(cleanUserText(input));
  });
});
