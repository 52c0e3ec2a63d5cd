// The guide's text is rendered as text: markup in the content can never become elements (no
// dangerouslySetInnerHTML), and only backtick-marked keys become <kbd>.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpBlockView } from '../../renderer/src/features/help/HelpText';

describe('user guide text', () => {
  it('shows markup in the content as text, never as elements', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { container } = render(<HelpBlockView block={{ list: [hostile, `Press \`Esc\``] }} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent(hostile);
    expect(Array.from(container.querySelectorAll('kbd'), (k) => k.textContent)).toEqual(['Esc']);
  });

  it('renders steps as a numbered list and notes as inset text', () => {
    const steps = render(<HelpBlockView block={{ steps: ['One', 'Two'] }} />);
    expect(steps.container.querySelectorAll('ol > li')).toHaveLength(2);
    const inset = render(<HelpBlockView block={{ inset: 'Check the PDF' }} />);
    expect(inset.container.querySelector('.nhsuk-inset-text')).toHaveTextContent(
      'Information: Check the PDF',
    );
  });
});
