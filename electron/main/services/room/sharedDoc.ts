/**
 * Server side of the y-websocket wire protocol, built from y-protocols (sync + awareness) the
 * same way @y/websocket-server's utils do it. We do not depend on @y/websocket-server itself:
 * its current release needs a Yjs 14 pre-release and its older one pulls in LevelDB, a native
 * module we do not want in the installer. The messages, and so the y-websocket provider the
 * attendee page uses, are unchanged: this file only routes them to the right document.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** Message types of the y-websocket provider (y-websocket/src/y-websocket.js). */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const MESSAGE_AUTH = 2;
const MESSAGE_QUERY_AWARENESS = 3;

/** The part of a ws WebSocket this module uses, so tests and other transports can stand in. */
export interface DocConnection {
  readonly readyState: number;
  send(data: Uint8Array, callback: (error?: Error) => void): void;
}
const OPEN = 1;

export interface SharedDoc {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Each connection with the awareness client ids it controls (removed when it leaves). */
  readonly conns: Map<DocConnection, Set<number>>;
}

const send = (conn: DocConnection, message: Uint8Array): void => {
  if (conn.readyState !== OPEN) return;
  // A failed send means the socket is going away; its close handler does the clean-up.
  conn.send(message, () => undefined);
};

export const createSharedDoc = (name: string): SharedDoc => {
  const doc = new Y.Doc({ gc: true });
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const conns = new Map<DocConnection, Set<number>>();
  doc.on('update', (update: Uint8Array) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const conn of conns.keys()) send(conn, message);
  });
  type Change = { added: number[]; updated: number[]; removed: number[] };
  awareness.on('update', ({ added, updated, removed }: Change, origin: unknown) => {
    const controlled = conns.get(origin as DocConnection);
    if (controlled !== undefined) {
      for (const id of added) controlled.add(id);
      for (const id of removed) controlled.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      encoder,
      awarenessProtocol.encodeAwarenessUpdate(awareness, changed),
    );
    const message = encoding.toUint8Array(encoder);
    for (const conn of conns.keys()) send(conn, message);
  });
  return { name, doc, awareness, conns };
};

/** Starts the sync handshake for a new connection, as the provider expects. */
export const attachConnection = (shared: SharedDoc, conn: DocConnection): void => {
  shared.conns.set(conn, new Set());
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, shared.doc);
  send(conn, encoding.toUint8Array(encoder));
  const states = shared.awareness.getStates();
  if (states.size > 0) {
    const awarenessEncoder = encoding.createEncoder();
    encoding.writeVarUint(awarenessEncoder, MESSAGE_AWARENESS);
    encoding.writeVarUint8Array(
      awarenessEncoder,
      awarenessProtocol.encodeAwarenessUpdate(shared.awareness, [...states.keys()]),
    );
    send(conn, encoding.toUint8Array(awarenessEncoder));
  }
};

export const detachConnection = (shared: SharedDoc, conn: DocConnection): void => {
  const controlled = shared.conns.get(conn);
  shared.conns.delete(conn);
  if (controlled !== undefined && controlled.size > 0) {
    awarenessProtocol.removeAwarenessStates(shared.awareness, [...controlled], null);
  }
};

/**
 * Applies one frame from a connection. Throws on a frame it cannot decode; the caller drops
 * it, logs it and counts it against the connection. Updates are applied with the connection
 * as the transaction origin.
 */
export const handleFrame = (shared: SharedDoc, conn: DocConnection, frame: Uint8Array): void => {
  const decoder = decoding.createDecoder(frame);
  const encoder = encoding.createEncoder();
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (decoding.hasContent(decoder)) throw new Error('Trailing bytes after a sync message');
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.writeSyncStep2(encoder, shared.doc, payload);
        send(conn, encoding.toUint8Array(encoder));
        return;
      }
      if (
        syncType !== syncProtocol.messageYjsSyncStep2 &&
        syncType !== syncProtocol.messageYjsUpdate
      ) {
        throw new Error(`Unknown sync message ${syncType}`);
      }
      // Y.applyUpdate logs and swallows a broken update, so parse it first: a frame that does
      // not decode is thrown back to the caller to be dropped and counted.
      Y.decodeUpdate(payload);
      Y.applyUpdate(shared.doc, payload, conn);
      return;
    }
    case MESSAGE_AWARENESS:
      awarenessProtocol.applyAwarenessUpdate(
        shared.awareness,
        decoding.readVarUint8Array(decoder),
        conn,
      );
      return;
    case MESSAGE_QUERY_AWARENESS: {
      encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(shared.awareness, [
          ...shared.awareness.getStates().keys(),
        ]),
      );
      send(conn, encoding.toUint8Array(encoder));
      return;
    }
    case MESSAGE_AUTH:
      // Permission messages flow from server to client only.
      return;
    default:
      throw new Error(`Unknown message type ${type}`);
  }
};
