import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderStep } from '../helpers/renderApp';

const notesPanel = (): HTMLDetailsElement => {
  const details = screen.getByText('Facilitator notes for this step').closest('details');
  if (!details) throw new Error('No facilitator notes panel');
  return details;
};

describe('Facilitator notes', () => {
  it('saves a note with the workshop, for that step only', async () => {
    const app = await renderStep('people');
    expect(notesPanel().open).toBe(false);
    await app.user.click(screen.getByText('Facilitator notes for this step'));
    await app.user.type(screen.getByRole('textbox', { name: /^Notes/ }), 'Ask HR');
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.stepNotes).toEqual({ people: 'Ask HR' });
  });

  it('opens the panel when the step already has a note', async () => {
    await renderStep('people', { stepNotes: { people: 'Ask HR', scope: 'Sponsor?' } });
    expect(notesPanel().open).toBe(true);
    expect(screen.getByRole('textbox', { name: /^Notes/ })).toHaveValue('Ask HR');
  });

  it('stays open while the note is cleared', async () => {
    const app = await renderStep('scope');
    await app.user.click(screen.getByText('Facilitator notes for this step'));
    const box = screen.getByRole('textbox', { name: /^Notes/ });
    await app.user.type(box, 'ab');
    expect(notesPanel().open).toBe(true);
    await app.user.type(box, '{Backspace}{Backspace}');
    expect(box).toHaveValue('');
    expect(notesPanel().open).toBe(true);
  });

  it('keeps a note past the limit on screen, says "Not saved" and counts the characters over', async () => {
    const app = await renderStep('ideas', { stepNotes: { ideas: 'Start with Supply' } });
    const box = screen.getByRole('textbox', { name: /^Notes/ });
    await app.user.clear(box);
    await app.user.click(box);
    await app.user.paste('n'.repeat(10_003));
    expect(box).toHaveValue('n'.repeat(10_003));
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/You have 3 characters too many/);
    const header = within(screen.getByRole('banner'));
    await app.user.click(
      header.getByRole('button', { name: /^Not saved: 1 field needs attention/ }),
    );
    expect(box).toHaveFocus();
    await app.store.getState().flushSaves();
    expect((await app.db.workshops.get(app.workshopId))?.stepNotes.ideas).toBe('');
  });
});
