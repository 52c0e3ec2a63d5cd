import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { named, renderStep, storedRows, type WorkshopSeed } from '../helpers/renderApp';

const titles = (scope: HTMLElement = document.body): string[] =>
  within(scope)
    .queryAllByRole<HTMLInputElement>('textbox', { name: 'Action title' })
    .map((i) => i.value);

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

  it('edits an owner in the table and saves it', async () => {
    const app = await renderStep('actions', PLAN);
    await app.user.type(
      screen.getByRole('textbox', { name: 'Owner of ‘Appoint an SAS lead’' }),
      'Clinical director',
    );
    const stored = (await storedRows(app, 'actions')).find(
      (a) => a.title === 'Appoint an SAS lead',
    );
    expect(stored?.owner).toBe('Clinical director');
  });
});
