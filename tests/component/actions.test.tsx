import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { named, renderStep, storedRows, type WorkshopSeed } from '../helpers/renderApp';

/** The action titles as the table shows them: read-only cells, each naming its row. */
const titles = (scope: HTMLElement = document.body): string[] =>
  within(scope)
    .queryAllByRole('button', { name: /^Action title, row \d+: / })
    .map((cell) => cell.textContent);

const PLAN: WorkshopSeed = {
  actions: [
    {
      title: 'Recruit clinical fellows',
      points: ['supply'],
      owner: 'Dr Patel',
      rag: 'red',
      dueDate: '2020-01-31',
    },
    {
      title: 'Appoint an SAS lead',
      points: ['leadership'],
      owner: '',
      rag: 'green',
      dueDate: '2099-06-30',
    },
    {
      title: 'Bank staff incentives',
      points: ['supply'],
      owner: 'HR business partner',
      rag: 'amber',
      dueDate: '',
    },
  ],
};

describe('Action plan step', () => {
  it('makes a linked action from a prioritised idea', async () => {
    const app = await renderStep('actions', {
      cards: [{ kind: 'idea', point: 'new-roles', text: 'Physician associates in ED' }],
    });
    expect(
      screen.getByRole('heading', { name: 'Ideas without an action (1), best first' }),
    ).toBeInTheDocument();
    await app.user.click(
      screen.getByRole('button', {
        name: named('Make an action', 'from ‘Physician associates in ED’'),
      }),
    );

    expect(titles()).toEqual(['Physician associates in ED']);
    expect(screen.queryByRole('heading', { name: /Ideas without an action/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Action details' })).toHaveFocus();
    const [card] = await storedRows(app, 'cards');
    const [action] = await storedRows(app, 'actions');
    expect(action).toMatchObject({
      title: 'Physician associates in ED',
      points: ['new-roles'],
      ideaIds: [card?.id],
    });
  });

  it('refuses an action without a Star point and stores nothing', async () => {
    const app = await renderStep('actions');
    await app.user.type(screen.getByRole('textbox', { name: 'Action' }), 'Rota redesign');
    await app.user.click(screen.getByRole('button', { name: 'Add action' }));

    expect(screen.getByRole('combobox', { name: 'Star point' })).toHaveAccessibleDescription(
      'Error: Choose at least one Star point',
    );
    expect(screen.getByRole('textbox', { name: 'Action' })).toHaveValue('Rota redesign');
    expect(screen.getByRole('heading', { name: 'Actions (0)' })).toBeInTheDocument();
    expect(await storedRows(app, 'actions')).toHaveLength(0);

    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Star point' }),
      'New ways of working',
    );
    await app.user.click(screen.getByRole('button', { name: 'Add action' }));
    expect(titles()).toEqual(['Rota redesign']);
    expect((await storedRows(app, 'actions'))[0]?.points).toEqual(['new-ways']);
  });

  it('refuses a due date before the start date, keeping the stored date', async () => {
    const app = await renderStep('actions', {
      actions: [{ title: 'Rota redesign', points: ['new-ways'], startDate: '2027-03-01' }],
    });
    await app.user.click(
      screen.getByRole('button', { name: named('Details', 'of ‘Rota redesign’') }),
    );
    const detail = screen.getByRole('region', { name: 'Action details' });
    const due = within(detail).getByLabelText('Due date');
    fireEvent.change(due, { target: { value: '2027-02-01' } });

    expect(due).toHaveAccessibleDescription(
      'Error: Due date must be the same as or after the start date',
    );
    expect((await storedRows(app, 'actions'))[0]?.dueDate).toBe('');

    fireEvent.change(due, { target: { value: '2027-04-01' } });
    expect(due).not.toHaveAccessibleDescription();
    expect((await storedRows(app, 'actions'))[0]?.dueDate).toBe('2027-04-01');
  });

  it('sorts by a column heading, flipping direction on a second click', async () => {
    const app = await renderStep('actions', PLAN);
    const header = screen.getByRole('columnheader', { name: /^Action/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(titles()).toEqual([
      'Recruit clinical fellows',
      'Appoint an SAS lead',
      'Bank staff incentives',
    ]);

    await app.user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(titles()).toEqual([
      'Appoint an SAS lead',
      'Bank staff incentives',
      'Recruit clinical fellows',
    ]);

    await app.user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(titles()).toEqual([
      'Recruit clinical fellows',
      'Bank staff incentives',
      'Appoint an SAS lead',
    ]);

    const due = screen.getByRole('columnheader', { name: /^Due date/ });
    await app.user.click(within(due).getByRole('button'));
    expect(due).toHaveAttribute('aria-sort', 'ascending');
    expect(header).toHaveAttribute('aria-sort', 'none');
  });

  it('filters by status, owner and overdue', async () => {
    const app = await renderStep('actions', PLAN);
    const count = screen.getByText(/^Showing \d+ of \d+ actions$/);
    expect(count).toHaveTextContent('Showing 3 of 3 actions');

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Amber');
    expect(titles()).toEqual(['Bank staff incentives']);
    expect(count).toHaveTextContent('Showing 1 of 3 actions');
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses');

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'Dr Patel');
    expect(titles()).toEqual(['Recruit clinical fellows']);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'No owner yet');
    expect(titles()).toEqual(['Appoint an SAS lead']);
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Owner' }), 'All owners');
    expect(titles()).toHaveLength(3);

    await app.user.click(screen.getByRole('checkbox', { name: 'Overdue only' }));
    expect(titles()).toEqual(['Recruit clinical fellows']);
    expect(screen.getByText('Overdue')).toBeInTheDocument();

    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Green');
    expect(titles()).toEqual([]);
    expect(screen.getByText('No actions match.')).toBeInTheDocument();
  });

  it('groups actions by Star point', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.click(screen.getByRole('checkbox', { name: 'Group by Star point' }));

    const supply = screen.getByRole('region', { name: 'Supply (2)' });
    const leadership = screen.getByRole('region', { name: 'Leadership (1)' });
    expect(titles(supply)).toEqual(['Recruit clinical fellows', 'Bank staff incentives']);
    expect(titles(leadership)).toEqual(['Appoint an SAS lead']);
    // Points with no matching actions are left out rather than shown empty.
    expect(screen.queryByRole('region', { name: /^Upskilling/ })).toBeNull();

    await app.user.click(screen.getByRole('checkbox', { name: 'Group by Star point' }));
    expect(screen.queryByRole('region', { name: 'Supply (2)' })).toBeNull();
    expect(titles()).toHaveLength(3);
  });

  it('edits an owner in the table and saves it on Enter', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.click(
      screen.getByRole('button', { name: 'Owner of ‘Appoint an SAS lead’: No owner yet' }),
    );
    await app.user.type(
      screen.getByRole('textbox', { name: 'Owner of ‘Appoint an SAS lead’' }),
      'Clinical director{Enter}',
    );
    const cell = screen.getByRole('button', {
      name: 'Owner of ‘Appoint an SAS lead’: Clinical director',
    });
    // Back to a read-only cell, keeping focus there so Tab carries on from it.
    expect(cell).toHaveFocus();
    const stored = (await storedRows(app, 'actions')).find(
      (a) => a.title === 'Appoint an SAS lead',
    );
    expect(stored?.owner).toBe('Clinical director');
  });

  it('shows each title in full as a read-only cell named with its row', async () => {
    const long =
      'Recruit two physician associates to the acute medical unit with a named supervising consultant';
    await renderStep('actions', {
      actions: [...(PLAN.actions ?? []), { title: long, points: ['new-roles'] }],
    });
    const cell = screen.getByRole('button', { name: `Action title, row 4: ${long}` });
    expect(cell).toHaveTextContent(long);
    // No form control per row until a cell is being edited.
    expect(screen.queryAllByRole('textbox', { name: /^Action title/ })).toHaveLength(0);
    expect(screen.queryAllByRole('combobox', { name: /^RAG status of/ })).toHaveLength(0);
  });

  it('opens a cell on Tab, and Tab saves it and opens the next cell', async () => {
    const app = await renderStep('actions', PLAN);
    // From the last column heading, the next Tab stop is the first row's title cell.
    within(screen.getByRole('columnheader', { name: /^Priority/ }))
      .getByRole('button')
      .focus();
    await app.user.tab();
    const title = screen.getByRole('textbox', { name: 'Action title, row 1' });
    expect(title).toHaveFocus();
    expect(title).toHaveValue('Recruit clinical fellows');
    await app.user.keyboard('{Control>}a{/Control}Recruit three clinical fellows');
    await app.user.tab();

    // One Tab stop per cell: the next editable cell (Owner) is now open.
    expect(screen.getByRole('textbox', { name: /^Owner of ‘Recruit three/ })).toHaveFocus();
    expect(titles()[0]).toBe('Recruit three clinical fellows');
    const [stored] = await storedRows(app, 'actions');
    expect(stored?.title).toBe('Recruit three clinical fellows');
  });

  it('Esc cancels an edit and restores the stored value', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.click(
      screen.getByRole('button', { name: 'Action title, row 2: Appoint an SAS lead' }),
    );
    await app.user.keyboard('{Control>}a{/Control}Something else{Escape}');
    const cell = screen.getByRole('button', { name: 'Action title, row 2: Appoint an SAS lead' });
    expect(cell).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'Action title, row 2' })).toBeNull();
    expect((await storedRows(app, 'actions')).map((a) => a.title)).toContain('Appoint an SAS lead');
  });

  it('keeps a refused value in the cell with its message, and stores nothing', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.click(
      screen.getByRole('button', { name: 'Action title, row 2: Appoint an SAS lead' }),
    );
    const box = screen.getByRole('textbox', { name: 'Action title, row 2' });
    await app.user.keyboard('{Control>}a{/Control}{Backspace}   {Enter}');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('   ');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/^Error: .+/);
    // Leaving the cell keeps the typed text and the message on screen.
    await app.user.click(screen.getByRole('heading', { name: 'Actions (3)' }));
    expect(screen.getByRole('textbox', { name: 'Action title, row 2' })).toHaveValue('   ');
    expect((await storedRows(app, 'actions')).map((a) => a.title)).toContain('Appoint an SAS lead');
  });

  it('sets a RAG status from the cell menu, shown as a word', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.click(
      screen.getByRole('button', { name: 'RAG status of ‘Bank staff incentives’: Amber' }),
    );
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'RAG status of ‘Bank staff incentives’' }),
      'Green',
    );
    await app.user.click(screen.getByRole('heading', { name: 'Actions (3)' }));
    expect(
      screen.getByRole('button', { name: 'RAG status of ‘Bank staff incentives’: Green' }),
    ).toBeInTheDocument();
    const stored = (await storedRows(app, 'actions')).find(
      (a) => a.title === 'Bank staff incentives',
    );
    expect(stored?.rag).toBe('green');
  });

  it('saves a cell still being typed in when the window is closed', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.click(
      screen.getByRole('button', { name: 'Owner of ‘Appoint an SAS lead’: No owner yet' }),
    );
    await app.user.keyboard('Medical director');
    window.dispatchEvent(new Event('pagehide'));
    const stored = (await storedRows(app, 'actions')).find(
      (a) => a.title === 'Appoint an SAS lead',
    );
    expect(stored?.owner).toBe('Medical director');
  });
});
