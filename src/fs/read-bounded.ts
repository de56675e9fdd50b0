import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';

/**
 * Reads a user-named input file with bounded work: only regular files (not directories, FIFOs,
 * devices such as /dev/zero, or kernel files under /proc and /sys, which report one size and deliver
 * another), never more than `maxBytes`, and every failure is a reason a person can act on. Opened
 * non-blocking, so a FIFO with no writer is refused at once instead of waiting forever.
 */

export type ReadRefusal =
  | { kind: 'missing' | 'loop' | 'denied' | 'directory' | 'special' | 'pseudo'; message: string }
  | { kind: 'too-large'; message: string; size: number }
  | { kind: 'error'; message: string; code: string };

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; refusal: ReadRefusal };

const PSEUDO_ROOTS = ['/proc/', '/sys/'];

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Synchronous system calls under an async signature: a command reads its inputs before it does
 * anything else, and the promise API's round trips through the thread pool cost far more than the
 * reads (1,500 answer files: about 340 ms against 70 ms here). Regular files never block; anything
 * else is refused by its fstat before a byte is read, and the descriptor is opened non-blocking.
 */
export async function readBounded(absolute: string, maxBytes: number): Promise<BoundedRead> {
  return readBoundedNow(absolute, maxBytes);
}

function readBoundedNow(absolute: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, refusal: describeOpenError(error) };
  }
  try {
    const info = fstatSync(fd);
    const kind = refuseKind(absolute, info);
    if (kind) return { ok: false, refusal: kind };
    if (info.size > maxBytes) return { ok: false, refusal: tooLarge(info.size, maxBytes) };
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, Math.max(info.size, 0) + 1));
    let length = 0;
    while (length < buffer.length) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // More bytes than the size it reported: still growing or not a real file. Either way, not read.
    if (length > info.size) return { ok: false, refusal: tooLarge(length, maxBytes, info.size) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, refusal: describeOpenError(error) };
  } finally {
    closeSync(fd);
  }
}

function refuseKind(absolute: string, info: Stats): ReadRefusal | undefined {
  if (info.isDirectory()) return { kind: 'directory', message: 'is a directory' };
  if (!info.isFile()) {
    const what = info.isFIFO()
      ? 'a named pipe'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'a special file';
    return { kind: 'special', message: `is ${what}, not a regular file` };
  }
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // Unresolvable here but open: judged by the name it was given.
  }
  if (PSEUDO_ROOTS.some((root) => real.startsWith(root))) {
    return { kind: 'pseudo', message: 'is a kernel file (/proc or /sys), not a regular file' };
  }
  return undefined;
}

function tooLarge(size: number, maxBytes: number, reported?: number): ReadRefusal {
  const message =
    reported !== undefined && size > reported
      ? `grew while being read (it said ${formatBytes(reported)}); it is not a finished file`
      : `is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
  return { kind: 'too-large', message, size };
}

export function describeOpenError(error: unknown): ReadRefusal {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'missing', message: 'no such file' };
    case 'ELOOP':
      return { kind: 'loop', message: 'is a symbolic link that loops back on itself' };
    case 'EACCES':
    case 'EPERM':
      return { kind: 'denied', message: 'cannot be read: permission denied' };
    case 'EISDIR':
      return { kind: 'directory', message: 'is a directory' };
    case 'EMFILE':
    case 'ENFILE':
      return { kind: 'error', code, message: `cannot be opened: too many open files (${code})` };
    default:
      return { kind: 'error', code, message: `cannot be read (${code})` };
  }
}
