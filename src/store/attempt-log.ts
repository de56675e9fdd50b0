import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { forEachLine } from './read-lines.js';
import { ATTEMPT_SCHEMA_VERSION, type AttemptRecord, AttemptRecordSchema } from './record.js';
import { PRIVATE_DIR, PRIVATE_FILE } from './write-atomic.js';

/**
 * attempts.jsonl: one attempt per line, only ever appended. Each record goes down in one write to a
 * file opened for appending, so parallel runs cannot interleave or overwrite each other (the kernel
 * positions every O_APPEND write at the end, under the file's lock). A crash mid-write leaves a torn
 * last line: the reader skips it with a warning and the writer starts the next record on a fresh line,
 * so the damage stays with that one record.
 */

export const ATTEMPT_LOG = 'attempts.jsonl';

export function attemptLogPath(dataDir: string): string {
  return path.join(dataDir, ATTEMPT_LOG);
}

/** Append, create if missing (private to the user), and never through a symbolic link. */
const APPEND_FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;

export function appendRecord(dataDir: string, record: AttemptRecord): void {
  const file = attemptLogPath(dataDir);
  mkdirSync(dataDir, { recursive: true, mode: PRIVATE_DIR });
  const fd = openLog(file);
  try {
    if (!fstatSync(fd).isFile()) throw refuse(file, 'is not a regular file');
    const separator = endsWithNewline(fd) ? '' : '\n';
    const bytes = Buffer.from(`${separator}${JSON.stringify(record)}\n`, 'utf8');
    // One write call: a record is never split across writes, so no other run can land inside it.
    const written = writeSync(fd, bytes);
    if (written !== bytes.length) {
      // A full disk: take the partial record back out, so later reads do not warn about it forever.
      const size = fstatSync(fd).size;
      if (written > 0 && size >= written) ftruncateSync(fd, size - written);
      throw new Error(`short write to ${file} (${written} of ${bytes.length} bytes)`);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function openLog(file: string): number {
  try {
    return openSync(file, APPEND_FLAGS, PRIVATE_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw refuse(file, 'is a symbolic link');
    throw error;
  }
}

/** A log that is a link or a device could send every answer somewhere else: say so, write nothing. */
function refuse(file: string, what: string): UserError {
  return new UserError(`${file} ${what}; pm-coach appends attempts only to a plain file it owns`, {
    hint: 'replace it with a regular file (move the link or device away), or point PM_COACH_HOME elsewhere',
    exitCode: EXIT.USAGE,
  });
}

function endsWithNewline(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

export interface StoreWarning {
  file: string;
  line: number;
  message: string;
}

export interface AttemptLog {
  /** Oldest first, in the order they were saved. */
  records: AttemptRecord[];
  warnings: StoreWarning[];
}

/** A record holds one answer and its grade: a few KB, at most a few MB. Longer lines are damage. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Every readable record; each damaged line costs only itself and yields a warning naming it. */
export function readAttemptLog(dataDir: string): AttemptLog {
  const file = attemptLogPath(dataDir);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { records: [], warnings: [] };
    throw cannotRead(file, code ?? String(error));
  }
  const log: AttemptLog = { records: [], warnings: [] };
  try {
    if (!fstatSync(fd).isFile()) throw cannotRead(file, 'not a regular file');
    forEachLine(fd, MAX_RECORD_BYTES, (line) => {
      const text = line.bytes?.toString('utf8');
      addLine(log, file, line.number, text, line.torn);
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(file, (error as NodeJS.ErrnoException).code ?? String(error));
  } finally {
    closeSync(fd);
  }
  return log;
}

function cannotRead(file: string, code: string): UserError {
  return new UserError(`cannot read ${file} (${code})`, {
    hint:
      code === 'EACCES' || code === 'EPERM'
        ? 'check its permissions, or point PM_COACH_HOME at another data directory'
        : 'move the file aside (pm-coach starts a new log) or point PM_COACH_HOME at another data directory',
    exitCode: EXIT.USAGE,
  });
}

export function parseAttemptLog(source: string, file: string): AttemptLog {
  const log: AttemptLog = { records: [], warnings: [] };
  const lines = source.split('\n');
  const lastIndex = lines.length - 1;
  for (const [index, line] of lines.entries()) {
    addLine(log, file, index + 1, line, index === lastIndex && !source.endsWith('\n'));
  }
  return log;
}

/** One line into the log: a record, nothing (blank), or a warning. `text` undefined: over the cap. */
function addLine(log: AttemptLog, file: string, line: number, text: string | undefined, torn: boolean): void {
  if (text !== undefined && text.trim() === '') return;
  const problem =
    text === undefined
      ? `skipped a damaged record: the line is over ${MAX_RECORD_BYTES / 1024 / 1024} MB`
      : parseLine(text, log.records);
  if (problem === undefined) return;
  log.warnings.push({
    file,
    line,
    message: torn ? 'skipped the last record: it was cut off mid-write (a crash or a full disk)' : problem,
  });
}

/** Pushes the record and returns undefined, or returns why the line was skipped. */
function parseLine(line: string, records: AttemptRecord[]): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'skipped a damaged record: the line is not valid JSON';
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > ATTEMPT_SCHEMA_VERSION) {
    return `skipped a record written by a newer pm-coach (schema version ${version}); upgrade pm-coach to read it`;
  }
  const parsed = AttemptRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return `skipped a damaged record: ${issue?.message ?? 'invalid'}${where}`;
  }
  records.push(parsed.data);
  return undefined;
}

/** "attempts.jsonl:12: skipped …", for stderr. */
export function formatStoreWarning(warning: StoreWarning): string {
  return `${warning.file}:${warning.line}: ${warning.message}`;
}
