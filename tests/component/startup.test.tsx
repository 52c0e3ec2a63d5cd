import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { screen, within } from '@testing-library/react';
import { makeTestApp } from '../helpers/appStore';
import { renderApp } from '../helpers/renderApp';

describe('Start-up failure', () => {
  it('refuses a database upgraded by a newer version, says so, and leaves it untouched', async () => {
    const name = `newer-${String(Date.now())}`;
    const newer = new Dexie(name);
    newer.version(5).stores({ workshops: 'id, updatedAt', futureTable: 'id' });
    await newer.open();
    await newer.table('workshops').put({ id: 'w1', future: true });
    newer.close();
    const before = (await indexedDB.databases()).find((d) => d.name === name)?.version;

    await renderApp('/', makeTestApp(name));

    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', {
        level: 1,
        name: /Your workshops were saved by a newer version of Star Workshop$/,
      }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('Nothing has been changed.');
    expect(alert).toHaveTextContent(
      'What to do: Install the latest version of Star Workshop, then open it again.',
    );
    // No home screen behind it, so nothing can be created over data this build cannot read.
    expect(screen.queryByRole('button', { name: 'New workshop' })).toBeNull();
    expect(document.title).toBe(
      'Your workshops were saved by a newer version of Star Workshop – Star Workshop',
    );
    expect((await indexedDB.databases()).find((d) => d.name === name)?.version).toBe(before);
  });
});
