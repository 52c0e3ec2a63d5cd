import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderStep, storedRows } from '../helpers/renderApp';

const IDEAS = [
  { kind: 'idea' as const, point: 'supply' as const, text: 'Clinical fellows' },
  { kind: 'idea' as const, point: 'new-roles' as const, text: 'Physician associates' },
  { kind: 'current' as const, point: 'supply' as const, text: 'Bank staff' },
];

const tally = (): HTMLElement => screen.getByText(/votes used/);

/** The ranked table's row for an idea, wherever the ranking has moved it. */
const rankedRow = (text: string): HTMLElement => {
  const table = screen.getByRole('table', { name: 'Ideas ranked by votes then quadrant' });
  const row = within(table).getByText(text, { exact: false }).closest('tr');
  if (!row) throw new Error(`No ranked row for ${text}`);
  return row;
};

const rankedOrder = (): string[] => {
  const table = screen.getByRole('table', { name: 'Ideas ranked by votes then quadrant' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelectorAll('td')[1]?.textContent ?? '');
};

describe('Prioritise step', () => {
  it('explains what to do when there are no ideas yet', async () => {
    await renderStep('prioritise', {
      cards: [{ kind: 'current', point: 'supply', text: 'Bank staff' }],
    });
    expect(
      screen.getByText('There are no ideas to prioritise yet. Add ideas in the Ideas step first.'),
    ).toBeInTheDocument();
  });

  it('adds and removes votes within the room’s allowance', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    // Default 3 votes per person; with no attendees the room counts as one voter.
    expect(tally()).toHaveTextContent('0 of 3 votes used, 3 left.');
    const votes = screen.getByRole('textbox', { name: 'Votes per person' });
    await app.user.clear(votes);
    await app.user.type(votes, '2');
    await app.user.click(screen.getByRole('button', { name: 'Set votes' }));
    expect(tally()).toHaveTextContent('0 of 2 votes used, 2 left.');

    const add1 = screen.getByRole('button', { name: 'Add a vote to idea 1' });
    const add2 = screen.getByRole('button', { name: 'Add a vote to idea 2' });
    expect(screen.getByRole('button', { name: 'Remove a vote from idea 1' })).toBeDisabled();
    await app.user.click(add2);
    await app.user.click(add2);
    expect(tally()).toHaveTextContent('2 of 2 votes used, 0 left.');
    expect(screen.getByLabelText('2 votes for idea 2')).toBeInTheDocument();
    // The idea with votes now ranks first.
    expect(rankedOrder()[0]).toContain('Physician associates');

    await app.user.click(add1);
    expect(within(rankedRow('Clinical fellows')).getByRole('alert')).toHaveTextContent(
      'All 2 votes have been used. Remove a vote from another idea first.',
    );
    expect(screen.getByLabelText('0 votes for idea 1')).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Remove a vote from idea 2' }));
    expect(tally()).toHaveTextContent('1 of 2 votes used, 1 left.');
    await app.user.click(add1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(tally()).toHaveTextContent('2 of 2 votes used, 0 left.');

    const stored = await storedRows(app, 'cards');
    expect(Object.fromEntries(stored.map((c) => [c.text, c.votes]))).toEqual({
      'Clinical fellows': 1,
      'Physician associates': 1,
      'Bank staff': 0,
    });
  });

  it('refuses a votes-per-person value outside 1 to 50', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    const votes = screen.getByRole('textbox', { name: 'Votes per person' });
    await app.user.clear(votes);
    await app.user.type(votes, '0');
    await app.user.click(screen.getByRole('button', { name: 'Set votes' }));
    expect(votes).toHaveAccessibleDescription(
      /Error: Votes per person must be a whole number from 1 to 50/,
    );
    expect(tally()).toHaveTextContent('0 of 3 votes used, 3 left.');
    expect((await storedRows(app, 'workshops'))[0]?.votesPerPerson).toBe(3);
  });

  it('counts every attendee as a voter', async () => {
    await renderStep('prioritise', {
      cards: IDEAS,
      participants: [{ role: 'Consultant' }, { role: 'Matron' }],
    });
    expect(screen.getByText('2 attendees can vote.')).toBeInTheDocument();
    expect(tally()).toHaveTextContent('0 of 6 votes used, 6 left.');
  });

  it('Reset all votes clears every vote, and Undo brings them back', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    const reset = screen.getByRole('button', { name: 'Reset all votes' });
    expect(reset).toBeDisabled();
    await app.user.click(screen.getByRole('button', { name: 'Add a vote to idea 1' }));
    await app.user.click(screen.getByRole('button', { name: 'Add a vote to idea 2' }));
    expect(tally()).toHaveTextContent('2 of 3 votes used, 1 left.');

    await app.user.click(reset);
    expect(tally()).toHaveTextContent('0 of 3 votes used, 3 left.');
    expect(reset).toBeDisabled();
    expect((await storedRows(app, 'cards')).every((c) => c.votes === 0)).toBe(true);

    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(tally()).toHaveTextContent('2 of 3 votes used, 1 left.');
  });

  it('choosing a quadrant places the idea and tags quick wins', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    expect(screen.getByRole('heading', { name: 'Not yet placed (2)' })).toBeInTheDocument();
    expect(screen.queryByText('Quick win', { selector: 'strong' })).not.toBeInTheDocument();

    const quadrant = screen.getByRole('combobox', { name: 'Quadrant for idea 2' });
    expect(quadrant).toHaveDisplayValue('Not yet placed');
    await app.user.selectOptions(quadrant, 'Quick win');

    expect(screen.getByRole('combobox', { name: 'Quadrant for idea 2' })).toHaveDisplayValue(
      'Quick win',
    );
    const row = rankedRow('Physician associates');
    expect(within(row).getByText('Quick win', { selector: 'strong' })).toBeInTheDocument();
    expect(
      within(rankedRow('Clinical fellows')).queryByText('Quick win', { selector: 'strong' }),
    ).toBeNull();
    // A placed quick win outranks an unplaced idea with the same votes.
    expect(rankedOrder()[0]).toContain('Physician associates');
    expect(screen.getByRole('heading', { name: 'Not yet placed (1)' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Idea 2: Physician associates. impact 75, effort 25, Quick win. Arrow keys move it.',
      }),
    ).toBeInTheDocument();

    const stored = (await storedRows(app, 'cards')).find((c) => c.text === 'Physician associates');
    expect(stored).toMatchObject({ impact: 75, effort: 25 });

    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Quadrant for idea 2' }),
      'Reconsider',
    );
    expect(
      within(rankedRow('Physician associates')).queryByText('Quick win', { selector: 'strong' }),
    ).toBeNull();
  });

  it('moves an idea on the matrix with the arrow keys', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Quadrant for idea 1' }),
      'Fill-in',
    );
    const marker = screen.getByRole('button', { name: /^Idea 1: Clinical fellows\. impact 25/ });
    marker.focus();
    await app.user.keyboard('{Shift>}{ArrowUp}{ArrowUp}{ArrowUp}{/Shift}');
    const placed = (await storedRows(app, 'cards')).find((c) => c.text === 'Clinical fellows');
    expect(placed?.impact).toBeGreaterThan(50);
    expect(placed?.effort).toBe(25);
    expect(screen.getByRole('combobox', { name: 'Quadrant for idea 1' })).toHaveDisplayValue(
      'Quick win',
    );
  });

  it('shows the restored votes per person after Undo', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    const votes = screen.getByRole('textbox', { name: 'Votes per person' });
    await app.user.clear(votes);
    await app.user.type(votes, '5');
    await app.user.click(screen.getByRole('button', { name: 'Set votes' }));
    expect(tally()).toHaveTextContent('0 of 5 votes used, 5 left.');

    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(tally()).toHaveTextContent('0 of 3 votes used, 3 left.');
    expect(votes).toHaveValue('3');
  });

  it('spreads ideas put in one quadrant from the list instead of stacking them', async () => {
    const app = await renderStep('prioritise', {
      cards: [
        { kind: 'idea', point: 'supply', text: 'Clinical fellows' },
        { kind: 'idea', point: 'supply', text: 'Retire and return' },
        { kind: 'idea', point: 'supply', text: 'Internal bank' },
      ],
    });
    for (const n of [1, 2, 3]) {
      await app.user.selectOptions(
        screen.getByRole('combobox', { name: `Quadrant for idea ${String(n)}` }),
        'Fill-in',
      );
    }
    const places = (await storedRows(app, 'cards')).map(
      (c) => `${String(c.impact)},${String(c.effort)}`,
    );
    expect(new Set(places).size).toBe(3);
    for (const n of [1, 2, 3]) {
      expect(
        screen.getByRole('combobox', { name: `Quadrant for idea ${String(n)}` }),
      ).toHaveDisplayValue('Fill-in');
    }
  });

  it('sets impact and effort by number, named for each idea, as the matrix shows them', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    const impact = screen.getByRole('textbox', { name: 'Impact for idea 1' });
    const effort = screen.getByRole('textbox', { name: 'Effort for idea 1' });
    expect(impact).toHaveAccessibleDescription(/Clinical fellows/);
    await app.user.type(impact, '80{Enter}');
    // An idea not yet placed takes the middle of the other scale, as the arrow keys do.
    expect(effort).toHaveValue('50');
    await app.user.clear(effort);
    await app.user.type(effort, '20{Enter}');
    expect(
      screen.getByRole('button', {
        name: 'Idea 1: Clinical fellows. impact 80, effort 20, Quick win. Arrow keys move it.',
      }),
    ).toBeInTheDocument();
    const stored = (await storedRows(app, 'cards')).find((c) => c.text === 'Clinical fellows');
    expect(stored).toMatchObject({ impact: 80, effort: 20 });
  });

  it('refuses an impact outside 0 to 100, says why on the box and keeps the typed text', async () => {
    const app = await renderStep('prioritise', { cards: IDEAS });
    const impact = screen.getByRole('textbox', { name: 'Impact for idea 2' });
    await app.user.type(impact, '120{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Error: Impact must be a whole number from 0 to 100',
    );
    expect(impact).toHaveAttribute('aria-invalid', 'true');
    expect(impact).toHaveAccessibleDescription(/Impact must be a whole number from 0 to 100/);
    expect(impact).toHaveValue('120');
    const stored = (await storedRows(app, 'cards')).find((c) => c.text === 'Physician associates');
    expect(stored).toMatchObject({ impact: null, effort: null });
    await app.user.clear(impact);
    await app.user.type(impact, '60{Enter}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(impact).not.toHaveAttribute('aria-invalid');
  });
});
