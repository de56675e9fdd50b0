import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/**
 * Writes through a temp file and a rename, so a reader (or a crash) never sees half a file.
 * Synchronous on purpose: drafts are flushed from signal handlers, where there is no later tick.
 * Answers are personal, so files are private to the user (0600, folders 0700) unless a caller such as
 * `export -o` asks for the usual mode; the umask still applies on top.
 */
export function writeFileAtomic(file: string, content: string, mode = PRIVATE_FILE): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, content, { encoding: 'utf8', mode, flag: 'wx' });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A timestamp safe in file names on every platform, sortable: 2025-01-31T09-05-07-042Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
