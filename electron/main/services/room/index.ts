/**
 * Opens a room: the server plus the host reading it, with a fresh join code and token. The
 * same call serves the Electron main process and `npm run web -- --room`; both pass the
 * callbacks that commit arrivals into the workshop.
 */
import { newJoinCode, newRoomToken } from './access';
import { createRoomHost, type HostLogEvent, type RoomHost, type RoomHostOptions } from './roomHost';
import {
  startRoomServer,
  type RoomLogEvent,
  type RoomServer,
  type RoomServerOptions,
} from './roomServer';

export interface OpenRoomOptions
  extends RoomHostOptions, Omit<RoomServerOptions, 'joinCode' | 'token' | 'onAttendee' | 'log'> {
  /** Reopening after a restart keeps the code people already have. */
  readonly joinCode?: string;
  readonly token?: string;
  readonly log?: (event: RoomLogEvent | HostLogEvent) => void;
}

export interface OpenRoom {
  readonly server: RoomServer;
  readonly host: RoomHost;
  readonly joinCode: string;
  readonly token: string;
  /** Stops the host's retries, then the server: everyone is disconnected. */
  close(): Promise<void>;
}

export const openRoom = async (options: OpenRoomOptions): Promise<OpenRoom> => {
  const joinCode = options.joinCode ?? newJoinCode();
  const token = options.token ?? newRoomToken();
  const host = createRoomHost(options);
  const server = await startRoomServer({
    ...options,
    joinCode,
    token,
    onAttendee: (attendeeId, shared) => {
      host.attach(attendeeId, shared);
    },
  });
  return {
    server,
    host,
    joinCode,
    token,
    close: () => {
      host.stop();
      return server.close();
    },
  };
};

export { ROOM_PATH } from './roomServer';
export { arrivalKey, type CardArrival } from './roomHost';
