/** A real room on 127.0.0.1 and attendees using the same y-websocket provider as the page. */
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { ROOM_MAPS, type PublishedRoom, type VoteSubmission } from '../../../shared/room';
import {
  ROOM_PATH,
  openRoom,
  type CardArrival,
  type OpenRoom,
  type OpenRoomOptions,
} from '../../../electron/main/services/room';

export interface Harness extends OpenRoom {
  readonly url: string;
  readonly arrivals: CardArrival[];
  readonly votes: Map<string, readonly VoteSubmission[]>;
  readonly logs: string[];
}

export const startRoom = async (options: Partial<OpenRoomOptions> = {}): Promise<Harness> => {
  const arrivals: CardArrival[] = [];
  const votes = new Map<string, readonly VoteSubmission[]>();
  const logs: string[] = [];
  const room = await openRoom({
    host: '127.0.0.1',
    port: 0,
    onCard: (arrival) => {
      arrivals.push(arrival);
      return Promise.resolve();
    },
    onVotes: (attendeeId, accepted) => {
      votes.set(attendeeId, accepted);
      return Promise.resolve();
    },
    log: (event) => logs.push(`${event.kind}: ${event.reason}`),
    ...options,
  });
  return { ...room, url: `ws://127.0.0.1:${room.server.port}`, arrivals, votes, logs };
};

export const newAttendeeKey = (): string => randomBytes(16).toString('base64url');

export interface Attendee {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** The server's close code and reason when it refused or dropped this attendee. */
  readonly closed: Promise<{ code: number; reason: string }>;
}

export const join = (
  room: Pick<Harness, 'url' | 'joinCode' | 'token'>,
  params: { code?: string; token?: string; attendee?: string; doc?: Y.Doc } = {},
): Attendee => {
  const doc = params.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(room.url, ROOM_PATH.slice(1), doc, {
    params: {
      code: params.code ?? room.joinCode,
      token: params.token ?? room.token,
      attendee: params.attendee ?? newAttendeeKey(),
    },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    provider.on('connection-close', (event) => {
      if (event !== null && event.code !== 1000) {
        resolve({ code: event.code, reason: event.reason });
      }
    });
  });
  return { doc, provider, closed };
};

export const waitFor = async (check: () => boolean, timeoutMs = 5000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

export const synced = (attendee: Attendee): Promise<void> =>
  waitFor(() => attendee.provider.synced);

export const room = (cards: PublishedRoom['cards'], allowance = 5): PublishedRoom => ({
  stepId: 'prioritise',
  openPoints: ['supply', 'new-ways'],
  prompt: 'Vote for the ideas you would try first.',
  isVotingOpen: true,
  allowance,
  cards,
});

/** A bare socket with valid credentials, for sending frames the provider never would. */
export const rawSocket = async (
  room: Pick<Harness, 'url' | 'joinCode' | 'token'>,
  options: WebSocket.ClientOptions = {},
): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }> }> => {
  const query = new URLSearchParams({
    code: room.joinCode,
    token: room.token,
    attendee: newAttendeeKey(),
  });
  const ws = new WebSocket(`${room.url}/room?${query.toString()}`, options);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      resolve({ code, reason: reason.toString() });
    });
  });
  ws.on('error', () => undefined);
  await new Promise<void>((resolve) =>
    ws.once('open', () => {
      resolve();
    }),
  );
  return { ws, closed };
};

export const addCard = (attendee: Attendee, id: string, text = `Idea ${id}`): void => {
  attendee.doc.getMap(ROOM_MAPS.cards).set(id, { id, pointId: 'new-ways', text });
};

export const receipt = (attendee: Attendee, id: string): string | undefined =>
  (attendee.doc.getMap(ROOM_MAPS.receipts).get(id) as { status: string } | undefined)?.status;
