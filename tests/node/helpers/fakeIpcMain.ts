/**
 * A stand-in for Electron's ipcMain that records handlers so tests can call them with events
 * from any origin. Real Electron cannot run on this machine.
 */
import type { IpcEventLike, IpcMainLike } from '../../../electron/main/ipc/guard';

export const APP_FRAME: IpcEventLike = { senderFrame: { url: 'app://star-workshop/index.html' } };
export const foreignFrame = (url: string): IpcEventLike => ({ senderFrame: { url } });

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  readonly listeners = new Map<string, Set<Listener>>();

  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  on(channel: string, listener: Listener): this {
    const set = this.listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(channel, set);
    return this;
  }

  removeListener(channel: string, listener: Listener): this {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }

  /** Like ipcRenderer.invoke: resolves with the handler's result or rejects with its error. */
  async invoke(channel: string, event: IpcEventLike, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler for ${channel}`);
    return await handler(event, ...args);
  }

  /** Like ipcRenderer.send. */
  send(channel: string, event: IpcEventLike, ...args: unknown[]): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}
