import path from 'node:path';
import { ROUNDS, type Round } from '../bank/vocabulary.js';
import { tooDeep } from '../bank/yaml-depth.js';
import { EXIT, UserError } from '../errors.js';
import { formatBytes, type ReadRefusal, readBounded } from '../fs/read-bounded.js';
import { didYouMean } from './did-you-mean.js';
import { readSimpleFrontMatter } from './front-matter.js';

/**
 * Reads answer files for `pm-coach grade`: checks each is a readable UTF-8 text file with an answer in
 * it, and splits off the optional YAML front matter (`question:`, `round:`). The front matter is
 * replaced by blank lines, so line numbers in flags still match the file.
 */

export interface AnswerFile {
  /** As the user gave it, for messages and the JSON `file` field. */
  file: string;
  body: string;
  question: string | undefined;
  round: Round | undefined;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function fail(file: string, message: string, hint: string): never {
  throw new UserError(message, { location: file, hint, exitCode: EXIT.USAGE });
}

/** Answers are a few pages; anything near this size is a mistake, and grading it would take minutes. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

const HINTS: Record<ReadRefusal['kind'], (file: string) => string> = {
  missing: () => 'check the path; pass the markdown files that hold your answers',
  loop: () => 'point the link at the real answer file',
  denied: () => 'check the file permissions (chmod u+r), or run as the user who owns it',
  directory: (file) => `pass the files inside it, e.g. ${file}/*.md`,
  special: () => 'save the answer to a regular .md file and pass that',
  pseudo: () => 'save the answer to a regular .md file and pass that',
  'too-large': () =>
    `answers are limited to ${formatBytes(MAX_ANSWER_BYTES)}; trim it or split it into several files`,
  error: () => 'check the file and try again',
};

/** Reused: decode() without `stream` starts afresh each call, and a decoder is not free to make. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

async function readText(file: string, cwd: string): Promise<string> {
  const read = await readBounded(path.resolve(cwd, file), MAX_ANSWER_BYTES);
  if (!read.ok) return fail(file, read.refusal.message, HINTS[read.refusal.kind](file));
  const bytes = read.bytes;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    fail(file, 'is UTF-16 text, not UTF-8', 'save the answer as UTF-8 (most editors: "Save with encoding")');
  if (bytes.includes(0))
    fail(file, 'looks like a binary file, not a text answer', 'save the answer as UTF-8 markdown');
  try {
    return UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail(
      file,
      'is not valid UTF-8 text',
      'save the answer as UTF-8 (most editors: "Save with encoding")',
    );
  }
}

function asRound(file: string, value: unknown): Round | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && (ROUNDS as readonly string[]).includes(value)) return value as Round;
  return fail(
    file,
    `front matter round "${String(value)}" is not a round${typeof value === 'string' ? didYouMean(value, ROUNDS, '"') : ''}`,
    `use one of: ${ROUNDS.join(', ')}`,
  );
}

function asQuestion(file: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') {
    fail(
      file,
      `front matter question is ${Array.isArray(value) ? 'a list' : 'a mapping'}, not text`,
      'write one bank id or the question text, e.g. "question: beh-saying-no-to-a-big-customer"',
    );
  }
  return String(value).trim();
}

async function parseFrontMatter(file: string, source: string): Promise<Record<string, unknown>> {
  const simple = readSimpleFrontMatter(source);
  if (simple) return simple;
  const deep = tooDeep(source);
  if (deep)
    fail(file, `front matter ${deep.message}`, 'front matter needs only "question:" and "round:" lines');
  const { parse } = await import('yaml');
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    fail(file, `front matter is not valid YAML: ${reason}`, 'fix the lines between the two --- markers');
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail(file, 'front matter must be key: value lines', 'e.g. "question: uc-lineage-experiment-to-prod"');
  }
  return data as Record<string, unknown>;
}

export async function readAnswerFile(file: string, cwd: string): Promise<AnswerFile> {
  const text = await readText(file, cwd);
  const match = FRONT_MATTER.exec(text);
  const meta = match ? await parseFrontMatter(file, match[1] ?? '') : {};
  const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
  if (body.trim() === '') {
    fail(
      file,
      'has no answer text',
      match ? 'write the answer below the front matter' : 'write your answer in the file',
    );
  }
  const question = asQuestion(file, meta.question);
  return { file, body, question: question || undefined, round: asRound(file, meta.round) };
}
