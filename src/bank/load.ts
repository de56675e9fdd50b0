import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { mapBounded, READ_CONCURRENCY } from '../fs/map-bounded.js';
import type { Finding } from './findings.js';
import { type ParsedBankFile, parseBankFile } from './parse-file.js';
import type { Question } from './schema.js';

export interface LoadedQuestion {
  question: Question;
  /** The bank file it came from, as shown to the user. */
  file: string;
  /** Index in that file's `questions` list. */
  index: number;
}

export interface LoadedBank {
  files: ParsedBankFile[];
  questions: LoadedQuestion[];
  /** Parse and schema findings; semantic rules are run by lintBank. */
  findings: Finding[];
}

const BANK_EXTENSIONS = new Set(['.yaml', '.yml']);

export function defaultBankPaths(packageRoot: string): string[] {
  return [path.join(packageRoot, 'question-bank')];
}

/** A directory that could not be listed (permissions, /proc entries that vanish): a finding, not a crash. */
interface UnlistedDir {
  dir: string;
  code: string;
}

interface BankPaths {
  files: string[];
  unlisted: UnlistedDir[];
}

/**
 * Expands files and directories (recursively, *.yaml and *.yml, sorted) into absolute file paths.
 * A path that does not exist is the user's mistake: UserError with exit 2.
 */
export async function resolveBankPaths(paths: readonly string[], cwd: string): Promise<BankPaths> {
  const out: BankPaths = { files: [], unlisted: [] };
  for (const given of paths) {
    if (given.trim() === '') {
      throw new UserError('an empty bank path was given', {
        hint: 'pass a bank file or directory, e.g. --bank question-bank/, or leave the option out',
        exitCode: EXIT.USAGE,
      });
    }
    const absolute = path.resolve(cwd, given);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const what =
        code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file or directory' : `cannot read (${code})`;
      throw new UserError(`${what}: ${given}`, {
        hint: 'pass bank files or directories that exist, e.g. question-bank/',
        exitCode: EXIT.USAGE,
      });
    }
    if (info.isDirectory()) await listYaml(absolute, out);
    else out.files.push(absolute);
  }
  return { files: [...new Set(out.files)], unlisted: out.unlisted };
}

async function listYaml(dir: string, out: BankPaths): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.unlisted.push({ dir, code: (error as NodeJS.ErrnoException).code ?? 'error' });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await listYaml(full, out);
    else if (BANK_EXTENSIONS.has(path.extname(entry.name))) out.files.push(full);
  }
}

export function unlistedFile(unlisted: UnlistedDir, cwd: string): ParsedBankFile {
  const file = displayPath(unlisted.dir, cwd);
  const reason =
    unlisted.code === 'EACCES' || unlisted.code === 'EPERM' ? 'permission denied' : unlisted.code;
  return {
    file,
    locate: undefined,
    bank: undefined,
    sourceIndex: [],
    findings: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file-unreadable',
        path: '',
        message: `directory cannot be listed (${reason}); its bank files were not checked`,
      },
    ],
  };
}

export async function loadBank(paths: readonly string[], cwd: string): Promise<LoadedBank> {
  const { files: absolute, unlisted } = await resolveBankPaths(paths, cwd);
  const parsed = await mapBounded(absolute, READ_CONCURRENCY, (file) =>
    parseBankFile(file, displayPath(file, cwd)),
  );
  const files = [...parsed, ...unlisted.map((u) => unlistedFile(u, cwd))];
  const questions: LoadedQuestion[] = [];
  for (const file of files) {
    file.bank?.questions.forEach((question, i) => {
      const index = file.sourceIndex[i] ?? i;
      questions.push({ question, file: file.file, index });
    });
  }
  return { files, questions, findings: files.flatMap((f) => f.findings) };
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * For commands that use a bank rather than lint it: one line to show when some files could not be
 * used, so a broken user bank is visible without stopping practice on the files that are fine.
 */
export function describeBankProblems(bank: LoadedBank): string | undefined {
  const broken = bank.files.filter((f) => f.findings.some((x) => x.severity === 'error'));
  if (broken.length === 0) return undefined;
  const first = broken[0]?.findings[0];
  const where = first ? `${first.file}:${first.line}:${first.column} ${first.message}` : '';
  return `skipped ${broken.length} bank file${broken.length === 1 ? '' : 's'} with problems (first: ${where}); run 'pm-coach lint' for all of them`;
}

/** Loads the bank for use and fails clearly when no question at all is usable. */
export async function loadUsableBank(
  paths: readonly string[],
  cwd: string,
): Promise<{ bank: LoadedBank; warning: string | undefined }> {
  const bank = await loadBank(paths, cwd);
  const warning = describeBankProblems(bank);
  if (bank.questions.length === 0) {
    throw new UserError(`no usable questions in ${paths.join(', ')}${warning ? `: ${warning}` : ''}`, {
      hint: "run 'pm-coach lint' on the bank, or drop --bank to use the shipped questions",
      exitCode: EXIT.USAGE,
    });
  }
  return { bank, warning };
}
