/** What counts as "the same item" when merging breakout files (see merge.ts). */
import type { Action, Card, Participant } from '../domain/schemas';
import { canonicalJson } from './canonicalJson';
import { normaliseText } from './similarity';

export interface KindMap {
  participant: Participant;
  card: Card;
  action: Action;
}
export type MergeKind = keyof KindMap;

const IGNORED_IN_COMPARISON = new Set(['workshopId', 'updatedAt', 'order']);

export const comparable = (item: object): string =>
  canonicalJson(
    Object.fromEntries(Object.entries(item).filter(([key]) => !IGNORED_IN_COMPARISON.has(key))),
  );

/** The natural key two independently created copies of one item would share. */
export const naturalKey = {
  participant: (p: Participant) =>
    p.name.trim() ? [p.name, p.role, p.organisation].map(normaliseText).join('|') : null,
  card: (c: Card) => `${c.kind}|${c.point}|${normaliseText(c.text)}`,
  action: (a: Action) => `${[...a.points].sort().join(',')}|${normaliseText(a.title)}`,
} satisfies { [K in MergeKind]: (item: KindMap[K]) => string | null };

/** Items compared for near-duplicates: same group, similar text. Attendees are not compared. */
export const nearText = {
  participant: () => null,
  card: (c: Card) => ({ group: `${c.kind}|${c.point}`, text: c.text }),
  action: (a: Action) => ({ group: 'action', text: a.title }),
} satisfies {
  [K in MergeKind]: (item: KindMap[K]) => { group: string; text: string } | null;
};
