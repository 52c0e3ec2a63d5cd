/**
 * The export panel with the real PDF renderer (jsPDF runs in jsdom too). `loadRenderer` only
 * wraps the real module to record the options the panel passed.
 */
import { createElement } from 'react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportPanel, type SaveResult } from '../../renderer/src/features/export/ExportPanel';
import type { ExportOptions } from '../../renderer/src/features/export/model';
import * as real from '../../renderer/src/features/export/renderPdf';
import { makeRealisticWorkshop } from '../helpers/factories';

afterEach(cleanup);

const setup = (result: SaveResult = { status: 'saved' }) => {
  const saves: { bytes: Uint8Array; name: string }[] = [];
  const seen: ExportOptions[] = [];
  const content = makeRealisticWorkshop();
  const exportActionPlanPdf: typeof real.exportActionPlanPdf = (c, options, hooks) => {
    seen.push(options);
    return real.exportActionPlanPdf(c, options, hooks);
  };
  render(
    createElement(ExportPanel, {
      content,
      now: () => new Date(2027, 1, 15, 10, 30),
      onSave: (bytes, name) => {
        saves.push({ bytes, name });
        return Promise.resolve(result);
      },
      loadRenderer: () =>
        Promise.resolve({
          suggestedPdfName: real.suggestedPdfName,
          exportActionPlanPdf,
        }),
    }),
  );
  return { saves, seen, content, user: userEvent.setup() };
};

const status = (): string => screen.getByRole('status').textContent;

describe('ExportPanel', () => {
  it('offers every section, checked, in a labelled group, and the two options unchecked', () => {
    setup();
    const group = screen.getByRole('group', { name: 'What to include' });
    expect(group).toBeTruthy();
    for (const name of ['Cover', 'Contents', 'Summary', 'Action plan', 'Attendees']) {
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name }).checked).toBe(true);
    }
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Anonymise/ }).checked).toBe(
      false,
    );
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /landscape/ }).checked).toBe(
      false,
    );
  });

  // A real jsPDF render in jsdom: seconds on a busy machine, so more than the 5 s default.
  it('renders a real PDF with the chosen options and hands it to onSave with the suggested name', async () => {
    const { saves, seen, user } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Attendees' }));
    await user.click(screen.getByRole('checkbox', { name: /Anonymise/ }));
    await user.click(screen.getByRole('checkbox', { name: /landscape/ }));
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).not.toBeNull();
    await waitFor(
      () => {
        expect(status()).toContain('Action plan saved as');
      },
      { timeout: 15_000 },
    );
    expect(saves).toHaveLength(1);
    const [save] = saves;
    expect(new TextDecoder().decode(save?.bytes.slice(0, 5))).toBe('%PDF-');
    expect(save?.name).toBe(
      'Northbrook Hospitals NHS Foundation Trust Emergency department medical workforce 2026-11-23 (anonymised).pdf',
    );
    expect(seen[0]?.anonymise).toBe(true);
    expect(seen[0]?.landscapeActions).toBe(true);
    expect(seen[0]?.sections.has('attendees')).toBe(false);
    expect(seen[0]?.sections.has('actions')).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('status'));
  }, 30_000);

  it('stops when cancelled and saves nothing', async () => {
    const { saves, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel export' });
    expect(document.activeElement).toBe(cancel);
    await user.click(cancel);
    await waitFor(
      () => {
        expect(status()).toBe('Export cancelled. No PDF was saved.');
      },
      {
        timeout: 15_000,
      },
    );
    expect(saves).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Cancel export' })).toBeNull();
  });

  it('asks for at least one section and moves focus to the list', async () => {
    const { saves, user } = setup();
    // Every section box (the options after them, such as landscape, stay as they are).
    for (const box of screen.getAllByRole('checkbox').slice(0, 10)) await user.click(box);
    await user.click(screen.getByRole('button', { name: 'Export PDF' }));
    expect(screen.getByText('Select at least one section to include in the PDF')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Cover' }));
    expect(saves).toHaveLength(0);
  });

  it('says so when saving fails or the save dialog is dismissed', async () => {
    const failed = setup({ status: 'failed', message: 'The disk is full.' });
    await failed.user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(
      () => {
        expect(status()).toBe('The disk is full.');
      },
      { timeout: 15_000 },
    );
    cleanup();
    const dismissed = setup({ status: 'cancelled' });
    await dismissed.user.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(
      () => {
        expect(status()).toBe('The PDF was not saved.');
      },
      { timeout: 15_000 },
    );
  });
});
