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

describe('"Not saved" in the action plan', () => {
  const notSavedIn = (header: HTMLElement): HTMLElement =>
    within(header).getByRole('button', { name: /^Not saved: 1 field needs attention/ });

  it('covers the long text boxes of an action’s details', async () => {
    const app = await renderStep('actions', THREE);
    const header = screen.getByRole('banner');
    await app.user.click(detailsOf('Rota redesign'));
    const risks = screen.getByRole('textbox', { name: 'Risks' });
    await app.user.click(risks);
    await app.user.paste('r'.repeat(1_990));
    expect(risks).toHaveAccessibleDescription(/You have 10 characters remaining/);
    await app.user.paste('s'.repeat(15));
    expect(risks).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/Risks/);
    expect(risks).toHaveValue(`${'r'.repeat(1_990)}${'s'.repeat(15)}`);
    await app.user.click(notSavedIn(header));
    expect(risks).toHaveFocus();

    await app.user.keyboard('{Backspace}'.repeat(5));
    expect(within(header).queryByRole('button', { name: /^Not saved/ })).toBeNull();

    const description = screen.getByRole('textbox', { name: 'Description' });
    await app.user.click(description);
    await app.user.paste('d'.repeat(10_001));
    expect(notSavedIn(header)).toBeInTheDocument();
  });

  it('covers a table cell whose text is refused', async () => {
    const app = await renderStep('actions', THREE);
    const header = screen.getByRole('banner');
    await app.user.click(screen.getByRole('button', { name: /^Owner of ‘Recruit fellows’/ }));
    const owner = screen.getByRole('textbox', { name: /^Owner of ‘Recruit fellows’/ });
    await app.user.paste('o'.repeat(201));
    await app.user.keyboard('{Enter}');
    expect(owner).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent(/Owner/);
    await app.user.click(notSavedIn(header));
    expect(owner).toHaveFocus();

    await app.user.keyboard('{Backspace}{Enter}');
    expect(within(header).queryByRole('button', { name: /^Not saved/ })).toBeNull();
  });
});
