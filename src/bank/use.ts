import path from 'node:path';
import { readCompiledBank } from './compiled.js';
import type { LoadedQuestion } from './load.js';
import type { Question } from './schema.js';

export interface UsableBank {
  questions: LoadedQuestion[];
  /** The questions themselves, one list for every grade to use as the contrast set. */
  contrast: Question[];
  /** Built-in topics are not included; these are the ones bank files declare. */
  topics: Record<string, string>;
  /** One line to show on stderr when some bank files could not be used. */
  warning: string | undefined;
}

/**
 * Questions for commands that use a bank (practice, grade, list). The shipped bank comes precompiled;
 * a --bank path, or a shipped bank edited since the build, is parsed from YAML (yaml and zod are only
 * imported then).
 */
export async function loadQuestionsForUse(options: {
  bank?: string;
  packageRoot: string;
  cwd: string;
}): Promise<UsableBank> {
  if (options.bank === undefined) {
    const compiled = readCompiledBank(options.packageRoot);
    if (compiled) {
      const contrast = compiled.questions.map((q) => q.question);
      // The shipped bank's relevance index was built with it: use it rather than build it again.
      if (compiled.relevance) {
        const { primeRelevanceIndex } = await import('../grading/relevance/index.js');
        primeRelevanceIndex(contrast, compiled.relevance);
      }
      return { questions: compiled.questions, contrast, topics: compiled.topics, warning: undefined };
    }
  }
  const { loadUsableBank, defaultBankPaths } = await import('./load.js');
  const paths = options.bank !== undefined ? [options.bank] : defaultBankPaths(options.packageRoot);
  const { bank, warning } = await loadUsableBank(paths, options.cwd);
  const topics = Object.assign({}, ...bank.files.map((f) => f.bank?.topics ?? {})) as Record<string, string>;
  return { questions: bank.questions, contrast: bank.questions.map((q) => q.question), topics, warning };
}

export function isShippedBank(bank: string | undefined, packageRoot: string, cwd: string): boolean {
  return bank === undefined || path.resolve(cwd, bank) === path.join(packageRoot, 'question-bank');
}
