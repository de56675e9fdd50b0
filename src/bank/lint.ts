import { capFindings, type Finding, formatPath } from './findings.js';
import { type LoadedBank, loadBank } from './load.js';
import type { ParsedBankFile } from './parse-file.js';
import {
  danglingReferenceChecks,
  danglingReferences,
  duplicateInnerIds,
  duplicateQuestionIds,
  knownTopics,
  type RelatedCheck,
} from './rules/references.js';
import { questionSites, type Rule } from './rules/rule.js';
import { exemplarLabels, rubricSize, timeBudget, weightsAddUp } from './rules/structure.js';
import { placeholders, redFlagsMissStrongExemplar } from './rules/text.js';

/** Semantic rules, run on every file that passed the schema. Order only affects ties in sorting. */
export const SEMANTIC_RULES: readonly Rule[] = [
  duplicateQuestionIds,
  duplicateInnerIds,
  weightsAddUp,
  rubricSize,
  timeBudget,
  exemplarLabels,
  knownTopics,
  danglingReferences,
  placeholders,
  redFlagsMissStrongExemplar,
];

export interface LintResult {
  bank: LoadedBank;
  findings: Finding[];
  fileCount: number;
}

/** An extra check run after the rules, e.g. calibration under the offline grader. */
export type ExtraCheck = (bank: LoadedBank) => Finding[];

/** Where a question's id is, for duplicate ids across files. */
export interface IdSite {
  id: string;
  /** Index in the file's `questions` list. */
  index: number;
  line: number;
  column: number;
}

/**
 * One file's share of a lint as plain data: it needs no other file, so it can be worked out in a
 * worker thread, and the file's parsed questions can be dropped as soon as it is made.
 */
export interface FileLint {
  file: string;
  /** Read, parse and schema findings. */
  parse: Finding[];
  /** Findings of each of SEMANTIC_RULES in turn; `related` ids are resolved across files at the end. */
  rules: (Finding | RelatedCheck)[][];
  /** Every schema-valid question's id, in file order. */
  ids: IdSite[];
}

/** The rules as run on one file; the cross-file parts are left to assembleFindings. */
const FILE_RULES: readonly ((bank: LoadedBank) => (Finding | RelatedCheck)[])[] = SEMANTIC_RULES.map(
  (rule) => {
    if (rule === duplicateQuestionIds) return () => [];
    if (rule === danglingReferences) return danglingReferenceChecks;
    return rule;
  },
);

export function lintFile(file: ParsedBankFile): FileLint {
  const alone: LoadedBank = { files: [file], questions: [], findings: file.findings };
  const ids = questionSites(alone).map(({ question, index }) => {
    // Where findingAt would put a duplicate-id finding.
    const where = file.locate?.(['questions', index, 'id']) ?? { line: 1, column: 1 };
    return { id: question.id, index, line: where.line, column: where.column };
  });
  return { file: file.file, parse: file.findings, rules: FILE_RULES.map((rule) => rule(alone)), ids };
}

/**
 * All findings of a lint, sorted and capped, from the files' shares in file order. The order before
 * sorting is that of running each rule over the whole bank, so ties sort exactly as they always have.
 */
export function assembleFindings(parts: readonly FileLint[], extra: readonly Finding[] = []): Finding[] {
  const allIds = new Set<string>();
  for (const part of parts) for (const site of part.ids) allIds.add(site.id);
  const findings: Finding[] = [];
  for (const part of parts) for (const f of part.parse) findings.push(f);
  FILE_RULES.forEach((_, r) => {
    if (SEMANTIC_RULES[r] === duplicateQuestionIds) {
      for (const f of duplicateIds(parts)) findings.push(f);
      return;
    }
    for (const part of parts) {
      for (const item of part.rules[r] ?? []) {
        if (!('pending' in item)) findings.push(item);
        else if (!allIds.has(item.unlessQuestion)) findings.push(item.pending);
      }
    }
  });
  for (const f of extra) findings.push(f);
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  // A generated file with 50,000 broken questions gets 200 findings and a count, not 500,000 lines.
  return capFindings(findings);
}

/** duplicateQuestionIds over the files' id lists. */
function duplicateIds(parts: readonly FileLint[]): Finding[] {
  const seen = new Map<string, { file: string; line: number }>();
  const findings: Finding[] = [];
  for (const part of parts) {
    for (const site of part.ids) {
      const first = seen.get(site.id);
      if (!first) {
        seen.set(site.id, { file: part.file, line: site.line });
        continue;
      }
      findings.push({
        file: part.file,
        line: site.line,
        column: site.column,
        severity: 'error',
        rule: 'duplicate-id',
        path: formatPath(['questions', site.index, 'id']),
        message: `question id \`${site.id}\` is already used at ${first.file}:${first.line}; ids must be unique across all bank files`,
      });
    }
  }
  return findings;
}

export async function lintBank(
  paths: readonly string[],
  cwd: string,
  extra: readonly ExtraCheck[] = [],
): Promise<LintResult> {
  const bank = await loadBank(paths, cwd);
  const findings = assembleFindings(
    bank.files.map(lintFile),
    extra.flatMap((check) => check(bank)),
  );
  return { bank, findings, fileCount: bank.files.length };
}
