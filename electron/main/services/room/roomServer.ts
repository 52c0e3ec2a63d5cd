/**
 * The room server: an HTTP server with a y-websocket endpoint that exists only while a room
 * is open. Every connection must carry the join code, the room token and the attendee's own
 * key; each attendee gets a document of their own (see shared/room/document.ts). Connections,
 * frame size, message rate, data per attendee and undecodable frames are all capped: whoever
 * breaks a cap is closed with a reason their page can show, and everyone else carries on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { ROOM_CLOSE } from '../../../../shared/room/document';
import { ATTENDEE_KEY_PATTERN, attendeeIdFromKey, normaliseJoinCode, sameSecret } from './access';
import {
  attachConnection,
  createSharedDoc,
  detachConnection,
  handleFrame,
  type SharedDoc,
} from './sharedDoc';

export type RoomLogEvent =
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'socket-error'; readonly reason: string }
  | { readonly kind: 'closed'; readonly attendeeId: string; readonly reason: string }
  | { readonly kind: 'dropped'; readonly attendeeId: string; readonly reason: string };

export interface RoomServerOptions {
  readonly host: string;
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly joinCode: string;
  readonly token: string;
  /** Epoch ms after which the code no longer lets anyone in. */
  readonly expiresAt?: number;
  readonly now?: () => number;
  readonly maxConnections?: number;
  readonly maxAttendees?: number;
  readonly maxFrameBytes?: number;
  readonly maxMessagesPerSecond?: number;
  readonly maxBytesPerAttendee?: number;
  readonly maxInvalidFrames?: number;
  /** How often to check that each connection is still there (a phone that left the Wi-Fi). */
  readonly pingIntervalMs?: number;
  readonly log?: (event: RoomLogEvent) => void;
  /** Who is here, whenever it changes: the facilitator's "connected" count. */
  readonly onPresence?: (presence: RoomPresence) => void;
  /** Called once per attendee, when their document is made: the host starts reading it. */
  readonly onAttendee?: (attendeeId: string, shared: SharedDoc) => void;
}

export interface RoomPresence {
  /** Open connections (one attendee may have two tabs). */
  readonly connections: number;
  /** Attendees with at least one open connection. */
  readonly attendeesHere: number;
}

export interface RoomServer {
  readonly port: number;
  readonly host: string;
  connectionCount(): number;
  /** Attendees who joined since the room opened (each keeps their document until it closes). */
  attendeeCount(): number;
  /** Stops listening and disconnects everyone with "The facilitator closed the room." */
  close(): Promise<void>;
}

export const ROOM_DEFAULTS = {
  maxConnections: 250,
  maxAttendees: 300,
  /** A card is at most 500 characters; 64 KiB leaves room for a reconnect's catch-up. */
  maxFrameBytes: 64 * 1024,
  maxMessagesPerSecond: 40,
  maxBytesPerAttendee: 1024 * 1024,
  maxInvalidFrames: 3,
  pingIntervalMs: 30_000,
} as const;

export const ROOM_PATH = '/room';

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data)
    ? new Uint8Array(Buffer.concat(data))
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

