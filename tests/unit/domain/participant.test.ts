import { describe, expect, it } from 'vitest';
import {
  STAFF_GROUPS,
  STAFF_GROUP_OTHER,
  STAFF_GROUP_SETTINGS,
  displayName,
  staffGroupChoice,
  staffGroupFromChoice,
} from '@shared/domain';
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

describe('staff groups', () => {
  it('lists finance, HR and primary care groups once each, beside the hospital ones', () => {
    for (const group of [
      'Finance',
      'HR and workforce',
      'GP',
      'Practice nurse',
      'Direct patient care',
      'Practice management',
      'Medical and dental',
      'Managers and senior managers',
    ]) {
      expect(STAFF_GROUPS).toContain(group);
    }
    // "Management" is already "Managers and senior managers": one entry, not two.
    expect(STAFF_GROUPS).not.toContain('Management');
    expect(new Set(STAFF_GROUPS.map((g) => g.toLowerCase())).size).toBe(STAFF_GROUPS.length);
    // Each group sits under exactly one setting heading, so a form can show them grouped.
    expect(STAFF_GROUP_SETTINGS.flatMap((s) => s.groups)).toEqual([...STAFF_GROUPS]);
  });

  it('reads a stored value as a menu choice, keeping any other group as its own text', () => {
    expect(staffGroupChoice('')).toEqual({ choice: '', other: '' });
    expect(staffGroupChoice('Finance')).toEqual({ choice: 'Finance', other: '' });
    expect(staffGroupChoice('Pharmacy technician')).toEqual({
      choice: STAFF_GROUP_OTHER,
      other: 'Pharmacy technician',
    });
    // A value stored by an older version ("Other") still shows, as the text it was.
    expect(staffGroupChoice('Other')).toEqual({ choice: STAFF_GROUP_OTHER, other: 'Other' });
  });

  it('stores a choice as the group itself, and "Other" as what was typed', () => {
    expect(staffGroupFromChoice('', 'ignored')).toEqual({ ok: true, value: '' });
    expect(staffGroupFromChoice('GP', '')).toEqual({ ok: true, value: 'GP' });
    expect(staffGroupFromChoice(STAFF_GROUP_OTHER, '  Social care  ')).toEqual({
      ok: true,
      value: 'Social care',
    });
    // Typing a standard group by hand stores its standard spelling, so counts stay together.
    expect(staffGroupFromChoice(STAFF_GROUP_OTHER, 'practice NURSE')).toEqual({
      ok: true,
      value: 'Practice nurse',
    });
    expect(staffGroupFromChoice(STAFF_GROUP_OTHER, '   ')).toEqual({
      ok: false,
      errors: [{ field: 'staffGroup', message: 'Enter the staff group' }],
    });
  });
});
