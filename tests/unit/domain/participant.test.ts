import { describe, expect, it } from 'vitest';
import { displayName } from '@shared/domain';
import { makeParticipant } from '../../helpers/factories';

describe('displayName', () => {
  const zoe = makeParticipant({
    name: 'Zoë Adebayo',
    role: 'Clinical director',
    organisation: 'Northbrook Hospitals',
    mayBeNamed: true,
  });

  it('names an attendee who agreed, with role and organisation', () => {
    expect(displayName(zoe, false)).toBe('Zoë Adebayo (Clinical director, Northbrook Hospitals)');
  });

  it('never names an attendee who did not agree', () => {
    expect(displayName({ ...zoe, mayBeNamed: false }, false)).toBe(
      'Clinical director, Northbrook Hospitals',
    );
  });

  it('leaves every name out of an anonymised export', () => {
    expect(displayName(zoe, true)).toBe('Clinical director, Northbrook Hospitals');
  });

  it('falls back to what is known, then to "Attendee"', () => {
    expect(displayName({ ...zoe, organisation: '' }, false)).toBe(
      'Zoë Adebayo (Clinical director)',
    );
    expect(displayName({ ...zoe, name: '' }, false)).toBe(
      'Clinical director, Northbrook Hospitals',
    );
    expect(displayName({ ...zoe, role: '', organisation: '' }, true)).toBe('Attendee');
  });
});
