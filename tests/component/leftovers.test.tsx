/**
 * Gaps left after issues 8 and 13: errors announced once and named in the field, the "Not
 * saved" header for every field that can hold unsaved text, and focus that is never lost.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { named, renderStep, type WorkshopSeed } from '../helpers/renderApp';

describe('Votes per person', () => {
  it('announces a refused value once, marks the field and keeps the typed text', async () => {
    const app = await renderStep('prioritise', {
      cards: [{ kind: 'idea', point: 'supply', text: 'Clinical fellows' }],
    });
    const header = screen.getByRole('banner');
    const votes = screen.getByRole('textbox', { name: 'Votes per person' });
    await app.user.clear(votes);
    await app.user.type(votes, 'lots');
    await app.user.click(screen.getByRole('button', { name: 'Set votes' }));

    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    const message = alerts[0]?.textContent ?? '';
    expect(message).toMatch(/^Error:/);
    expect(votes).toHaveAttribute('aria-invalid', 'true');
    expect(votes).toHaveAccessibleDescription(new RegExp(message.replace('Error:', '').trim()));
    expect(votes).toHaveValue('lots');
    await app.user.click(
      within(header).getByRole('button', { name: /^Not saved: 1 field needs attention/ }),
    );
    expect(votes).toHaveFocus();

    await app.user.clear(votes);
    await app.user.type(votes, '4');
    await app.user.click(screen.getByRole('button', { name: 'Set votes' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(votes).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(header).queryByRole('button', { name: /^Not saved/ })).toBeNull();
  });
});

const THREE: WorkshopSeed = {
  actions: [
    { title: 'Recruit fellows', points: ['supply'] },
    { title: 'Rota redesign', points: ['new-roles'] },
    { title: 'Appoint an SAS lead', points: ['leadership'] },
  ],
};

const detailsOf = (title: string): HTMLElement =>
  screen.getByRole('button', { name: named('Details', `of ‘${title}’`) });

describe('Focus around an action’s details', () => {
  it('returns to the row’s Details button when the panel closes', async () => {
    const app = await renderStep('actions', THREE);
    await app.user.click(detailsOf('Rota redesign'));
    expect(screen.getByRole('heading', { name: 'Action details' })).toHaveFocus();
    await app.user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('heading', { name: 'Action details' })).toBeNull();
    expect(detailsOf('Rota redesign')).toHaveFocus();
  });

  it('goes to the new action’s row after making one from an idea and closing it', async () => {
    const app = await renderStep('actions', {
      ...THREE,
      cards: [{ kind: 'idea', point: 'new-roles', text: 'Physician associates' }],
    });
    await app.user.click(
      screen.getByRole('button', {
        name: named('Make an action', 'from ‘Physician associates’'),
      }),
    );
    expect(screen.getByRole('heading', { name: 'Action details' })).toHaveFocus();
    await app.user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(detailsOf('Physician associates')).toHaveFocus();
  });

  it('goes to the next row after Delete, the previous after the last, the heading when none is left', async () => {
    const app = await renderStep('actions', THREE);
    await app.user.click(detailsOf('Recruit fellows'));
    await app.user.click(screen.getByRole('button', { name: 'Delete this action' }));
    expect(detailsOf('Rota redesign')).toHaveFocus();

    await app.user.click(detailsOf('Appoint an SAS lead'));
    await app.user.click(screen.getByRole('button', { name: 'Delete this action' }));
    expect(detailsOf('Rota redesign')).toHaveFocus();

    await app.user.click(detailsOf('Rota redesign'));
    await app.user.click(screen.getByRole('button', { name: 'Delete this action' }));
    expect(screen.getByRole('heading', { name: /^Actions/ })).toHaveFocus();
  });
});
