/**
 * Issue 8 item 5: every count the screens print agrees with its word. A room of one attendee,
 * one vote or one placed idea must never read "1 attendees", "1 votes" or "1 ideas".
 */
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import type { WorkshopContent } from '@shared/domain';
import type { MergeReport } from '@shared/planfile';
import { renderStep } from '../helpers/renderApp';
import { MergedCounts, MergeSummary } from '../../renderer/src/features/files/merge/MergeSummary';

describe('counts of one', () => {
  it('Prioritise says "1 attendee can vote" and "of 1 vote used"', async () => {
    const app = await renderStep('prioritise', {
      participants: [{ role: 'Consultant' }],
      cards: [{ kind: 'idea', point: 'supply', text: 'Clinical fellows' }],
    });
    expect(screen.getByText('1 attendee can vote.')).toBeInTheDocument();
    act(() => {
      app.store.getState().setVotesPerPerson(1);
    });
    expect(screen.getByText(/votes? used/)).toHaveTextContent('0 of 1 vote used, 1 left.');
  });

  it('Review says "1 idea placed on the matrix"', async () => {
    const app = await renderStep('review', {
      cards: [{ kind: 'idea', point: 'supply', text: 'Clinical fellows' }],
    });
    const idea = app.store.getState().cards[0];
    if (!idea) throw new Error('No idea seeded');
    act(() => {
      app.store.getState().placeCard(idea.id, 80, 20);
    });
    expect(screen.getByText(/placed on the matrix/)).toHaveTextContent(
      '1 idea placed on the matrix',
    );
  });

  it('Action plan says "Showing 1 of 1 action"', async () => {
    await renderStep('actions', {
      actions: [{ title: 'Recruit fellows', points: ['supply'] }],
    });
    expect(screen.getByText(/^Showing/)).toHaveTextContent(/^Showing 1 of 1 action$/);
  });

  it('the merge page says "1 attendee, 1 card and 1 action"', () => {
    const content = {
      participants: [{ id: 'p1' }],
      cards: [{ id: 'c1' }],
      actions: [{ id: 'a1' }],
    } as unknown as WorkshopContent;
    const ref = { kind: 'card', id: 'c1', source: 'a.heestar' };
    const report = {
      added: [ref],
      identical: [ref],
      nearDuplicates: [],
      conflicts: [ref],
      skipped: [ref],
      repairs: [],
    } as unknown as MergeReport;
    render(
      <>
        <MergeSummary report={report} content={content} />
        <MergedCounts content={content} />
      </>,
    );
    expect(screen.getByText(/will have/)).toHaveTextContent(
      'The merged workshop will have 1 attendee, 1 card and 1 action.',
    );
    expect(screen.getByText(/from the other files/)).toHaveTextContent(
      '1 item is added from the other files',
    );
    expect(screen.getByText(/edited differently/)).toHaveTextContent(
      '1 item was edited differently',
    );
  });
});
