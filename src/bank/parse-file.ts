import type { z } from 'zod';
import { EXIT, UserError } from '../errors.js';
import { formatBytes, readBounded } from '../fs/read-bounded.js';
import { findUnsafe, UNSAFE_CLASS, type UnsafeAt } from '../unsafe-chars.js';
import { asCheckedEnvelope, asCheckedQuestion } from './fast-check.js';
import { readFastYaml } from './fast-yaml.js';
import type { Finding, RuleId } from './findings.js';
import { formatPath } from './findings.js';
import type { Locate } from './locate.js';
import { readBankYaml } from './read-yaml.js';
import type { BankFile, Question } from './schema.js';
import { tooDeep, tooDeepFlow } from './yaml-depth.js';

/** Bank files are hand-written YAML; anything bigger than this is a mistake or an attack. */
export const MAX_BANK_FILE_BYTES = 4 * 1024 * 1024;
const UNSAFE_ANYWHERE = new RegExp(UNSAFE_CLASS);

export interface ParsedBankFile {
  /** Path as shown to the user (relative to cwd when possible). */
  file: string;
  /** Finds a field's line; undefined when the file could not be parsed. */
  locate: Locate | undefined;
  bank: BankFile | undefined;
  /** For each valid question in `bank.questions`, its index in the file (broken ones are left out). */
  sourceIndex: number[];
  findings: Finding[];
}

/** Reads, parses and schema-checks one bank file. Never throws for bad content: it returns findings. */
export async function parseBankFile(absolute: string, display: string): Promise<ParsedBankFile> {
  const result: ParsedBankFile = {
    file: display,
    locate: undefined,
    bank: undefined,
    sourceIndex: [],
    findings: [],
  };
  const fail = (rule: RuleId, message: string, line = 1, column = 1) => {
    result.findings.push({ file: display, line, column, severity: 'error', rule, path: '', message });
    return result;
  };

  const text = await readText(absolute);
  if (typeof text !== 'string') return fail(text.rule, text.message);
  if (text.replace(/^\uFEFF/, '').trim() === '' || isOnlyComments(text)) {
    return fail('empty-file', 'file is empty; a bank file needs `version: 1` and `questions:`');
  }

  // The fast reader is safe on any text (it checks indentation first and never nests), and when it
  // reads the file, it has already ruled out deep indentation.
  const fast = readFastYaml(text);
  const deep = fast ? tooDeepFlow(text) : tooDeep(text);
  if (deep) return fail('yaml-syntax', `the file ${deep.message}; a bank needs only a few levels`, deep.line);

  const parsed = readBankYaml(text, fast);
  if (!parsed.ok) return fail(parsed.rule, parsed.message, parsed.line, parsed.column);
  result.locate = parsed.locate;
  const data = parsed.data;

  result.findings.push(...controlFindings(data, text, parsed.locate, display));
  result.bank = await validate(data, parsed.fresh, result.sourceIndex, (error, prefix) => {
    result.findings.push(...schemaFindings(error, parsed.locate, display, prefix));
  });
  return result;
}

/** zod and the schemas, loaded only for a file the hand check does not take (loading zod takes ~80 ms). */
const zodSchemas = () => import('./schema.js');

/**
 * Validates the file envelope, then each question on its own, so one broken question costs only
 * itself: the valid ones are still linted by the semantic rules and still usable for practice.
 * Data read by the fast reader is checked by hand first (fast-check.ts); zod checks the rest.
 */
async function validate(
  data: unknown,
  fresh: boolean,
  sourceIndex: number[],
  report: (error: z.ZodError, prefix: PropertyKey[]) => void,
): Promise<BankFile | undefined> {
  let envelope = fresh ? asCheckedEnvelope(data) : undefined;
  if (!envelope) {
    const parsed = (await zodSchemas()).BankEnvelopeSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      report(parsed.error, []);
      return undefined;
    }
    envelope = parsed.data;
  }
  const questions: Question[] = [];
  for (let index = 0; index < envelope.questions.length; index += 1) {
    const raw = envelope.questions[index];
    const checked = fresh ? asCheckedQuestion(raw) : undefined;
    if (checked) {
      questions.push(checked);
      sourceIndex.push(index);
      continue;
    }
    const { QuestionSchema } = await zodSchemas();
    // Inputs are only needed to word an issue, so a valid question skips copying them into issues.
    const parsed = QuestionSchema.safeParse(raw);
    if (parsed.success) {
      questions.push(parsed.data);
      sourceIndex.push(index);
    } else
      report(QuestionSchema.safeParse(raw, { reportInput: true }).error as z.ZodError, ['questions', index]);
  }
  return { ...envelope, questions };
}

