import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { makeTestApp } from '../helpers/appStore';
import { renderApp, seedWorkshop, storedRows } from '../helpers/renderApp';

/** The table row holding `title` (as a link on Home, as plain text in the Trash). */
const rowFor = (title: string): HTMLElement => {
  const row = screen.getByText(title, { selector: 'a, td' }).closest('tr');
  if (!row) throw new Error(`No row for ${title}`);
  return row;
};

/**
 * Row buttons read "Rename" plus a visually hidden title. jsdom's name computation drops the
 * space before the hidden span, so match within the row instead of on the full name.
 */
const rowButton = (title: string, action: string): HTMLElement =>
  within(rowFor(title)).getByRole('button', { name: new RegExp(`^${action}\\s*${title}$`) });

describe('Home: your workshops', () => {
  it('tells a first-time user how to start', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Your workshops' })).toBeInTheDocument();
    expect(
      screen.getByText('You have no workshops yet. Select New workshop to start one.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New workshop' })).toHaveAttribute('href', '#/new');
    expect(screen.getByRole('link', { name: 'Trash (0 workshops)' })).toBeInTheDocument();
  });

  it('lists a workshop with its title, service and date', async () => {
    const app = makeTestApp();
    await seedWorkshop(app, {
      title: 'Stroke pathway 2027',
      scope: { service: 'Stroke pathway', date: '2026-12-01' },
    });
    await renderApp('/', app);
    expect(screen.queryByText(/You have no workshops yet/)).not.toBeInTheDocument();
    const row = within(rowFor('Stroke pathway 2027'));
    expect(row.getByRole('cell', { name: 'Stroke pathway' })).toBeInTheDocument();
    expect(row.getByRole('cell', { name: '1 Dec 2026' })).toBeInTheDocument();
  });

  it('renames a workshop, and refuses an empty title without changing what is stored', async () => {
    const app = makeTestApp();
    const id = await seedWorkshop(app, { title: 'Old title' });
    const ui = await renderApp('/', app);

    await ui.user.click(rowButton('Old title', 'Rename'));
    const input = screen.getByRole('textbox', { name: 'New title for ‘Old title’' });
    await ui.user.clear(input);
    await ui.user.click(screen.getByRole('button', { name: 'Save title' }));
    expect(screen.getByText('Enter a workshop title')).toBeInTheDocument();
    expect(input).toHaveAccessibleDescription('Error: Enter a workshop title');
    expect((await app.db.workshops.get(id))?.scope.title).toBe('Old title');

    await ui.user.type(input, 'Stroke workforce{Enter}');
    expect(await screen.findByRole('link', { name: 'Stroke workforce' })).toBeInTheDocument();
    expect(screen.queryByText('Enter a workshop title')).not.toBeInTheDocument();
    const [stored] = await storedRows(ui, 'workshops');
    expect(stored?.scope.title).toBe('Stroke workforce');
  });

  it('Escape cancels a rename', async () => {
    const app = makeTestApp();
    await seedWorkshop(app, { title: 'Keep me' });
    const { user } = await renderApp('/', app);
    await user.click(rowButton('Keep me', 'Rename'));
    await user.type(screen.getByRole('textbox', { name: /New title/ }), ' changed{Escape}');
    expect(screen.getByRole('link', { name: 'Keep me' })).toBeInTheDocument();
  });

  it('duplicates a workshop with its content and opens the copy', async () => {
    const app = makeTestApp();
    await seedWorkshop(app, {
      title: 'Theatres',
      cards: [{ kind: 'idea', point: 'upskilling', text: 'Surgical care practitioners' }],
    });
    const ui = await renderApp('/', app);
    await ui.user.click(rowButton('Theatres', 'Duplicate'));
    // The first test here to open a workshop loads the workshop screens' module graph cold.
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Theatres (copy)' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    const cards = await storedRows(ui, 'cards');
    expect(cards.map((c) => c.text)).toEqual([
      'Surgical care practitioners',
      'Surgical care practitioners',
    ]);
    expect(new Set(cards.map((c) => c.workshopId)).size).toBe(2);
  });

  it('moves a workshop to the Trash with a banner whose Undo restores it', async () => {
    const app = makeTestApp();
    const id = await seedWorkshop(app, { title: 'Maternity staffing' });
    const { user } = await renderApp('/', app);

    await user.click(rowButton('Maternity staffing', 'Move to Trash'));
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByText('Moved to the Trash')).toBeInTheDocument();
    expect(banner).toHaveTextContent('‘Maternity staffing’ is in the Trash.');
    expect(screen.queryByRole('link', { name: 'Maternity staffing' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Trash (1 workshop)' })).toBeInTheDocument();
    expect((await app.db.workshops.get(id))?.deletedAt).not.toBeNull();

    await user.click(within(banner).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Maternity staffing' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(async () => {
      expect((await app.db.workshops.get(id))?.deletedAt).toBeNull();
    });
  });
});

