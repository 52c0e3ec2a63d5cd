// Files the system asks us to open: only `.heestar` arguments count (flags, the executable,
// the app folder and other documents are ignored), and queued paths wait for the renderer.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createOpenRequestQueue,
  planPathsFromArgv,
} from '../../../electron/main/services/openRequests';

const CWD = path.resolve('/home/facilitator/Documents');

describe('plan paths in a command line', () => {
  it('keeps .heestar files, resolved against the working directory', () => {
    expect(planPathsFromArgv(['Breakout A.heestar', '/tmp/B.HEESTAR'], CWD)).toEqual([
      path.join(CWD, 'Breakout A.heestar'),
      path.resolve('/tmp/B.HEESTAR'),
    ]);
  });

  it('ignores flags, the app folder, executables and other documents', () => {
    const argv = [
      '.',
      '--inspect=9229',
      '--allow-file-access-from-files',
      '-psn_0_12345',
      '--flag=plan.heestar',
      'C:\\Program Files\\Star Workshop\\Star Workshop.exe',
      'notes.txt',
      'plan.heestar.exe',
      'report.pdf',
      '',
    ];
    expect(planPathsFromArgv(argv, CWD)).toEqual([]);
  });

  it('accepts file:// URLs from file managers and refuses remote ones', () => {
    expect(planPathsFromArgv(['file:///tmp/My%20plan.heestar'], CWD)).toEqual([
      path.resolve('/tmp/My plan.heestar'),
    ]);
    expect(planPathsFromArgv(['file://evil.example/share/plan.heestar'], CWD)).toEqual([]);
  });

  it('lists a file named twice once', () => {
    expect(planPathsFromArgv(['a.heestar', './a.heestar'], CWD)).toEqual([
      path.join(CWD, 'a.heestar'),
    ]);
  });
});

describe('the open request queue', () => {
  it('holds paths until taken, oldest first, and is empty afterwards', () => {
    const queue = createOpenRequestQueue();
    queue.enqueue(['/a.heestar']);
    queue.enqueue(['/b.heestar', '/a.heestar']);
    expect(queue.take()).toEqual(['/a.heestar', '/b.heestar']);
    expect(queue.take()).toEqual([]);
  });

  it('tells listeners only when something new was queued', () => {
    const queue = createOpenRequestQueue();
    const listener = vi.fn();
    const stop = queue.onQueued(listener);
    queue.enqueue([]);
    expect(listener).not.toHaveBeenCalled();
    queue.enqueue(['/a.heestar']);
    queue.enqueue(['/a.heestar']);
    expect(listener).toHaveBeenCalledOnce();
    stop();
    queue.enqueue(['/b.heestar']);
    expect(listener).toHaveBeenCalledOnce();
  });
});
