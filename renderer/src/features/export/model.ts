/**
 * The action plan PDF as plain data: what each section says, in what order, with every name
 * already withheld or kept. `layout.ts` builds it (pure, unit-tested); `renderPdf.ts` only draws
 * it, so every privacy and content decision is testable without jsPDF.
 */
import type { Quadrant, RagStatus, StarPointId } from '@shared/domain';

export const SECTION_IDS = [
  'cover',
  'contents',
  'summary',
  'star',
  'board',
  'points',
  'matrix',
  'actions',
  'attendees',
  'appendix',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_TITLES: Readonly<Record<SectionId, string>> = {
  cover: 'Cover',
  contents: 'Contents',
  summary: 'Summary',
  star: 'The Star at a glance',
  board: 'The Star board',
  points: 'The five points',
  matrix: 'Impact and effort',
  actions: 'Action plan',
  attendees: 'Attendees',
  appendix: 'Appendix: enablers and tags',
};

export interface ExportOptions {
  readonly sections: ReadonlySet<SectionId>;
  /** Names of attendees (and facilitators and sponsor) are left out entirely. */
  readonly anonymise: boolean;
  readonly landscapeActions: boolean;
  /** ISO date-time of the export, printed in the footer. */
  readonly exportedAt: string;
  readonly planId: string;
  readonly formatVersion: string | number;
  readonly appVersion: string;
}

export interface KeyValue {
  readonly label: string;
  readonly value: string;
}

export interface IdeaItem {
  /** Stable reference printed beside the idea and on the matrix, e.g. "I3". */
  readonly ref: string;
  readonly pointId: StarPointId;
  readonly text: string;
  /** Shortened text for tables and the matrix key; the point sections print it in full. */
  readonly shortText: string;
  readonly votes: number;
  readonly impact: number | null;
  readonly effort: number | null;
  readonly quadrant: Quadrant;
  /** 1 is best (votes, then quadrant, impact, effort), from rankIdeas. */
  readonly rank: number;
  readonly tags: readonly string[];
}

export interface ActionRow {
  /** The action's own id (for the board page's links); never printed. */
  readonly id: string;
  /** Stable reference, e.g. "A12". */
  readonly ref: string;
  readonly title: string;
  /** Full description, for the point sections. */
  readonly description: string;
  /** Shortened description for the action table, so no row is taller than a page. */
  readonly tableDescription: string;
  readonly owner: string;
  readonly leadOrganisation: string;
  /** Dates, or the timescale when no dates are set. */
  readonly when: string;
  readonly priority: string;
  readonly rag: RagStatus | null;
  readonly ragLabel: string;
  readonly successMeasure: string;
  readonly tableSuccessMeasure: string;
  readonly pointIds: readonly StarPointId[];
  /** Labels of the action's other points, when it serves more than one. */
  readonly alsoSupports: string;
  /** The ideas the action takes forward, by printed reference in number order: ["I3", "I7"]. */
  readonly ideaRefs: readonly string[];
  readonly tags: readonly string[];
  /** Every field the facilitator filled in, labelled, for the action details. */
  readonly details: readonly KeyValue[];
}

export interface PointBlock {
  readonly id: StarPointId;
  readonly label: string;
  readonly colour: string;
  readonly description: string;
  readonly current: readonly string[];
  readonly gaps: readonly string[];
  readonly ideas: readonly IdeaItem[];
  readonly actions: readonly ActionRow[];
}

export interface StarPointCount {
  readonly id: StarPointId;
  readonly label: string;
  readonly colour: string;
  readonly current: number;
  readonly gaps: number;
  readonly ideas: number;
  readonly actions: number;
}

export interface AttendeeLine {
  /** Only for attendees who agreed to be named, and never in an anonymised export. */
  readonly name: string | null;
  readonly role: string;
  readonly organisation: string;
  readonly staffGroup: string;
}

export interface Reference {
  readonly name: string;
  /** Idea and action references that carry the tag, e.g. ["I2", "A5"]. */
  readonly refs: readonly string[];
}

/** Something drawn on the board page, in board units (the canvas's own pixels). */
export interface BoardBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The Star board as the room left it, laid out by the same shared geometry as the canvas:
 * zones, the enablers' centre, cards (kind and idea reference) and actions with their links.
 */
export interface BoardPicture {
  readonly bounds: BoardBox;
  readonly zones: readonly (BoardBox & { label: string; colour: string; count: number })[];
  readonly centre: BoardBox & { enablers: readonly string[] };
  readonly cards: readonly (BoardBox & {
    id: string;
    kind: 'current' | 'gap' | 'idea';
    ref: string;
  })[];
  readonly actions: readonly (BoardBox & { id: string; ref: string })[];
  readonly links: readonly { readonly cardId: string; readonly actionId: string }[];
}

export interface OutlineEntry {
  readonly label: string;
  readonly section: SectionId;
  readonly pointId: StarPointId | null;
  readonly level: 0 | 1;
  /** Where the entry points when it is not a section or a Star point (e.g. action details). */
  readonly anchor?: string;
}

export type Section =
  | {
      readonly kind: 'cover';
      readonly title: string;
      readonly starName: string;
      /** The workforce challenge in the facilitator's words (the Scope step promises it). */
      readonly challenge: string;
      readonly lines: readonly KeyValue[];
    }
  | { readonly kind: 'contents'; readonly title: string; readonly entries: readonly OutlineEntry[] }
  | {
      readonly kind: 'summary';
      readonly title: string;
      readonly scope: readonly KeyValue[];
      readonly counts: readonly KeyValue[];
      readonly topIdeas: readonly IdeaItem[];
    }
  | {
      readonly kind: 'star';
      readonly title: string;
      readonly points: readonly StarPointCount[];
      readonly enablers: readonly string[];
    }
  | {
      readonly kind: 'board';
      readonly title: string;
      readonly board: BoardPicture;
    }
  | {
      readonly kind: 'points';
      readonly title: string;
      /** The action plan section is included and prints each action in full. */
      readonly detailsInActionPlan: boolean;
      readonly points: readonly PointBlock[];
    }
  | {
      readonly kind: 'matrix';
      readonly title: string;
      readonly plotted: readonly IdeaItem[];
      readonly unplaced: readonly IdeaItem[];
    }
  | {
      readonly kind: 'actions';
      readonly title: string;
      readonly landscape: boolean;
      readonly groups: readonly {
        readonly pointId: StarPointId;
        readonly label: string;
        readonly colour: string;
        readonly rows: readonly ActionRow[];
      }[];
    }
  | {
      readonly kind: 'attendees';
      readonly title: string;
      /** No name column at all: the list shows roles and organisations only. */
      readonly anonymised: boolean;
      readonly note: string;
      readonly lines: readonly AttendeeLine[];
    }
  | {
      readonly kind: 'appendix';
      readonly title: string;
      readonly enablers: readonly Reference[];
      readonly tags: readonly Reference[];
    };

export type SectionKind = Section['kind'];

export interface DocumentModel {
  readonly meta: {
    readonly title: string;
    readonly subject: string;
    readonly author: string;
    readonly keywords: readonly string[];
    readonly creator: string;
    readonly language: 'en-GB';
  };
  /** Printed in every page's header and footer. */
  readonly running: {
    readonly title: string;
    readonly planId: string;
    readonly formatVersion: string;
    readonly exportedLabel: string;
  };
  readonly outline: readonly OutlineEntry[];
  readonly sections: readonly Section[];
}
