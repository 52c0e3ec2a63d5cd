/**
 * The host's side of the room: publishes what the facilitator opened into every attendee's
 * document and reads back what attendees add. Nothing an attendee writes reaches the
 * workshop until it passes the shared rules and the `onCard` / `onVotes` callback (later the
 * renderer's store commit) confirms it; only then is it marked "received" for the attendee.
 * Submission ids make resends harmless: a card already received is acknowledged again, never
 * handed over twice, including after a restart when `alreadyReceived` is passed back in.
 */
import type * as Y from 'yjs';
import { ROOM_MAPS, ROOM_STATE_KEY } from '../../../../shared/room/document';
import { checkCardSubmission, decideVotes } from '../../../../shared/room/rules';
import {
  ROOM_LIMITS,
  type CardSubmission,
  type PublishedRoom,
  type Receipt,
  type VoteSubmission,
} from '../../../../shared/room/schemas';
import type { SharedDoc } from './sharedDoc';

export interface CardArrival {
  readonly attendeeId: string;
  readonly card: CardSubmission;
}

export type HostLogEvent =
  | { readonly kind: 'rejected-card'; readonly attendeeId: string; readonly reason: string }
  | { readonly kind: 'dropped-vote'; readonly attendeeId: string; readonly reason: string }
  | { readonly kind: 'commit-failed'; readonly attendeeId: string; readonly reason: string };

export interface RoomHostOptions {
  /** Resolves once the card is safely in the workshop; a rejection leaves it to retry. */
  readonly onCard: (arrival: CardArrival) => Promise<void>;
  /** The attendee's current dots, already capped at the allowance; replaces their last set. */
  readonly onVotes: (attendeeId: string, votes: readonly VoteSubmission[]) => Promise<void>;
  /** `arrivalKey(attendeeId, cardId)` of cards committed before a restart. */
  readonly alreadyReceived?: Iterable<string>;
  readonly log?: (event: HostLogEvent) => void;
  /** Wait before handing over again after a failed commit. */
  readonly retryMs?: number;
}

export interface RoomHost {
  /** Give to the room server's `onAttendee`. */
  attach(attendeeId: string, shared: SharedDoc): void;
  publish(room: PublishedRoom): void;
  /** Resolves when every arrival seen so far has been handed over and acknowledged. */
  idle(): Promise<void>;
  receivedKeys(): ReadonlySet<string>;
  /** Stops retries; called when the room closes. */
  stop(): void;
}

/** The host's own writes carry this origin, so they are never mistaken for an attendee's. */
export const HOST_ORIGIN = Symbol('room-host');

export const arrivalKey = (attendeeId: string, cardId: string): string => `${attendeeId}:${cardId}`;

