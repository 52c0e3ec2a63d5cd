/** Storage failures in words a facilitator understands, with what to do next. */

export type StorageProblem =
  'newer-version' | 'blocked' | 'unavailable' | 'quota' | 'aborted' | 'unknown';

export interface StorageFailure {
  readonly problem: StorageProblem;
  readonly title: string;
  readonly message: string;
  readonly nextStep: string;
  readonly cause: unknown;
}

const names = (error: unknown): string[] => {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === 'object' && 'name' in current && typeof current.name === 'string') {
      out.push(current.name);
    }
    current =
      typeof current === 'object' && 'inner' in current
        ? current.inner
        : typeof current === 'object' && 'cause' in current
          ? current.cause
          : undefined;
  }
  return out;
};

export const describeStorageError = (error: unknown): StorageFailure => {
  const all = names(error);
  const has = (...n: string[]): boolean => n.some((x) => all.includes(x));
  if (has('VersionError')) {
    return {
      problem: 'newer-version',
      title: 'Your workshops were saved by a newer version of Star Workshop',
      message:
        'This copy of Star Workshop is older than the one that last opened your workshops, so it cannot read them safely. Nothing has been changed.',
      nextStep: 'Install the latest version of Star Workshop, then open it again.',
      cause: error,
    };
  }
  if (has('QuotaExceededError')) {
    return {
      problem: 'quota',
      title: 'This device is out of storage space',
      message: 'Your latest changes could not be saved because the device’s storage is full.',
      nextStep:
        'Free up some disk space, then select Try again. Keep this window open until it says Saved.',
      cause: error,
    };
  }
  if (has('MissingAPIError', 'SecurityError', 'InvalidAccessError')) {
    return {
      problem: 'unavailable',
      title: 'Star Workshop cannot use this device’s storage',
      message:
        'Storage for this app is switched off or blocked (for example by a private browsing window or a device policy), so workshops cannot be kept.',
      nextStep:
        'Open Star Workshop in a normal (not private) window, or ask your IT team to allow site storage for it.',
      cause: error,
    };
  }
  if (has('DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'UnknownError')) {
    return {
      problem: 'blocked',
      title: 'Star Workshop could not open its saved workshops',
      message:
        'The storage that holds your workshops could not be opened. Nothing has been deleted.',
      nextStep:
        'Close other Star Workshop windows, then restart the app. If it keeps happening, restart the computer.',
      cause: error,
    };
  }
  if (has('AbortError', 'TransactionInactiveError')) {
    return {
      problem: 'aborted',
      title: 'A save was interrupted',
      message: 'Your latest changes were not saved because the save was interrupted.',
      nextStep: 'Select Try again. Your changes are still on screen.',
      cause: error,
    };
  }
  return {
    problem: 'unknown',
    title: 'Something went wrong while saving',
    message: `Your latest changes were not saved (${all[0] ?? 'unknown error'}).`,
    nextStep: 'Select Try again. Your changes are still on screen.',
    cause: error,
  };
};
