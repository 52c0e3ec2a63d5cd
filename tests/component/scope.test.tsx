import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderStep } from '../helpers/renderApp';

describe('Scope step', () => {
  it('saves each field as it is typed and shows Saved once it is durable', async () => {
    const app = await renderStep('scope', { title: 'Stroke workshop' });
    const header = screen.getByRole('banner');
    await app.user.type(screen.getByRole('textbox', { name: 'Service or pathway' }), 'Stroke');
    await app.user.type(
      screen.getByRole('textbox', { name: 'The workforce challenge in one sentence' }),
      'Night cover',
    );

    expect(await app.store.getState().flushSaves()).toBe(true);
    const stored = await app.db.workshops.get(app.workshopId);
    expect(stored?.scope).toMatchObject({
      title: 'Stroke workshop',
      service: 'Stroke',
      challenge: 'Night cover',
    });
    expect(await within(header).findByText('Saved')).toBeInTheDocument();
  });

  it('keeps an emptied title on screen with its message and leaves the stored title alone', async () => {
    const app = await renderStep('scope', { title: 'Stroke workshop' });
    const title = screen.getByRole('textbox', { name: 'Workshop title' });
    await app.user.clear(title);

    expect(title).toHaveValue('');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Error: Enter a workshop title');
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.scope.title).toBe('Stroke workshop');

    // Typing a valid title clears the message and saves it.
    await app.user.type(title, 'Stroke services');
    expect(title).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a workshop title')).not.toBeInTheDocument();
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.scope.title).toBe('Stroke services');
  });

  it('Ctrl+Z undoes a scope edit on screen and in the database, Ctrl+Shift+Z redoes it', async () => {
    const app = await renderStep('scope');
    const service = screen.getByRole('textbox', { name: 'Service or pathway' });
    await app.user.type(service, 'Critical care');
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.scope.service).toBe('Critical care');

    await app.user.keyboard('{Control>}z{/Control}');
    // Typing in one field is one undo step, so the whole word goes.
    expect(service).toHaveValue('');
    expect(await screen.findByText('Undone: Edit scope')).toBeInTheDocument();
    await waitFor(async () => {
      expect((await app.db.workshops.get(app.workshopId))?.scope.service).toBe('');
    });

    await app.user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(service).toHaveValue('Critical care');
    expect(screen.getByText('Redone: Edit scope')).toBeInTheDocument();
  });

  it('Undo button is disabled until there is something to undo', async () => {
    const app = await renderStep('scope');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    await app.user.type(screen.getByRole('textbox', { name: 'Venue' }), 'Board room');
    expect(undo).toBeEnabled();
    await app.user.click(undo);
    expect(screen.getByRole('textbox', { name: 'Venue' })).toHaveValue('');
    expect(undo).toBeDisabled();
  });

  it('saves enablers, one per line', async () => {
    const app = await renderStep('scope');
    const box = screen.getByRole('textbox', { name: 'Enablers at the centre of the Star' });
    await app.user.clear(box);
    await app.user.type(box, 'Housing{Enter}Funding');
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.enablers).toEqual(['Housing', 'Funding']);
  });

  it('shows the stored enablers again after Undo', async () => {
    const app = await renderStep('scope');
    const box = screen.getByRole('textbox', { name: 'Enablers at the centre of the Star' });
    const before = (box as HTMLTextAreaElement).value;
    await app.user.click(box);
    await app.user.keyboard('{Control>}{End}{/Control}');
    await app.user.type(box, '{Enter}Housing');
    await app.user.keyboard('{Control>}z{/Control}');
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.enablers).not.toContain('Housing');
    expect(box).toHaveValue(before);
  });

  it('says "Not saved" while a field is too long, links to it, and counts characters', async () => {
    const app = await renderStep('scope', { title: 'Stroke workshop' });
    const header = screen.getByRole('banner');
    const population = screen.getByRole('textbox', { name: 'Population served' });
    await app.user.click(population);
    await app.user.paste('x'.repeat(1_990));
    expect(population).toHaveAccessibleDescription(/You have 10 characters remaining/);

    await app.user.paste('y'.repeat(12));
    expect(population).toHaveAttribute('aria-invalid', 'true');
    expect(population).toHaveAccessibleDescription(/You have 2 characters too many/);
    expect(screen.getByRole('alert')).toHaveTextContent(/Population/);
    const notSaved = within(header).getByRole('button', {
      name: /^Not saved: 1 field needs attention/,
    });
    expect(within(header).queryByText('Saved')).toBeNull();
    await app.user.click(notSaved);
    expect(population).toHaveFocus();

    await app.user.keyboard('{Backspace}{Backspace}');
    expect(within(header).queryByRole('button', { name: /^Not saved/ })).toBeNull();
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.scope.population).toHaveLength(2_000);
  });
});
