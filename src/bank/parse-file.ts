import { type Document, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { EXIT, UserError } from '../errors.js';
import { formatBytes, readBounded } from '../fs/read-bounded.js';
import { findUnsafe, type UnsafeAt } from '../unsafe-chars.js';
import type { Finding, RuleId } from './findings.js';
import { formatPath } from './findings.js';
import { locate } from './locate.js';
import { type BankFile, BankFileSchema, type Question, QuestionSchema } from './schema.js';
import { tooDeep } from './yaml-depth.js';

const BankEnvelopeSchema = BankFileSchema.extend({ questions: z.array(z.unknown()) });

/** Bank files are hand-written YAML; anything bigger than this is a mistake or an attack. */
export const MAX_BANK_FILE_BYTES = 4 * 1024 * 1024;
/** yaml's default alias limit: enough for real anchors, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedBankFile {
  /** Path as shown to the user (relative to cwd when possible). */
  file: string;
  doc: Document | undefined;
  lineCounter: LineCounter;
  bank: BankFile | undefined;
  /** For each valid question in `bank.questions`, its index in the file (broken ones are left out). */
  sourceIndex: number[];
  findings: Finding[];
}

/** Reads, parses and schema-checks one bank file. Never throws for bad content: it returns findings. */
export async function parseBankFile(absolute: string, display: string): Promise<ParsedBankFile> {
  const lineCounter = new LineCounter();
  const result: ParsedBankFile = {
    file: display,
    doc: undefined,
    lineCounter,
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

  const deep = tooDeep(text);
  if (deep) return fail('yaml-syntax', `the file ${deep.message}; a bank needs only a few levels`, deep.line);

  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  result.doc = doc;
  // Later syntax errors are usually echoes of the first, so report the first and count the rest.
  const [first, ...rest] = doc.errors;
  if (first) {
    const pos = first.linePos?.[0] ?? { line: 1, col: 1 };
    const more = rest.length > 0 ? ` (and ${rest.length} more after it)` : '';
    return fail(
      'yaml-syntax',
      `${tidyYamlMessage(first.message.split('\n')[0] ?? first.message)}${more}`,
      pos.line,
      pos.col,
    );
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail(
      'yaml-aliases',
      `YAML aliases expand too far (${message.split('\n')[0]}); remove the nested aliases`,
    );
  }

  result.findings.push(...controlFindings(data, doc, lineCounter, display));
  result.bank = validate(data, result.sourceIndex, (error, prefix) => {
    result.findings.push(...schemaFindings(error, doc, lineCounter, display, prefix));
  });
  return result;
}

/**
 * Validates the file envelope, then each question on its own, so one broken question costs only
 * itself: the valid ones are still linted by the semantic rules and still usable for practice.
 */
function validate(
  data: unknown,
  sourceIndex: number[],
  report: (error: z.ZodError, prefix: PropertyKey[]) => void,
): BankFile | undefined {
  const envelope = BankEnvelopeSchema.safeParse(data, { reportInput: true });
  if (!envelope.success) {
    report(envelope.error, []);
    return undefined;
  }
  const questions: Question[] = [];
  envelope.data.questions.forEach((raw, index) => {
    const parsed = QuestionSchema.safeParse(raw, { reportInput: true });
    if (parsed.success) {
      questions.push(parsed.data);
      sourceIndex.push(index);
    } else report(parsed.error, ['questions', index]);
  });
  return { ...envelope.data, questions };
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
function controlFindings(data: unknown, doc: Document, lineCounter: LineCounter, file: string): Finding[] {
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
    const pos = locate(doc, lineCounter, path, { key: false });
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

function isOnlyComments(text: string): boolean {
  return text.split(/\r?\n/).every((line) => line.trim() === '' || line.trim().startsWith('#'));
}

function tidyYamlMessage(message: string): string {
  if (/keys must be unique/i.test(message)) return `${message}; remove or rename the repeated key`;
  if (/tab/i.test(message)) return `${message.replace(/\s+at line.*$/, '')}; indent with spaces, not tabs`;
  return message.replace(/\s+at line \d+, column \d+:?$/, '');
}

function schemaFindings(
  error: z.ZodError,
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  prefix: PropertyKey[],
): Finding[] {
  return error.issues.map((issue) => {
    const issuePath = [...prefix, ...issue.path];
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = unknownKeys.length > 0 ? [...issuePath, unknownKeys[0] as string] : issuePath;
    const pos = locate(doc, lineCounter, path, { key: unknownKeys.length > 0 });
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