export const createRoomHost = (options: RoomHostOptions): RoomHost => {
  const log = options.log ?? (() => undefined);
  const received = new Set<string>(options.alreadyReceived ?? []);
  /** Rejected entries with what they said: an attendee who fixes a card gets it checked again. */
  const rejected = new Map<string, string>();
  const inFlight = new Set<string>();
  /**
   * Cards taken (received or being committed) per attendee. Counted here, not from the page's
   * map, so deleting received cards on the page does not make room for more.
   */
  const taken = new Map<string, number>();
  const bump = (attendeeId: string, by: number): void => {
    taken.set(attendeeId, (taken.get(attendeeId) ?? 0) + by);
  };
  for (const k of received) bump(k.slice(0, k.indexOf(':')), 1);
  const attendees = new Map<string, Y.Doc>();
  const lastVotes = new Map<string, string>();
  let published: PublishedRoom | undefined;
  let queue: Promise<void> = Promise.resolve();
  const retries = new Set<ReturnType<typeof setTimeout>>();
  let isStopped = false;
  const retryLater = (read: () => void): void => {
    if (isStopped) return;
    const timer = setTimeout(() => {
      retries.delete(timer);
      if (!isStopped) read();
    }, options.retryMs ?? 1000);
    retries.add(timer);
  };

  const enqueue = (task: () => Promise<void>): void => {
    queue = queue.then(task, task);
  };

  const writeReceipt = (doc: Y.Doc, id: string, receipt: Receipt): void => {
    doc.transact(() => {
      doc.getMap<Receipt>(ROOM_MAPS.receipts).set(id, receipt);
    }, HOST_ORIGIN);
  };

  const readCards = (attendeeId: string, doc: Y.Doc): void => {
    const cards = doc.getMap<unknown>(ROOM_MAPS.cards);
    const receipts = doc.getMap<Receipt>(ROOM_MAPS.receipts);
    for (const [key, raw] of cards.entries()) {
      const k = arrivalKey(attendeeId, key);
      if (received.has(k)) {
        if (receipts.get(key)?.status !== 'received') {
          writeReceipt(doc, key, { status: 'received' });
        }
        continue;
      }
      if (inFlight.has(k) || rejected.get(k) === JSON.stringify(raw)) continue;
      const checked = checkCardSubmission(key, raw);
      const isOverCap = (taken.get(attendeeId) ?? 0) >= ROOM_LIMITS.cardsPerAttendeeMax;
      if (!checked.ok || isOverCap) {
        const reason = checked.ok
          ? `No more than ${ROOM_LIMITS.cardsPerAttendeeMax} cards each.`
          : (checked.errors[0]?.message ?? 'Not a valid card.');
        rejected.set(k, JSON.stringify(raw));
        log({ kind: 'rejected-card', attendeeId, reason });
        if (key.length <= ROOM_LIMITS.idMax) writeReceipt(doc, key, { status: 'rejected', reason });
        continue;
      }
      bump(attendeeId, 1);
      inFlight.add(k);
      const card = checked.value;
      enqueue(async () => {
        try {
          await options.onCard({ attendeeId, card });
          received.add(k);
          writeReceipt(doc, key, { status: 'received' });
        } catch (error) {
          log({ kind: 'commit-failed', attendeeId, reason: String(error) });
          inFlight.delete(k);
          bump(attendeeId, -1);
          retryLater(() => {
            readCards(attendeeId, doc);
          });
          return;
        }
        inFlight.delete(k);
      });
    }
  };

  const readVotes = (attendeeId: string, doc: Y.Doc): void => {
    if (published === undefined || !published.isVotingOpen) return;
    const entries = [...doc.getMap<unknown>(ROOM_MAPS.votes).entries()];
    const cardIds = new Set(published.cards.map((c) => c.id));
    const decision = decideVotes(entries, published.allowance, cardIds);
    // Dropped keys count too: a dot beyond the allowance changes nothing counted but still
    // needs its "rejected" receipt.
    const signature = [
      ...decision.accepted.map((v) => `${v.id}>${v.cardId}`),
      ...decision.dropped.map((d) => `!${d.key}`),
    ].join(',');
    if (lastVotes.get(attendeeId) === signature) return;
    lastVotes.set(attendeeId, signature);
    for (const drop of decision.dropped) {
      log({ kind: 'dropped-vote', attendeeId, reason: drop.reason });
    }
    enqueue(async () => {
      try {
        await options.onVotes(attendeeId, decision.accepted);
        doc.transact(() => {
          const receipts = doc.getMap<Receipt>(ROOM_MAPS.receipts);
          for (const vote of decision.accepted) receipts.set(vote.id, { status: 'received' });
          for (const drop of decision.dropped) {
            if (drop.key.length <= ROOM_LIMITS.idMax) {
              receipts.set(drop.key, { status: 'rejected', reason: drop.reason });
            }
          }
        }, HOST_ORIGIN);
      } catch (error) {
        lastVotes.delete(attendeeId);
        log({ kind: 'commit-failed', attendeeId, reason: String(error) });
        retryLater(() => {
          readVotes(attendeeId, doc);
        });
      }
    });
  };

  /**
   * Reads an attendee's document once per turn of the event loop, however many updates
   * arrived in it: a reconnect or a quick run of dots is scanned and handed over once.
   */
  const pending = new Map<string, { cards: boolean; votes: boolean }>();
  const schedule = (attendeeId: string, doc: Y.Doc, part: 'cards' | 'votes'): void => {
    let parts = pending.get(attendeeId);
    if (parts === undefined) {
      const due = { cards: false, votes: false };
      parts = due;
      pending.set(attendeeId, due);
      setImmediate(() => {
        pending.delete(attendeeId);
        if (isStopped) return;
        if (due.cards) readCards(attendeeId, doc);
        if (due.votes) readVotes(attendeeId, doc);
      });
    }
    parts[part] = true;
  };

  const writePublished = (doc: Y.Doc): void => {
    if (published === undefined) return;
    const state = published;
    doc.transact(() => {
      doc.getMap<PublishedRoom>(ROOM_MAPS.room).set(ROOM_STATE_KEY, state);
    }, HOST_ORIGIN);
  };

  return {
    attach: (attendeeId, shared) => {
      const { doc } = shared;
      attendees.set(attendeeId, doc);
      writePublished(doc);
      doc.getMap(ROOM_MAPS.cards).observe((event) => {
        if (event.transaction.origin !== HOST_ORIGIN) schedule(attendeeId, doc, 'cards');
      });
      doc.getMap(ROOM_MAPS.votes).observe((event) => {
        if (event.transaction.origin !== HOST_ORIGIN) schedule(attendeeId, doc, 'votes');
      });
      readCards(attendeeId, doc);
      readVotes(attendeeId, doc);
    },
    publish: (room) => {
      published = room;
      for (const [attendeeId, doc] of attendees) {
        writePublished(doc);
        readVotes(attendeeId, doc);
      }
    },
    idle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== queue) {
        seen = queue;
        await seen;
      }
    },
    receivedKeys: () => received,
    stop: () => {
      isStopped = true;
      for (const timer of retries) clearTimeout(timer);
      retries.clear();
    },
  };
};
