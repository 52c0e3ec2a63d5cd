// Bad input (issue 12): a malformed IPC message or one from a foreign frame is refused and
// logged, and the app carries on answering good requests.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleInvoke, ipcLog } from '../../../electron/main/ipc/guard';
import { APP_FRAME, FakeIpcMain, foreignFrame } from '../helpers/fakeIpcMain';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('refused IPC messages', () => {
  it('are logged with the channel and reason, and good ones still work afterwards', async () => {
    const logged = vi.spyOn(ipcLog, 'refused').mockImplementation(() => undefined);
    const ipc = new FakeIpcMain();
    handleInvoke(
      ipc,
      'shell:open-external',
      () => ({ status: 'opened' }),
      () => ({ status: 'refused', reason: 'Not a link.' }),
    );
    await expect(
      ipc.invoke(
        'shell:open-external',
        foreignFrame('https://evil.example/'),
        'https://a.example',
        'app',
      ),
    ).rejects.toThrow(/did not come from Star Workshop/);
    expect(await ipc.invoke('shell:open-external', APP_FRAME, { url: 1 }, 'app')).toEqual({
      status: 'refused',
      reason: 'Not a link.',
    });
    expect(logged.mock.calls.map(([channel]) => channel)).toEqual([
      'shell:open-external',
      'shell:open-external',
    ]);
    expect(logged.mock.calls[0]?.[1]).toContain('https://evil.example/');
    expect(await ipc.invoke('shell:open-external', APP_FRAME, 'https://a.example', 'app')).toEqual({
      status: 'opened',
    });
  });
});
