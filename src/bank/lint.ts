import { capFindings, type Finding } from './findings.js';
import { type LoadedBank, loadBank } from './load.js';
import {
  danglingReferences,
  duplicateInnerIds,
  duplicateQuestionIds,
  knownTopics,
} from './rules/references.js';
import type { Rule } from './rules/rule.js';
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

export async function lintBank(
  paths: readonly string[],
  cwd: string,
  extra: readonly ExtraCheck[] = [],
): Promise<LintResult> {
  const bank = await loadBank(paths, cwd);
  const findings = [
    ...bank.findings,
    ...SEMANTIC_RULES.flatMap((rule) => rule(bank)),
    ...extra.flatMap((check) => check(bank)),
  ];
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  // A generated file with 50,000 broken questions gets 200 findings and a count, not 500,000 lines.
  return { bank, findings: capFindings(findings), fileCount: bank.files.length };
}
