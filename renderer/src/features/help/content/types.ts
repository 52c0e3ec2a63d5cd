/**
 * The user guide is data, not markup: each topic is a list of sections made of plain blocks, so
 * the words can be edited (and checked) without touching components, and nothing is ever
 * injected as HTML. Inline `backticks` mark keys, shown as <kbd>.
 */

/** A paragraph, a bulleted list, numbered steps or an inset note (NHS inset text). */
export type HelpBlock =
  | string
  | { readonly list: readonly string[] }
  | { readonly steps: readonly string[] }
  | { readonly inset: string };

export interface HelpSection {
  readonly heading: string;
  readonly blocks: readonly HelpBlock[];
}

export interface HelpTopic {
  /** The last part of the address: `#/help/<slug>`. */
  readonly slug: string;
  readonly title: string;
  /** One line for the contents page. */
  readonly summary: string;
  readonly intro?: string;
  readonly sections: readonly HelpSection[];
}
