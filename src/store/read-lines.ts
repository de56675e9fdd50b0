import { readSync } from 'node:fs';

/**
 * Reads a file of lines in fixed chunks, so its size is bounded by the disk, not by the largest string
 * V8 can build (about 512 MB): a log padded with 600 MB of NULs still yields every good line around
 * it. A line over `maxLineBytes` is never held in memory; it is reported as oversized instead.
 */
export interface Line {
  /** 1-based. */
  number: number;
  /** The bytes, or undefined when the line was over the limit. */
  bytes: Buffer | undefined;
  /** The last line, with no newline after it: a write that was cut off. */
  torn: boolean;
}

const CHUNK_BYTES = 4 * 1024 * 1024;

export function forEachLine(fd: number, maxLineBytes: number, onLine: (line: Line) => void): void {
  const chunk = Buffer.alloc(CHUNK_BYTES);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let number = 1;
  const finish = (torn: boolean): void => {
    onLine({ number, bytes: oversized ? undefined : Buffer.concat(pending, pendingBytes), torn });
    pending = [];
    pendingBytes = 0;
    oversized = false;
    number += 1;
  };
  const keep = (piece: Buffer): void => {
    if (oversized || piece.length === 0) return;
    if (pendingBytes + piece.length > maxLineBytes) {
      oversized = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    // Copied: the chunk buffer is reused for the next read.
    pending.push(Buffer.from(piece));
    pendingBytes += piece.length;
  };
  for (;;) {
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    let start = 0;
    for (let end = chunk.indexOf(10, start); end !== -1 && end < read; end = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, end));
      finish(false);
      start = end + 1;
    }
    keep(chunk.subarray(start, read));
  }
  if (pendingBytes > 0 || oversized) finish(true);
}
