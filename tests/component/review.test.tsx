import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { named, renderStep } from '../helpers/renderApp';

/** Cells of the summary row for a point: current, gaps, ideas, actions. */
const countsFor = (point: string): string[] => {
  const table = screen.getByRole('table', { name: 'Cards on each point of the Star' });
  const row = within(table).getByRole('rowheader', { name: point }).closest('tr');
  if (!row) throw new Error(`No summary row for ${point}`);
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};

/** Titles listed under a warning such as "Actions with no owner (2)"; null when not shown. */
const flagged = (title: string): string[] | null => {
  const heading = screen.queryByRole('heading', { name: named('Important:', title) });
  const callout = heading?.closest<HTMLElement>('.nhsuk-warning-callout');
  if (!callout) return null;
  return within(callout)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
};

describe('Review step', () => {
  it('counts cards and actions on each point of the Star', async () => {
    await renderStep('review', {
      participants: [{ role: 'Consultant' }, { role: 'Matron' }],
      cards: [
        { kind: 'current', point: 'supply', text: 'Bank staff' },
        { kind: 'current', point: 'supply', text: 'Agency nurses' },
        { kind: 'gap', point: 'supply', text: 'No night cover' },
        { kind: 'idea', point: 'supply', text: 'Clinical fellows' },
        { kind: 'idea', point: 'leadership', text: 'SAS lead' },
      ],
      actions: [
        {
          title: 'Recruit fellows',
          points: ['supply', 'leadership'],
          owner: 'Dr Patel',
          dueDate: '2099-01-01',
        },
      ],
    });
    expect(countsFor('Supply')).toEqual(['2', '1', '1', '1']);
    expect(countsFor('Leadership')).toEqual(['0', '0', '1', '1']);
    expect(countsFor('Upskilling')).toEqual(['0', '0', '0', '0']);
    expect(screen.getByText(/2 attendees · 0 votes cast · 0 ideas placed/)).toBeInTheDocument();
    expect(
      screen.getByText('No ideas have been voted on or placed on the matrix yet.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Every action has an owner and a date, and none is overdue.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Actions with no owner/ })).toBeNull();
  });

  it('flags actions with no owner, no date, or past their due date', async () => {
    await renderStep('review', {
      actions: [
        { title: 'Appoint an SAS lead', points: ['leadership'], owner: '', dueDate: '2099-01-01' },
        { title: 'Rota redesign', points: ['new-ways'], owner: 'Rota lead', dueDate: '' },
        { title: 'Recruit fellows', points: ['supply'], owner: 'Dr Patel', dueDate: '2020-01-01' },
        {
          title: 'Finished work',
          points: ['supply'],
          owner: 'Dr Patel',
          dueDate: '2020-01-01',
          rag: 'blue',
        },
        { title: 'Timescale only', points: ['supply'], owner: 'HR', timescale: 'short' },
      ],
    });
    expect(flagged('Actions with no owner (1)')).toEqual(['Appoint an SAS lead']);
    expect(flagged('Actions with no due date or timescale (1)')).toEqual(['Rota redesign']);
    // Blue (complete) is never overdue.
    expect(flagged('Overdue actions (1)')).toEqual(['Recruit fellows']);
    expect(
      screen.queryByText('Every action has an owner and a date, and none is overdue.'),
    ).toBeNull();
  });
});
