import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { renderStep } from '../helpers/renderApp';

/** Only the clock and the ticking interval are faked: IndexedDB still needs real tasks. */
const fakeClock = (): void => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
};
const pass = (ms: number): void => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

afterEach(() => {
  vi.useRealTimers();
});

describe('Step timer', () => {
  it('sets, starts, pauses and adds a minute', async () => {
    const app = await renderStep('current');
    const timer = screen.getByRole('region', { name: 'Step timer' });
    const t = within(timer);
    expect(t.queryByRole('button', { name: 'Start timer' })).toBeNull();

    const minutes = t.getByRole('textbox', { name: 'Timer length in minutes' });
    await app.user.clear(minutes);
    await app.user.type(minutes, '2');
    fakeClock();
    await app.user.click(t.getByRole('button', { name: 'Set timer' }));
    expect(t.getByText('2:00')).toBeInTheDocument();
    expect(t.getByRole('status')).toHaveTextContent('2 minutes left');

    await app.user.click(t.getByRole('button', { name: 'Start timer' }));
    expect(t.getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
    pass(30_000);
    expect(t.getByText('1:30')).toBeInTheDocument();

    await app.user.click(t.getByRole('button', { name: 'Pause timer' }));
    expect(t.getByRole('status')).toHaveTextContent('1 minute 30 seconds left');
    pass(60_000);
    expect(t.getByText('1:30')).toBeInTheDocument();

    await app.user.click(t.getByRole('button', { name: 'Add a minute' }));
    expect(t.getByText('2:30')).toBeInTheDocument();
    // Still paused after adding a minute.
    expect(t.getByRole('button', { name: 'Start timer' })).toBeEnabled();
  });

  it('says "Time is up" at the end and cannot be started again until more time is added', async () => {
    const app = await renderStep('ideas');
    const t = within(screen.getByRole('region', { name: 'Step timer' }));
    const minutes = t.getByRole('textbox', { name: 'Timer length in minutes' });
    await app.user.clear(minutes);
    await app.user.type(minutes, '1');
    fakeClock();
    await app.user.click(t.getByRole('button', { name: 'Set timer' }));
    await app.user.click(t.getByRole('button', { name: 'Start timer' }));
    pass(61_000);

    expect(t.getByRole('status')).toHaveTextContent('Time is up');
    expect(t.getByRole('button', { name: 'Start timer' })).toBeDisabled();
    await app.user.click(t.getByRole('button', { name: 'Add a minute' }));
    expect(t.getByText('1:00')).toBeInTheDocument();
    expect(t.getByRole('button', { name: 'Start timer' })).toBeEnabled();
  });

  it('speaks the whole minutes left while running, at most once a minute', async () => {
    const app = await renderStep('gaps');
    const t = within(screen.getByRole('region', { name: 'Step timer' }));
    const minutes = t.getByRole('textbox', { name: 'Timer length in minutes' });
    await app.user.clear(minutes);
    await app.user.type(minutes, '3');
    fakeClock();
    await app.user.click(t.getByRole('button', { name: 'Set timer' }));
    await app.user.click(t.getByRole('button', { name: 'Start timer' }));
    const status = t.getByRole('status');
    expect(status).toHaveTextContent('3 minutes left');
    pass(45_000);
    // The digits move; what is spoken does not, until the minute changes.
    expect(t.getByText('2:15')).toBeInTheDocument();
    expect(status).toHaveTextContent('3 minutes left');
    pass(16_000);
    expect(status).toHaveTextContent('2 minutes left');
  });

  it('refuses a length outside 1 to 180 minutes', async () => {
    const app = await renderStep('scope');
    const t = within(screen.getByRole('region', { name: 'Step timer' }));
    const minutes = t.getByRole('textbox', { name: 'Timer length in minutes' });
    await app.user.clear(minutes);
    await app.user.type(minutes, '0');
    await app.user.click(t.getByRole('button', { name: 'Set timer' }));
    expect(minutes).toHaveAccessibleDescription('Error: Enter a number of minutes from 1 to 180');
    // Announced once, the field marked invalid, the typed text kept.
    expect(t.getByRole('alert')).toHaveTextContent('Enter a number of minutes from 1 to 180');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    expect(minutes).toHaveValue('0');
    expect(t.queryByRole('button', { name: 'Start timer' })).toBeNull();
  });

  it('keeps each step’s timer when moving between steps', async () => {
    const app = await renderStep('current');
    const minutes = screen.getByRole('textbox', { name: 'Timer length in minutes' });
    await app.user.clear(minutes);
    await app.user.type(minutes, '5');
    await app.user.click(screen.getByRole('button', { name: 'Set timer' }));

    await app.user.click(screen.getByRole('button', { name: 'Continue to gaps and challenges' }));
    await screen.findByRole('heading', { level: 1, name: 'Gaps and challenges' });
    expect(screen.queryByText('5:00')).toBeNull();
    const steps = screen.getByRole('navigation', { name: 'Workshop steps' });
    await app.user.click(within(steps).getByRole('link', { name: /Current activity/ }));
    await screen.findByRole('heading', { level: 1, name: 'Current activity' });
    expect(screen.getByText('5:00')).toBeInTheDocument();
  });
});
