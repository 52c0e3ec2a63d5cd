/**
 * Linking existing actions to ideas (issue 8 item 4): from the action's details and from the
 * "Ideas without an action" list, each idea named by the same number it has everywhere.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { named, renderStep, storedRows, type WorkshopSeed } from '../helpers/renderApp';

const SEED: WorkshopSeed = {
  cards: [
    { kind: 'idea', point: 'new-roles', text: 'Physician associates in ED' },
    { kind: 'gap', point: 'supply', text: 'Too few registrars overnight' },
    { kind: 'idea', point: 'supply', text: 'International recruitment' },
    { kind: 'idea', point: 'new-ways', text: 'Rota redesign for nights' },
  ],
  actions: [{ title: 'Workforce business case', points: ['supply'] }],
};

const waitingHeading = () => screen.queryByRole('heading', { name: /Ideas without an action/ });

describe('linking actions to ideas', () => {
  it('links an existing action to two ideas from its details, and the waiting list shrinks', async () => {
    const app = await renderStep('actions', SEED);
    expect(waitingHeading()).toHaveTextContent('Ideas without an action (3), best first');

    await app.user.click(
      screen.getByRole('button', { name: named('Details', 'of ‘Workforce business case’') }),
    );
    const group = screen.getByRole('group', { name: 'Ideas this action takes forward' });
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((b) => b.closest('div')?.textContent)).toEqual([
      'Idea 1: Physician associates in ED',
      'Idea 2: International recruitment',
      'Idea 3: Rota redesign for nights',
    ]);
    await app.user.click(within(group).getByRole('checkbox', { name: /^Idea 1:/ }));
    await app.user.click(within(group).getByRole('checkbox', { name: /^Idea 3:/ }));

    expect(waitingHeading()).toHaveTextContent('Ideas without an action (1), best first');
    const list = screen.getByRole('list', { name: /Ideas without an action/ });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent('Idea 2: International recruitment');
    expect(group).toHaveTextContent('2 of 3 ideas linked.');

    const cards = await storedRows(app, 'cards');
    const [action] = await storedRows(app, 'actions');
    const idOf = (text: string) => cards.find((c) => c.text === text)?.id;
    expect(action?.ideaIds).toEqual([
      idOf('Physician associates in ED'),
      idOf('Rota redesign for nights'),
    ]);

    // Unticking takes the link away again, by keyboard as well as by mouse.
    const first = within(group).getByRole('checkbox', { name: /^Idea 1:/ });
    first.focus();
    await app.user.keyboard(' ');
    expect(first).not.toBeChecked();
    expect(waitingHeading()).toHaveTextContent('Ideas without an action (2), best first');
  });

  it('links an idea to an existing action from the waiting list', async () => {
    const app = await renderStep('actions', SEED);
    const menu = screen.getByRole('combobox', {
      name: 'Link Idea 2 to an existing action',
    });
    const link = screen.getByRole('button', { name: named('Link', 'Idea 2 to the chosen action') });

    await app.user.click(link);
    expect(menu).toHaveAccessibleDescription('Error: Choose an action to link this idea to');
    expect(waitingHeading()).toHaveTextContent('Ideas without an action (3), best first');

    await app.user.selectOptions(menu, 'Workforce business case');
    await app.user.click(link);
    expect(waitingHeading()).toHaveTextContent('Ideas without an action (2), best first');
    expect(
      screen.queryByRole('combobox', { name: 'Link Idea 2 to an existing action' }),
    ).toBeNull();
    const [action] = await storedRows(app, 'actions');
    const cards = await storedRows(app, 'cards');
    expect(action?.ideaIds).toEqual([cards.find((c) => c.number === 2)?.id]);
  });

  it('shows each idea’s number on its card from capture on, whatever point it is on', async () => {
    await renderStep('ideas', SEED);
    const list = screen.getByRole('list', { name: 'New ways of working cards' });
    expect(within(list).getByRole('listitem')).toHaveTextContent(/^Idea 3Rota redesign for nights/);
  });
});
