import { describe, expect, it } from 'vitest';
import { toAllowedExternalUrl } from '../../electron/main/services/externalLinks';

describe('external link allowlist', () => {
  it.each([
    ['https://www.hee.nhs.uk/our-work/star', 'https://www.hee.nhs.uk/our-work/star'],
    ['HTTPS://Example.ORG/a b', 'https://example.org/a%20b'],
  ])('allows %s', (raw, normalised) => {
    expect(toAllowedExternalUrl(raw)).toBe(normalised);
  });

  it.each([
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/payload.exe',
    'http://example.org/',
    'ftp://example.org/',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://star-workshop/index.html',
    'https://nhs.uk@evil.example/',
    'https://user:pass@example.org/',
    '//example.org',
    '/relative',
    '',
    `https://example.org/${'a'.repeat(2_100)}`,
  ])('refuses %s', (raw) => {
    expect(toAllowedExternalUrl(raw)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    expect(toAllowedExternalUrl(undefined)).toBeNull();
    expect(toAllowedExternalUrl({ href: 'https://example.org' })).toBeNull();
  });
});