type ReadFailure = { rule: RuleId; message: string };

async function readText(absolute: string): Promise<string | ReadFailure> {
  const read = await readBounded(absolute, MAX_BANK_FILE_BYTES);
  if (!read.ok) {
    const { refusal } = read;
    if (refusal.kind === 'too-large') {
      return {
        rule: 'file-too-large',
        message: `file is ${formatBytes(refusal.size)}; bank files are limited to 4 MB, split it into several files`,
      };
    }
    // Out of file handles is the machine's state, not this file's: stop with a clear exit 2.
    if (refusal.kind === 'error' && (refusal.code === 'EMFILE' || refusal.code === 'ENFILE')) {
      throw new UserError(`too many open files while reading ${absolute}`, {
        hint: 'raise the open-file limit (ulimit -n 1024) or lint fewer files at once',
        exitCode: EXIT.USAGE,
      });
    }
    const message = refusal.kind === 'special' ? 'not a regular file' : `file ${refusal.message}`;
    return { rule: 'file-unreadable', message };
  }
  const buffer = read.bytes;
  if (buffer.includes(0))
    return { rule: 'not-utf8', message: 'file contains NUL bytes; it looks binary, not YAML' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return { rule: 'not-utf8', message: 'file is not valid UTF-8; save it as UTF-8' };
  }
}

const MAX_CONTROL_FINDINGS = 5;

/**
 * Strings holding terminal controls or direction overrides, raw or written as YAML escapes ("\e[2J"):
 * printed by `list` or practice they would act on the reader's terminal. pm-coach prints them as
 * visible text, but a bank should not carry them at all. The first few are reported, by field.
 */
function controlFindings(data: unknown, text: string, locate: Locate, file: string): Finding[] {
  // Parsed strings hold only the file's own characters, except for escapes ("\e") and line breaks
  // (CR is one): text with none of these holds no control character in any value.
  if (!UNSAFE_ANYWHERE.test(text) && !text.includes('\\')) return [];
  const hits: { path: PropertyKey[]; at: UnsafeAt }[] = [];
  const walk = (value: unknown, at: PropertyKey[]): void => {
    if (hits.length >= MAX_CONTROL_FINDINGS) return;
    if (typeof value === 'string') {
      const found = findUnsafe(value);
      if (found) hits.push({ path: at, at: found });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, [...at, i]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...at, key]);
    }
  };
  walk(data, []);
  return hits.map(({ path, at }) => {
    const pos = locate(path, { key: false });
    return {
      file,
      line: pos.line,
      column: pos.column,
      severity: 'error' as const,
      rule: 'control-characters' as const,
      path: formatPath(path),
      message: `\`${formatPath(path)}\` holds ${at.codePoint}, a terminal control or text-direction character; remove it`,
    };
  });
}

/** Every line blank or a comment; stops at the first line that is neither, so a real bank costs nothing. */
function isOnlyComments(text: string): boolean {
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, text[end - 1] === '\r' && nl >= 0 ? end - 1 : end).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    if (nl < 0) break;
    start = nl + 1;
  }
  return true;
}

function schemaFindings(error: z.ZodError, locate: Locate, file: string, prefix: PropertyKey[]): Finding[] {
  return error.issues.map((issue) => {
    const issuePath = [...prefix, ...issue.path];
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = unknownKeys.length > 0 ? [...issuePath, unknownKeys[0] as string] : issuePath;
    const pos = locate(path, { key: unknownKeys.length > 0 });
    return {
      file,
      line: pos.line,
      column: pos.column,
      severity: 'error' as const,
      rule: schemaRule(issuePath),
      path: formatPath(issuePath),
      message: describeIssue(issue, formatPath(issuePath)),
    };
  });
}

function schemaRule(path: readonly PropertyKey[]): RuleId {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (last === 'round') return 'unknown-round';
  if (parent === 'roles' || last === 'roles') return 'unknown-role';
  if (last === 'label' && path.includes('exemplars')) return 'exemplar-label';
  return 'schema';
}

function describeIssue(issue: z.core.$ZodIssue, path: string): string {
  const where = path === '' ? 'the file' : `\`${path}\``;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field ${issue.keys.map((k) => `\`${k}\``).join(', ')} in ${where}; check the spelling against schema/bank.schema.json`;
    case 'invalid_type':
      return issue.input === undefined
        ? `${where} is required`
        : `${where}: expected ${issue.expected}, got ${describeInput(issue.input)}`;
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeInput(issue.input)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}...` : input);
  return String(input);
}
