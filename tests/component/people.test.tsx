import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { named, renderStep, storedRows } from '../helpers/renderApp';

/** The job roles as the table shows them: read-only cells named with their row. */
const roles = (): string[] =>
  screen
    .getAllByRole('button', { name: /^Job role for attendee \d+: / })
    .map((cell) => cell.textContent);

describe('People step', () => {
  it('needs a job role or a name before adding an attendee', async () => {
    const app = await renderStep('people');
    await app.user.click(screen.getByRole('button', { name: 'Add attendee' }));

    expect(screen.getByRole('textbox', { name: 'Job role' })).toHaveAccessibleDescription(
      'Error: Enter a job role or a name',
    );
    expect(screen.getByText('No attendees added yet.')).toBeInTheDocument();
    expect(await storedRows(app, 'participants')).toHaveLength(0);
  });

  it('adds an attendee who is not named in exports unless they agree', async () => {
    const app = await renderStep('people');
    const consent = screen.getByRole('checkbox', {
      name: 'This person agrees to be named in exports',
    });
    expect(consent).not.toBeChecked();

    await app.user.type(screen.getByRole('textbox', { name: 'Name (optional)' }), 'Zoë Ng');
    await app.user.type(screen.getByRole('textbox', { name: 'Job role' }), 'Matron');
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Staff group' }),
      'Nursing and midwifery',
    );
    await app.user.click(screen.getByRole('button', { name: 'Add attendee' }));

    expect(screen.getByRole('heading', { name: 'Attendees (1)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Name for attendee 1: Zoë Ng' })).toHaveTextContent(
      'Zoë Ng',
    );
    expect(
      screen.getByRole('checkbox', { name: 'attendee 1 may be named in exports' }),
    ).not.toBeChecked();
    // The form clears the person but keeps the staff group for the next one from that team.
    expect(screen.getByRole('textbox', { name: 'Job role' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Staff group' })).toHaveValue(
      'Nursing and midwifery',
    );
    const [stored] = await storedRows(app, 'participants');
    expect(stored).toMatchObject({ name: 'Zoë Ng', role: 'Matron', mayBeNamed: false });
  });

  it('reorders attendees with Up and Down', async () => {
    const app = await renderStep('people', {
      participants: [{ role: 'Consultant' }, { role: 'Registrar' }, { role: 'Matron' }],
    });
    expect(roles()).toEqual(['Consultant', 'Registrar', 'Matron']);
    expect(
      screen.getByRole('button', { name: named('Up', '(move attendee 1 up)') }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: named('Down', '(move attendee 3 down)') }),
    ).toBeDisabled();

    await app.user.click(
      screen.getByRole('button', { name: named('Down', '(move attendee 1 down)') }),
    );
    expect(roles()).toEqual(['Registrar', 'Consultant', 'Matron']);
    await app.user.click(screen.getByRole('button', { name: named('Up', '(move attendee 3 up)') }));
    expect(roles()).toEqual(['Registrar', 'Matron', 'Consultant']);

    const stored = await storedRows(app, 'participants');
    expect(stored.sort((a, b) => a.order - b.order).map((p) => p.role)).toEqual([
      'Registrar',
      'Matron',
      'Consultant',
    ]);
  });

  it('removes an attendee, and Undo brings them back', async () => {
    const app = await renderStep('people', {
      participants: [{ role: 'Consultant' }, { role: 'Registrar' }],
    });
    await app.user.click(screen.getByRole('button', { name: named('Remove', 'attendee 1') }));
    expect(roles()).toEqual(['Registrar']);
    expect(await storedRows(app, 'participants')).toHaveLength(1);

    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(roles()).toEqual(['Consultant', 'Registrar']);
    expect(screen.getByText('Undone: Remove attendee')).toBeInTheDocument();
    expect(await storedRows(app, 'participants')).toHaveLength(2);
  });

  it('counts attendees by staff group, including those not recorded', async () => {
    const app = await renderStep('people', {
      participants: [
        { role: 'Consultant', staffGroup: 'Medical and dental' },
        { role: 'Staff nurse', staffGroup: 'Nursing and midwifery' },
        { role: 'Registrar', staffGroup: 'Medical and dental' },
        { role: 'Volunteer' },
      ],
    });
    const heading = screen.getByRole('heading', { name: 'Attendees by staff group' });
    const list = heading.nextElementSibling as HTMLElement;
    const counts = within(list)
      .getAllByRole('term')
      .map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent ?? ''}`);
    expect(counts).toEqual([
      'Medical and dental: 2',
      'Nursing and midwifery: 1',
      'Not recorded: 1',
    ]);

    // Changing a group in the table updates the counts.
    await app.user.click(
      screen.getByRole('button', { name: 'Staff group for attendee 4: Not recorded' }),
    );
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Staff group for attendee 4' }),
      'Nursing and midwifery',
    );
    expect(within(list).getByText('Nursing and midwifery').nextElementSibling).toHaveTextContent(
      '2',
    );
    expect(within(list).queryByText('Not recorded')).not.toBeInTheDocument();
  });

  it('offers finance, HR and primary care groups, grouped by setting', async () => {
    await renderStep('people');
    const menu = screen.getByRole('combobox', { name: 'Staff group' });
    const options = within(menu)
      .getAllByRole('option')
      .map((o) => o.textContent);
    for (const group of ['Finance', 'HR and workforce', 'GP', 'Practice nurse', 'Other (say what)'])
      expect(options).toContain(group);
    expect(within(menu).getByRole('group', { name: 'Primary care' })).toBeInTheDocument();
  });

  it('records "Other" as the group the person types, and asks when nothing is typed', async () => {
    const app = await renderStep('people');
    await app.user.type(screen.getByRole('textbox', { name: 'Job role' }), 'Social prescriber');
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Staff group' }),
      'Other (say what)',
    );
    const other = screen.getByRole('textbox', { name: 'Staff group (say what)' });
    await app.user.click(screen.getByRole('button', { name: 'Add attendee' }));
    expect(other).toHaveAccessibleDescription('Error: Enter the staff group');
    expect(await storedRows(app, 'participants')).toHaveLength(0);

    await app.user.type(other, 'Social care');
    await app.user.click(screen.getByRole('button', { name: 'Add attendee' }));
    expect(
      screen.getByRole('button', { name: 'Staff group for attendee 1: Social care' }),
    ).toBeInTheDocument();
    const [stored] = await storedRows(app, 'participants');
    expect(stored?.staffGroup).toBe('Social care');
  });

  it('shows a stored group that is not on the list, and edits it as "Other"', async () => {
    const app = await renderStep('people', {
      participants: [{ role: 'Porter', staffGroup: 'Other' }],
    });
    await app.user.click(screen.getByRole('button', { name: 'Staff group for attendee 1: Other' }));
    expect(screen.getByRole('combobox', { name: 'Staff group for attendee 1' })).toHaveValue(
      'Other (say what)',
    );
    const text = screen.getByRole('textbox', { name: 'Staff group for attendee 1: say what' });
    expect(text).toHaveValue('Other');
    await app.user.clear(text);
    await app.user.type(text, 'Estates and ancillary{Enter}');
    // Typed by hand, a standard group is stored in its standard spelling.
    expect(
      screen.getByRole('button', { name: 'Staff group for attendee 1: Estates and ancillary' }),
    ).toBeInTheDocument();
    const [stored] = await storedRows(app, 'participants');
    expect(stored?.staffGroup).toBe('Estates and ancillary');
  });

  it('shows long names and roles in full, editing one in place', async () => {
    const role = 'Consultant in acute medicine and clinical lead for same day emergency care';
    const app = await renderStep('people', {
      participants: [{ name: 'Dr Siân Ŵyn Roberts-Okonkwo', role }],
    });
    expect(
      screen.getByRole('button', { name: `Job role for attendee 1: ${role}` }),
    ).toHaveTextContent(role);
    await app.user.click(
      screen.getByRole('button', { name: 'Name for attendee 1: Dr Siân Ŵyn Roberts-Okonkwo' }),
    );
    await app.user.keyboard('{Control>}a{/Control}Dr Siân Roberts{Enter}');
    const [stored] = await storedRows(app, 'participants');
    expect(stored?.name).toBe('Dr Siân Roberts');
  });

  it('keeps focus with a moved attendee, even when they reach the end of the list', async () => {
    const app = await renderStep('people', {
      participants: [{ role: 'Consultant' }, { role: 'Registrar' }, { role: 'Matron' }],
    });
    await app.user.click(
      screen.getByRole('button', { name: named('Down', '(move attendee 1 down)') }),
    );
    // Now attendee 2: the same Down button still has focus.
    expect(
      screen.getByRole('button', { name: named('Down', '(move attendee 2 down)') }),
    ).toHaveFocus();
    await app.user.click(
      screen.getByRole('button', { name: named('Down', '(move attendee 2 down)') }),
    );
    // Last in the list, Down is disabled: focus moves to Up rather than being lost.
    expect(roles()).toEqual(['Registrar', 'Matron', 'Consultant']);
    expect(screen.getByRole('button', { name: named('Up', '(move attendee 3 up)') })).toHaveFocus();
  });
});
