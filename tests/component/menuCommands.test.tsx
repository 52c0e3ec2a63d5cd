// Native menu commands (desktop, issue 12) run the same actions as the app's buttons: the page
// tells main when a workshop is open (so Save, Export and Close are enabled), and each command
// from main navigates, toggles presentation mode or undoes through the store. Help › User guide,
// Keyboard shortcuts and About open the bundled guide's pages.
import { act, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, MenuCommand, MenuState } from '@shared/ipc/contract';
import { renderStep } from '../helpers/renderApp';

const desktop = vi.hoisted(() => ({
  handlers: new Set<(command: MenuCommand) => void>(),
  states: [] as MenuState[],
}));

const send = (command: MenuCommand): void => {
  act(() => {
    for (const handler of desktop.handlers) handler(command);
  });
};

beforeAll(() => {
  const api: DesktopApi = {
    getAppInfo: () =>
      Promise.resolve({ name: 'Star Workshop', version: '0.1.0-desktop', platform: 'darwin' }),
    openExternal: () => Promise.resolve({ status: 'opened' }),
    saveFile: () => Promise.resolve({ status: 'cancelled' }),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    onFlushRequest: () => () => undefined,
    writeBackup: () => Promise.resolve({ status: 'saved', savedAt: '2026-11-30T09:00:00.000Z' }),
    listBackups: () => Promise.resolve([]),
    readBackup: () => Promise.resolve({ status: 'cancelled' }),
    getRecentFiles: () => Promise.resolve([]),
    openRecentFile: () => Promise.resolve({ status: 'cancelled' }),
    takeOpenRequests: () => Promise.resolve([]),
    onOpenRequested: () => () => undefined,
    onMenuCommand: (handler) => {
      desktop.handlers.add(handler);
      return () => {
        desktop.handlers.delete(handler);
      };
    },
    setMenuState: (state) => {
      desktop.states.push(state);
    },
  };
  window.api = api;
});

afterAll(() => {
  delete window.api;
});

describe('native menu commands', () => {
  it('reports an open workshop, then closes it and starts a new one from the menu', async () => {
    await renderStep('scope');
    await waitFor(() => {
      expect(desktop.states.at(-1)).toEqual({ hasWorkshop: true });
    });
    send({ command: 'close-workshop' });
    await waitFor(() => {
      expect(window.location.hash).toBe('#/');
    });
    await waitFor(() => {
      expect(desktop.states.at(-1)).toEqual({ hasWorkshop: false });
    });
    send({ command: 'new-workshop' });
    await waitFor(() => {
      expect(window.location.hash).toBe('#/new');
    });
  });

  it('toggles presentation mode and opens the export step for the open workshop', async () => {
    const app = await renderStep('people');
    send({ command: 'presentation-mode' });
    expect(app.store.getState().presenting).toBe(true);
    send({ command: 'presentation-mode' });
    expect(app.store.getState().presenting).toBe(false);
    send({ command: 'export-pdf' });
    await waitFor(() => {
      expect(window.location.hash).toBe(`#/workshops/${app.workshopId}/review`);
    });
    expect(await screen.findByRole('heading', { name: 'Export' })).toBeInTheDocument();
    send({ command: 'open-board' });
    await waitFor(() => {
      expect(window.location.hash).toBe(`#/workshops/${app.workshopId}/board`);
    });
  });

  it('undoes and redoes a store edit when no text box has focus', async () => {
    const app = await renderStep('scope');
    const title = () =>
      app.store.getState().workshops.find((w) => w.id === app.workshopId)?.scope.title;
    const before = title();
    const renamed = app.store.getState().updateScope({ title: 'Renamed by a test' });
    expect(renamed.ok).toBe(true);
    (document.activeElement as HTMLElement | null)?.blur();
    send({ command: 'undo' });
    expect(title()).toBe(before);
    send({ command: 'redo' });
    expect(title()).toBe('Renamed by a test');
  });

  it('opens the user guide, keyboard shortcuts and About pages from the Help menu', async () => {
    await renderStep('scope');
    send({ command: 'user-guide' });
    expect(await screen.findByRole('heading', { name: 'User guide', level: 1 })).toBeVisible();
    expect(window.location.hash).toBe('#/help');
    send({ command: 'keyboard-shortcuts' });
    expect(
      await screen.findByRole('heading', { name: 'Keyboard shortcuts', level: 1 }),
    ).toBeVisible();
    // The desktop app says it runs on a Mac, so the keys say Cmd.
    const save = await screen.findByRole('row', { name: /Save the plan file$/ });
    await waitFor(() => {
      expect(save).toHaveTextContent('Cmd + S');
    });
    send({ command: 'about' });
    expect(
      await screen.findByRole('heading', { name: 'About Star Workshop', level: 1 }),
    ).toBeVisible();
    // The version comes from the host (main's app.getVersion()), not a copy in the page.
    expect(await screen.findByText('0.1.0-desktop')).toBeVisible();
  });
});
