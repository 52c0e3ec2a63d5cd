/**
 * A tiny, safe renderer for the guide's text: splits on backticks and shows the keys as <kbd>.
 * Everything else is a React text node, so nothing in the content can become markup.
 */
import type { HelpBlock } from './content/types';

export function HelpInline({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        // Odd parts sat between backticks.
        i % 2 === 1 ? <kbd key={i}>{part}</kbd> : part,
      )}
    </>
  );
}

export function HelpBlockView({ block }: { block: HelpBlock }) {
  if (typeof block === 'string') {
    return (
      <p className="nhsuk-body">
        <HelpInline text={block} />
      </p>
    );
  }
  if ('inset' in block) {
    return (
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          <HelpInline text={block.inset} />
        </p>
      </div>
    );
  }
  const items = 'list' in block ? block.list : block.steps;
  const children = items.map((item) => (
    <li key={item}>
      <HelpInline text={item} />
    </li>
  ));
  return 'list' in block ? (
    <ul className="nhsuk-list nhsuk-list--bullet">{children}</ul>
  ) : (
    <ol className="nhsuk-list nhsuk-list--number">{children}</ol>
  );
}
