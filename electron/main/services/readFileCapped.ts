/**
 * Reads a user-chosen file only after checking its size, so opening a huge file by mistake
 * cannot exhaust memory or freeze the app. The size is checked on the open handle and the read
 * never goes past it, so a file that grows in between cannot slip past.
 */
import nodeFs from 'node:fs/promises';

export class FileTooLargeError extends Error {
  readonly sizeBytes: number;
  readonly limitBytes: number;
  constructor(sizeBytes: number, limitBytes: number) {
    super(`File is ${sizeBytes} bytes; the limit is ${limitBytes} bytes.`);
    this.name = 'FileTooLargeError';
    this.sizeBytes = sizeBytes;
    this.limitBytes = limitBytes;
  }
}

export class NotAFileError extends Error {
  constructor() {
    super('Not a regular file.');
    this.name = 'NotAFileError';
  }
}

export class FileChangedError extends Error {
  constructor() {
    super('The file changed while it was being read.');
    this.name = 'FileChangedError';
  }
}

export async function readFileCapped(filePath: string, limitBytes: number): Promise<Uint8Array> {
  const handle = await nodeFs.open(filePath, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new NotAFileError();
    if (stats.size > limitBytes) throw new FileTooLargeError(stats.size, limitBytes);
    // One byte of headroom lets us notice a file that grew after the size check.
    const buffer = new Uint8Array(stats.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > stats.size) throw new FileChangedError();
    return buffer.slice(0, length);
  } finally {
    await handle.close();
  }
}
