import type { Finding, RuleId } from '../findings.js';
import { formatPath } from '../findings.js';
import type { LoadedBank } from '../load.js';
import type { ParsedBankFile } from '../parse-file.js';
import type { Question } from '../schema.js';

/** A semantic check over a bank that already passed the schema. Pure: returns findings. */
export type Rule = (bank: LoadedBank) => Finding[];

export interface QuestionSite {
  question: Question;
  file: ParsedBankFile;
  index: number;
}

/** Each schema-valid question with the file it came from, for rules that walk questions. */
export function questionSites(bank: LoadedBank): QuestionSite[] {
  const sites: QuestionSite[] = [];
  for (const file of bank.files) {
    file.bank?.questions.forEach((question, i) => {
      const index = file.sourceIndex[i] ?? i;
      sites.push({ question, file, index });
    });
  }
  return sites;
}

/** A finding at a path inside question `index` of `file`. */
export function findingAt(
  site: Pick<QuestionSite, 'file' | 'index'>,
  subPath: readonly PropertyKey[],
  rule: RuleId,
  message: string,
  severity: Finding['severity'] = 'error',
): Finding {
  const fullPath = ['questions', site.index, ...subPath];
  const pos = site.file.locate?.(fullPath) ?? { line: 1, column: 1 };
  return {
    file: site.file.file,
    line: pos.line,
    column: pos.column,
    severity,
    rule,
    path: formatPath(fullPath),
    message,
  };
}