describe('Trash', () => {
  const trashed = async (...titles: string[]) => {
    const app = makeTestApp();
    const ids: string[] = [];
    for (const title of titles) {
      const id = await seedWorkshop(app, { title });
      await app.store.getState().trashWorkshop(id);
      ids.push(id);
    }
    return { app, ids };
  };

  it('says when it is empty', async () => {
    await renderApp('/trash');
    expect(screen.getByRole('heading', { level: 1, name: 'Trash' })).toBeInTheDocument();
    expect(screen.getByText('The Trash is empty.')).toBeInTheDocument();
  });

  it('restores a workshop to the home list', async () => {
    const { app, ids } = await trashed('Community nursing');
    const { user } = await renderApp('/trash', app);
    await user.click(rowButton('Community nursing', 'Restore'));
    expect(
      await screen.findByText('‘Community nursing’ was restored to your workshops.'),
    ).toBeInTheDocument();
    expect(screen.getByText('The Trash is empty.')).toBeInTheDocument();
    expect((await app.db.workshops.get(ids[0] ?? ''))?.deletedAt).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Back to your workshops' }));
    expect(await screen.findByRole('link', { name: 'Community nursing' })).toBeInTheDocument();
  });

  it('deletes forever only after confirmation, and Cancel keeps the workshop', async () => {
    const { app, ids } = await trashed('Radiology', 'Theatres');
    const id = ids[0] ?? '';
    await app.store.getState().openWorkshop(id);
    app.store.getState().addCard('idea', 'supply', 'Recruit overseas radiographers');
    await app.store.getState().flushSaves();
    app.store.getState().closeWorkshop();
    const { user } = await renderApp('/trash', app);

    await user.click(rowButton('Radiology', 'Delete forever'));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete ‘Radiology’ forever?' });
    expect(await app.db.workshops.get(id)).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await app.db.workshops.get(id)).toBeDefined();

    await user.click(rowButton('Radiology', 'Delete forever'));
    await user.click(screen.getByRole('button', { name: 'Yes, delete forever' }));
    expect(await screen.findByText('‘Radiology’ was deleted forever.')).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'Radiology' })).not.toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Theatres' })).toBeInTheDocument();
    expect(await app.db.workshops.get(id)).toBeUndefined();
    expect(await app.db.cards.where('workshopId').equals(id).count()).toBe(0);
  });
});

describe('New workshop', () => {
  it('refuses an empty title with an error summary and inline message, storing nothing', async () => {
    const app = makeTestApp();
    const { user } = await renderApp('/new', app);
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Enter a workshop title' })).toBeVisible();
    const input = screen.getByRole('textbox', { name: 'Workshop title' });
    expect(input).toHaveAccessibleDescription(/Error: Enter a workshop title/);
    expect(await app.db.workshops.count()).toBe(0);

    // The summary link moves focus to the field.
    await user.click(within(summary).getByRole('link', { name: 'Enter a workshop title' }));
    expect(input).toHaveFocus();
  });

  it('creates a workshop and goes straight to its Scope step', async () => {
    const app = makeTestApp();
    const ui = await renderApp('/new', app);
    await ui.user.type(
      screen.getByRole('textbox', { name: 'Workshop title' }),
      'Emergency department medical workforce 2026',
    );
    await ui.user.click(screen.getByRole('button', { name: 'Create workshop' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Scope' })).toBeInTheDocument();
    const [stored] = await storedRows(ui, 'workshops');
    expect(stored?.scope.title).toBe('Emergency department medical workforce 2026');
    expect(window.location.hash).toBe(`#/workshops/${stored?.id ?? ''}/scope`);
    expect(screen.getByRole('textbox', { name: 'Workshop title' })).toHaveValue(
      'Emergency department medical workforce 2026',
    );
  });
});
