// Review finding: any https host passed the link gate (localhost, private and bare-IP
// addresses, punycode look-alikes) and links opened with no user action. Now those hosts are
// refused and logged, and a link from a plan file or catalogue opens only after a dialog that
// main shows, naming the host it really goes to.
import { describe, expect, it } from 'vitest';
import {
  checkHost,
  createExternalLinks,
  linkConfirmation,
  toAllowedExternalUrl,
} from '../../../electron/main/services/externalLinks';

function gate(answer: boolean) {
  const opened: string[] = [];
  const asked: URL[] = [];
  const logged: string[] = [];
  const links = createExternalLinks({
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    confirm: (url) => {
      asked.push(url);
      return Promise.resolve(answer);
    },
    log: (message) => logged.push(message),
  });
  return { links, opened, asked, logged };
}

describe('hosts an external link may not reach', () => {
  it.each([
    'https://localhost/',
    'https://LOCALHOST:8443/admin',
    'https://localhost./',
    'https://api.localhost/',
    'https://127.0.0.1/',
    'https://2130706433/',
    'https://0x7f.1/',
    'https://127.1/',
    'https://10.0.0.5/',
    'https://172.16.4.1/',
    'https://192.168.1.1/router',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/',
    'https://8.8.8.8/',
    'https://[::1]/',
    'https://[fe80::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[fd00::1]/',
    'https://intranet/',
    'https://printer.local/',
    'https://db.internal/',
    'https://nas.home.arpa/',
    'https://xn--80ak6aa92e.com/',
    'https://www.аpple.com/',
    'https://nhs.xn--uk-xyz.example/',
    'https://under_score.example.org/',
  ])('refuses %s', (url) => {
    expect(toAllowedExternalUrl(url)).toBeNull();
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'JaVaScRiPt:alert(1)', 'http://nhs.uk/'])(
    'still refuses the scheme of %s',
    (url) => {
      expect(toAllowedExternalUrl(url)).toBeNull();
    },
  );

  it.each([
    'https://www.england.nhs.uk/',
    'https://www.gov.uk/guidance',
    'https://example.org/path?q=1',
    'https://my-trust.nhs.uk:8443/page',
  ])('allows the public host of %s', (url) => {
    expect(toAllowedExternalUrl(url)).not.toBeNull();
    expect(checkHost(new URL(url).hostname)).toEqual({ ok: true });
  });
});

describe('opening a link', () => {
  it('asks before opening a link from a plan file or catalogue, naming the host', async () => {
    const { links, opened, asked } = gate(true);
    expect(await links.open('https://evil.example.org/login?next=/', 'content')).toEqual({
      status: 'opened',
    });
    expect(asked.map((url) => url.hostname)).toEqual(['evil.example.org']);
    expect(opened).toEqual(['https://evil.example.org/login?next=/']);
  });

  it('opens nothing when the user cancels', async () => {
    const { links, opened, asked } = gate(false);
    expect(await links.open('https://www.england.nhs.uk/', 'content')).toEqual({
      status: 'cancelled',
    });
    expect(asked).toHaveLength(1);
    expect(opened).toEqual([]);
  });

  it("skips the question only for the app's own links to trusted NHS and GOV.UK hosts", async () => {
    const { links, opened, asked } = gate(false);
    expect(await links.open('https://www.england.nhs.uk/star', 'app')).toEqual({
      status: 'opened',
    });
    // A page claiming 'app' for another host still gets the question.
    expect(await links.open('https://nhs.uk.evil.example/', 'app')).toEqual({
      status: 'cancelled',
    });
    expect(asked.map((url) => url.hostname)).toEqual(['nhs.uk.evil.example']);
    expect(opened).toEqual(['https://www.england.nhs.uk/star']);
  });

  it('refuses and logs a bad link without asking or opening anything', async () => {
    const { links, opened, asked, logged } = gate(true);
    for (const url of [
      'https://192.168.0.1/',
      'javascript:alert(1)',
      'https://xn--80ak6aa92e.com/',
    ]) {
      expect(await links.open(url, 'content')).toMatchObject({ status: 'refused' });
    }
    expect(asked).toEqual([]);
    expect(opened).toEqual([]);
    expect(logged).toHaveLength(3);
    expect(logged.join('\n')).toMatch(/bare IPv4 address/);
    expect(logged.join('\n')).toMatch(/punycode/);
  });

  it("the question names the link's real host and defaults to Cancel", () => {
    const options = linkConfirmation(new URL('https://evil.example/a'));
    expect(options.message).toContain('evil.example');
    expect(options.detail).toContain('https://evil.example/a');
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
  });
});