export const startRoomServer = async (options: RoomServerOptions): Promise<RoomServer> => {
  // A limit passed as undefined keeps its default rather than switching the cap off.
  const limits: Record<keyof typeof ROOM_DEFAULTS, number> = { ...ROOM_DEFAULTS };
  for (const key of Object.keys(ROOM_DEFAULTS) as (keyof typeof ROOM_DEFAULTS)[]) {
    const value = options[key];
    if (value !== undefined) limits[key] = value;
  }
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => undefined);
  const code = normaliseJoinCode(options.joinCode);
  const docs = new Map<string, SharedDoc>();
  const sockets = new Set<WebSocket>();
  const bytesByAttendee = new Map<string, number>();
  /** Connections that answered the last ping. A silent one is cut, freeing its place. */
  const alive = new Set<WebSocket>();
  const attendeeOf = new Map<WebSocket, string>();
  const reportPresence = (): void => {
    options.onPresence?.({
      connections: sockets.size,
      attendeesHere: new Set(attendeeOf.values()).size,
    });
  };

  const httpServer = http.createServer((_req, res) => {
    // The attendee page will be served here; until then there is nothing to fetch.
    res.writeHead(404, {
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    res.end('Not found');
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes });

  const admit = (ws: WebSocket, attendeeId: string): void => {
    let shared = docs.get(attendeeId);
    if (shared === undefined) {
      shared = createSharedDoc(attendeeId);
      docs.set(attendeeId, shared);
      options.onAttendee?.(attendeeId, shared);
    }
    const doc = shared;
    let windowStart = now();
    let inWindow = 0;
    let invalid = 0;
    const shut = (close: { code: number; reason: string }): void => {
      log({ kind: 'closed', attendeeId, reason: close.reason });
      ws.close(close.code, close.reason);
    };
    ws.on('message', (data, isBinary) => {
      if (ws.readyState !== ws.OPEN) return;
      const t = now();
      if (t - windowStart >= 1000) {
        windowStart = t;
        inWindow = 0;
      }
      if (++inWindow > limits.maxMessagesPerSecond) {
        shut(ROOM_CLOSE.flood);
        return;
      }
      const frame = toBytes(data);
      const total = (bytesByAttendee.get(attendeeId) ?? 0) + frame.byteLength;
      bytesByAttendee.set(attendeeId, total);
      if (total > limits.maxBytesPerAttendee) {
        shut(ROOM_CLOSE.tooMuchData);
        return;
      }
      try {
        if (!isBinary) throw new Error('text frame');
        handleFrame(doc, ws, frame);
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'unreadable frame';
        log({ kind: 'dropped', attendeeId, reason });
        if (++invalid >= limits.maxInvalidFrames) shut(ROOM_CLOSE.invalid);
      }
    });
    ws.on('pong', () => {
      alive.add(ws);
    });
    ws.on('close', () => {
      alive.delete(ws);
      sockets.delete(ws);
      attendeeOf.delete(ws);
      reportPresence();
      detachConnection(doc, ws);
    });
    attachConnection(doc, ws);
  };

  type Close = { readonly code: number; readonly reason: string };
  /** Why this connection may not join, or the attendee it belongs to. */
  const gate = (rawUrl: string): Close | { readonly attendeeId: string } => {
    const url = new URL(rawUrl, 'http://room.invalid');
    const givenCode = normaliseJoinCode(url.searchParams.get('code') ?? '');
    const givenToken = url.searchParams.get('token') ?? '';
    const key = url.searchParams.get('attendee') ?? '';
    const isKnown = url.pathname.startsWith(ROOM_PATH);
    if (!isKnown || !sameSecret(givenCode, code) || !sameSecret(givenToken, options.token)) {
      return ROOM_CLOSE.wrongCode;
    }
    if (options.expiresAt !== undefined && now() >= options.expiresAt) return ROOM_CLOSE.expired;
    if (!ATTENDEE_KEY_PATTERN.test(key)) return ROOM_CLOSE.badAttendee;
    const attendeeId = attendeeIdFromKey(key);
    const isFull =
      sockets.size >= limits.maxConnections ||
      (!docs.has(attendeeId) && docs.size >= limits.maxAttendees);
    return isFull ? ROOM_CLOSE.full : { attendeeId };
  };

  httpServer.on('upgrade', (req, socket, head) => {
    // Accept first, then close with a reason: a refused HTTP upgrade tells the page nothing.
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (error) => {
        // ws closes the socket itself (1009 for an oversized frame); note why.
        log({ kind: 'socket-error', reason: error.message });
      });
      const verdict = gate(req.url ?? '/');
      if ('code' in verdict) {
        log({ kind: 'refused', reason: verdict.reason });
        ws.close(verdict.code, verdict.reason);
        return;
      }
      sockets.add(ws);
      alive.add(ws);
      attendeeOf.set(ws, verdict.attendeeId);
      admit(ws, verdict.attendeeId);
      reportPresence();
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const heartbeat = setInterval(() => {
    for (const ws of sockets) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, limits.pingIntervalMs);
  heartbeat.unref();

  let closing: Promise<void> | undefined;
  return {
    port,
    host: options.host,
    connectionCount: () => sockets.size,
    attendeeCount: () => docs.size,
    close: () => {
      closing ??= (async () => {
        clearInterval(heartbeat);
        const open = [...wss.clients];
        const gone = open.map(
          (ws) =>
            new Promise<void>((resolve) =>
              ws.once('close', () => {
                resolve();
              }),
            ),
        );
        for (const ws of open) ws.close(ROOM_CLOSE.closed.code, ROOM_CLOSE.closed.reason);
        // Sockets that do not answer the close handshake are cut after a second.
        const cut = setTimeout(() => {
          for (const ws of open) ws.terminate();
        }, 1000);
        await Promise.all(gone);
        clearTimeout(cut);
        wss.close();
        httpServer.closeAllConnections();
        await new Promise<void>((resolve) =>
          httpServer.close(() => {
            resolve();
          }),
        );
        for (const shared of docs.values()) shared.doc.destroy();
      })();
      return closing;
    },
  };
};
