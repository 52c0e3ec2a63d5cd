import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { named, renderStep, storedRows } from '../helpers/renderApp';

const roleInputs = (): HTMLInputElement[] =>
  screen.getAllByRole<HTMLInputElement>('textbox', { name: /^Job role for attendee \d+$/ });

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
    expect(screen.getByRole('textbox', { name: 'Name for attendee 1' })).toHaveValue('Zoë Ng');
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
    expect(roleInputs().map((i) => i.value)).toEqual(['Consultant', 'Registrar', 'Matron']);
    expect(
      screen.getByRole('button', { name: named('Up', '(move attendee 1 up)') }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: named('Down', '(move attendee 3 down)') }),
    ).toBeDisabled();

    await app.user.click(
      screen.getByRole('button', { name: named('Down', '(move attendee 1 down)') }),
    );
    expect(roleInputs().map((i) => i.value)).toEqual(['Registrar', 'Consultant', 'Matron']);
    await app.user.click(screen.getByRole('button', { name: named('Up', '(move attendee 3 up)') }));
    expect(roleInputs().map((i) => i.value)).toEqual(['Registrar', 'Matron', 'Consultant']);

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
    expect(roleInputs().map((i) => i.value)).toEqual(['Registrar']);
    expect(await storedRows(app, 'participants')).toHaveLength(1);

    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(roleInputs().map((i) => i.value)).toEqual(['Consultant', 'Registrar']);
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
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Staff group for attendee 4' }),
      'Nursing and midwifery',
    );
    expect(within(list).getByText('Nursing and midwifery').nextElementSibling).toHaveTextContent(
      '2',
    );
    expect(within(list).queryByText('Not recorded')).not.toBeInTheDocument();
  });
});
