import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { StoredIndex } from '../grading/relevance/index.js';
import type { LoadedQuestion } from './load.js';

/**
 * The shipped bank, validated at build time and stored as JSON in dist/bank.json. Parsing the YAML with
 * positions and validating it takes most of a second; reading this takes milliseconds, and needs
 * neither yaml nor zod. A fingerprint of the source files (name, size, mtime) detects edits made after
 * the build, in which case callers fall back to the YAML.
 */
export interface CompiledBank {
  fingerprint: string;
  questions: LoadedQuestion[];
  topics: Record<string, string>;
  /** The bank's relevance index (grading/relevance/index.ts), so grading need not build it per run. */
  relevance?: StoredIndex;
}

export const COMPILED_BANK_FILE = 'dist/bank.json';

export function bankFingerprint(bankDir: string): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const full = path.join(dir, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name))
        parts.push(`${path.relative(bankDir, full)}:${info.size}:${Math.floor(info.mtimeMs)}`);
    }
  };
  walk(bankDir);
  return parts.join('|');
}

/** The compiled bank if it exists and matches the YAML on disk, else undefined. Never throws. */
export function readCompiledBank(packageRoot: string): CompiledBank | undefined {
  try {
    const compiled = JSON.parse(
      readFileSync(path.join(packageRoot, COMPILED_BANK_FILE), 'utf8'),
    ) as CompiledBank;
    if (compiled.fingerprint !== bankFingerprint(path.join(packageRoot, 'question-bank'))) return undefined;
    return compiled;
  } catch {
    return undefined;
  }
}

/** Validates the bank under `packageRoot` and returns what to write, or the error count. */
export async function compileBank(
  packageRoot: string,
): Promise<{ compiled: CompiledBank | undefined; errors: number }> {
  const { lintBank } = await import('./lint.js');
  const { bank, findings } = await lintBank(['question-bank'], packageRoot, []);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) return { compiled: undefined, errors };
  const topics = Object.assign({}, ...bank.files.map((f) => f.bank?.topics ?? {})) as Record<string, string>;
  const fingerprint = bankFingerprint(path.join(packageRoot, 'question-bank'));
  const { storeIndex } = await import('../grading/relevance/index.js');
  const relevance = storeIndex(bank.questions.map((q) => q.question));
  return { compiled: { fingerprint, questions: bank.questions, topics, relevance }, errors };
}
