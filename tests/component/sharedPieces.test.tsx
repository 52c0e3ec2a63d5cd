// The shared markup components (issue 9, item 8): what a user and a screen reader get from them.
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Checkbox, Checkboxes } from '../../renderer/src/components/Checkbox';
import { NhsCell, NhsRow, NhsRowHeader, NhsTable } from '../../renderer/src/components/NhsTable';

function Toggle({ hint }: { hint?: string }) {
  const [on, setOn] = useState(false);
  return (
    <Checkboxes>
      <Checkbox id="t" label="Group by Star point" hint={hint} checked={on} onChange={setOn} />
    </Checkboxes>
  );
}

describe('Checkbox', () => {
  it('is named by its label and toggles from the label and from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Toggle />);
    const box = screen.getByRole('checkbox', { name: 'Group by Star point' });
    expect(box).not.toBeChecked();
    await user.click(screen.getByText('Group by Star point'));
    expect(box).toBeChecked();
    box.focus();
    await user.keyboard(' ');
    expect(box).not.toBeChecked();
  });

  it('is described by its hint, and only when it has one', () => {
    const { unmount } = render(<Toggle hint="Shows a heading for each point." />);
    expect(screen.getByRole('checkbox')).toHaveAccessibleDescription(
      'Shows a heading for each point.',
    );
    unmount();
    render(<Toggle />);
    expect(screen.getByRole('checkbox')).not.toHaveAttribute('aria-describedby');
  });
});

describe('NhsTable', () => {
  it('names the table by its caption and each row by its row header', () => {
    render(
      <NhsTable
        caption="Cards on each point"
        captionHidden={false}
        columns={[
          { key: 'point', label: 'Point' },
          { key: 'ideas', label: 'Ideas', numeric: true },
          { key: 'remove', label: 'Remove', hidden: true },
        ]}
      >
        <NhsRow>
          <NhsRowHeader>Supply</NhsRowHeader>
          <NhsCell numeric>3</NhsCell>
          <NhsCell>
            <button type="button">Remove</button>
          </NhsCell>
        </NhsRow>
      </NhsTable>,
    );
    const table = screen.getByRole('table', { name: 'Cards on each point' });
    expect(table).toBeVisible();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Point',
      'Ideas',
      'Remove',
    ]);
    expect(screen.getByRole('rowheader', { name: 'Supply' })).toBeInTheDocument();
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', 'Remove']);
  });
});
