/**
 * The checks every IPC handler runs before doing anything: the message must come from a frame
 * showing our own app:// origin, and its payload must pass the channel's validator. Handlers
 * are registered only through `handleInvoke`, so neither check can be forgotten.
 */
import {
  APP_HOST,
  APP_SCHEME,
  type InvokeArgs,
  type InvokeChannel,
  type InvokeResult,
} from '@shared/ipc/contract';
import { parseInvokeArgs } from '@shared/ipc/validators';

/** The parts of an Electron IPC event we rely on (real events satisfy it). */
export interface IpcEventLike {
  senderFrame: { url: string } | null;
}

/** The parts of `ipcMain` we use, so tests can pass a fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): unknown;
  removeListener(
    channel: string,
    listener: (event: IpcEventLike, ...args: unknown[]) => void,
  ): unknown;
}

/**
 * Where refusals are reported (stderr of the main process, which trust IT can capture). A
 * refused message never stops the app; it is logged and answered with a refusal.
 */
export const ipcLog = {
  refused(channel: string, why: string): void {
    console.warn(`Refused IPC "${channel}": ${why}`);
  },
};

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused "${channel}": the request did not come from Star Workshop's own page.`);
    this.name = 'UntrustedSenderError';
  }
}

/** True only for a live frame whose URL is on app://star-workshop. */
export function isTrustedSender(event: IpcEventLike): boolean {
  const url = event.senderFrame?.url;
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    // Node parses app: as a non-special scheme, so compare parts rather than `origin`.
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export type InvokeHandler<K extends InvokeChannel> = (
  ...args: InvokeArgs<K>
) => Promise<InvokeResult<K>> | InvokeResult<K>;

/**
 * Registers a handler that runs only for trusted senders with valid payloads. Untrusted senders
 * get a rejected promise; invalid payloads get `onInvalid(reason)` when the channel has a
 * failure result, otherwise a rejection.
 */
export function handleInvoke<K extends InvokeChannel>(
  ipcMain: Pick<IpcMainLike, 'handle'>,
  channel: K,
  handler: InvokeHandler<K>,
  onInvalid?: (reason: string) => InvokeResult<K>,
): void {
  ipcMain.handle(channel, async (event, ...rawArgs) => {
    if (!isTrustedSender(event)) {
      ipcLog.refused(channel, `sender ${event.senderFrame?.url ?? '(no frame)'} is not the app`);
      throw new UntrustedSenderError(channel);
    }
    const parsed = parseInvokeArgs(channel, rawArgs);
    if (!parsed.ok) {
      ipcLog.refused(channel, parsed.reason);
      if (onInvalid) return onInvalid(parsed.reason);
      throw new Error(`Refused "${channel}": ${parsed.reason}`);
    }
    return handler(...parsed.args);
  });
}
