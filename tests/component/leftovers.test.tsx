/**
 * Gaps left after issues 8 and 13: errors announced once and named in the field, the "Not
 * saved" header for every field that can hold unsaved text, and focus that is never lost.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderStep } from '../helpers/renderApp';

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
