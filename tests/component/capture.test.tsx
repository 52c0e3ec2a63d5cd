import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { named, renderStep, storedRows } from '../helpers/renderApp';

const cardTexts = (point: string): string[] => {
  const list = screen.queryByRole('list', { name: `${point} cards` });
  if (!list) return [];
  return Array.from(list.querySelectorAll('.app-card__text'), (p) => p.textContent);
};

describe('Capture steps (current activity, gaps, ideas)', () => {
  it('Enter adds a card, clears the input and keeps focus for the next one', async () => {
    const app = await renderStep('ideas');
    const input = screen.getByRole('textbox', { name: 'Add to Supply' });
    await app.user.type(input, 'Return to practice{Enter}');

    expect(cardTexts('Supply')).toEqual(['Return to practice']);
    expect(screen.getByRole('heading', { name: 'Supply (1)' })).toBeInTheDocument();
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();

    await app.user.type(input, 'Overseas nurses{Enter}');
    expect(cardTexts('Supply')).toEqual(['Return to practice', 'Overseas nurses']);
    const stored = await storedRows(app, 'cards');
    expect(stored.map((c) => [c.kind, c.point, c.text])).toEqual([
      ['idea', 'supply', 'Return to practice'],
      ['idea', 'supply', 'Overseas nurses'],
    ]);
  });

  it('an empty Enter shows "Enter the card text" and adds nothing', async () => {
    const app = await renderStep('gaps');
    const input = screen.getByRole('textbox', { name: 'Add to Leadership' });
    await app.user.type(input, '   {Enter}');

    expect(input).toHaveAccessibleDescription(/Error: Enter the card text/);
    expect(cardTexts('Leadership')).toEqual([]);
    expect(await storedRows(app, 'cards')).toHaveLength(0);

    // Typing again clears the message.
    await app.user.type(input, 'N');
    expect(screen.queryByText('Enter the card text')).not.toBeInTheDocument();
  });

  it('keeps each step to its own kind of card', async () => {
    await renderStep('current', {
      cards: [
        { kind: 'gap', point: 'supply', text: 'No pipeline' },
        { kind: 'current', point: 'supply', text: 'Local bank staff' },
      ],
    });
    expect(cardTexts('Supply')).toEqual(['Local bank staff']);
  });

  it('edits a card in place; Escape cancels an edit', async () => {
    const app = await renderStep('current', {
      cards: [{ kind: 'current', point: 'upskilling', text: 'Band 5 rotation' }],
    });
    await app.user.click(
      screen.getByRole('button', { name: named('Edit', 'card ‘Band 5 rotation’') }),
    );
    const editor = screen.getByRole('textbox', { name: 'Edit card' });
    expect(editor).toHaveFocus();
    await app.user.clear(editor);
    await app.user.type(editor, 'Band 6 rotation{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Edit card' })).not.toBeInTheDocument();
    expect(cardTexts('Upskilling')).toEqual(['Band 6 rotation']);
    expect((await storedRows(app, 'cards'))[0]?.text).toBe('Band 6 rotation');

    await app.user.click(
      screen.getByRole('button', { name: named('Edit', 'card ‘Band 6 rotation’') }),
    );
    await app.user.type(screen.getByRole('textbox', { name: 'Edit card' }), ' changed{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Edit card' })).not.toBeInTheDocument();
    expect(cardTexts('Upskilling')).toEqual(['Band 6 rotation']);
    expect((await storedRows(app, 'cards'))[0]?.text).toBe('Band 6 rotation');
  });

  it('refuses to save an emptied card while editing', async () => {
    const app = await renderStep('current', {
      cards: [{ kind: 'current', point: 'supply', text: 'Bank staff' }],
    });
    await app.user.click(screen.getByRole('button', { name: named('Edit', 'card ‘Bank staff’') }));
    const editor = screen.getByRole('textbox', { name: 'Edit card' });
    await app.user.clear(editor);
    await app.user.click(screen.getByRole('button', { name: 'Save card' }));
    expect(editor).toHaveAccessibleDescription('Error: Enter the card text');
    expect((await storedRows(app, 'cards'))[0]?.text).toBe('Bank staff');
  });

  it('moves a card to another point', async () => {
    const app = await renderStep('ideas', {
      cards: [
        { kind: 'idea', point: 'supply', text: 'Clinical fellows' },
        { kind: 'idea', point: 'leadership', text: 'SAS lead' },
      ],
    });
    await app.user.selectOptions(
      screen.getByRole('combobox', { name: 'Move ‘Clinical fellows’ to another point' }),
      'Move to Leadership',
    );
    expect(cardTexts('Supply')).toEqual([]);
    // It joins the end of the other point's list.
    expect(cardTexts('Leadership')).toEqual(['SAS lead', 'Clinical fellows']);
    expect(
      screen.getByRole('combobox', { name: 'Move ‘Clinical fellows’ to another point' }),
    ).toHaveDisplayValue('In Leadership');
    const stored = await storedRows(app, 'cards');
    expect(stored.find((c) => c.text === 'Clinical fellows')?.point).toBe('leadership');
  });

  it('deletes a card, and Undo restores it in place', async () => {
    const app = await renderStep('ideas', {
      cards: [
        { kind: 'idea', point: 'new-roles', text: 'Physician associates' },
        { kind: 'idea', point: 'new-roles', text: 'Anaesthesia associates' },
      ],
    });
    const column = screen.getByRole('region', { name: /^New roles/ });
    await app.user.click(
      within(column).getByRole('button', {
        name: named('Delete', 'card ‘Physician associates’ (Undo brings it back)'),
      }),
    );
    expect(cardTexts('New roles')).toEqual(['Anaesthesia associates']);
    expect(await storedRows(app, 'cards')).toHaveLength(1);

    await app.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(cardTexts('New roles')).toEqual(['Physician associates', 'Anaesthesia associates']);
    expect(screen.getByText('Undone: Delete card')).toBeInTheDocument();
    expect(await storedRows(app, 'cards')).toHaveLength(2);
  });

  it('makes each card list one Tab stop, walked with the arrow keys', async () => {
    const app = await renderStep('ideas', {
      cards: [
        { kind: 'idea', point: 'supply', text: 'Return to practice' },
        { kind: 'idea', point: 'supply', text: 'Overseas nurses' },
        { kind: 'idea', point: 'supply', text: 'Apprenticeships' },
      ],
    });
    const list = screen.getByRole('list', { name: 'Supply cards' });
    const cards = within(list).getAllByRole('listitem');
    // Only the first card is in the Tab order; its actions are reached with the arrows.
    expect(cards.map((c) => c.tabIndex)).toEqual([0, -1, -1]);
    expect(
      within(list)
        .getAllByRole('button')
        .every((b) => b.tabIndex === -1),
    ).toBe(true);

    cards[0]?.focus();
    await app.user.keyboard('{ArrowDown}');
    expect(cards[1]).toHaveFocus();
    expect(cards.map((c) => c.tabIndex)).toEqual([-1, 0, -1]);
    await app.user.keyboard('{ArrowRight}');
    expect(
      within(list).getByRole('button', { name: named('Edit', 'card ‘Overseas nurses’') }),
    ).toHaveFocus();
    await app.user.keyboard('{Escape}{Delete}');
    expect(cardTexts('Supply')).toEqual(['Return to practice', 'Apprenticeships']);
    // Focus moves on to the next card, never to <body>.
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')[1]).toHaveFocus();
    });
  });
});
