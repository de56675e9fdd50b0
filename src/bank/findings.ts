/** A lint finding: where it is (file, 1-based line and column, field path), what, and how bad. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: RuleId;
  /** Field path such as `questions[3].rubric[1].weight`, or '' for the whole file. */
  path: string;
  message: string;
}

/** Stable rule ids; documented in the README and emitted in every output format. */
export const RULES = {
  'file-unreadable': 'The path could not be read as a file.',
  'file-too-large': 'The file is larger than a bank file can reasonably be.',
  'not-utf8': 'The file is binary or not valid UTF-8.',
  'empty-file': 'The file has no content.',
  'control-characters':
    'Text holds terminal control characters or bidirectional overrides, which could rewrite the screen of whoever reads it.',
  'yaml-syntax': 'The file is not valid YAML (including tabs used for indentation).',
  'yaml-aliases': 'The file expands too many YAML aliases (an alias bomb).',
  schema: 'A field is missing, has the wrong type, or is not allowed.',
  'unknown-round': 'The round is not one of the five rounds.',
  'unknown-role': 'The role is not pm, tpm or pgm.',
  'unknown-topic': 'The topic is neither built in nor declared in the file under `topics`.',
  'duplicate-id':
    'An id is used twice (questions across all files; criteria, probes, red flags within a question).',
  weights: 'Rubric weights do not add up to 100.',
  'rubric-size': 'A rubric has fewer than three criteria.',
  'time-budget': 'The time budget is missing phases or the phases do not add up.',
  placeholder: 'Text is a placeholder (TODO, TBD, lorem ipsum, ...).',
  'exemplar-label': 'Exemplars lack a label, or the question lacks a strong, a mid or a weak exemplar.',
  'dangling-reference': 'A follow-up target, related question or fact id points nowhere.',
  'red-flag-in-strong': "A red-flag phrase appears in the question's own strong exemplar.",
  calibration: 'Under the offline grader the exemplars do not score strong > mid > weak.',
  'too-many-findings': 'A file has more findings than are worth listing; the rest are counted, not shown.',
} as const;

/** At most this many findings are listed per file; one more finding counts the rest. */
export const MAX_FINDINGS_PER_FILE = 200;

/** Keeps the first MAX_FINDINGS_PER_FILE findings of each file (already sorted) and counts the rest. */
export function capFindings(findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const counts = new Map<string, number>();
  const dropped = new Map<string, { finding: Finding; count: number }>();
  for (const f of findings) {
    const n = (counts.get(f.file) ?? 0) + 1;
    counts.set(f.file, n);
    if (n <= MAX_FINDINGS_PER_FILE) out.push(f);
    else {
      const d = dropped.get(f.file) ?? { finding: f, count: 0 };
      d.count += 1;
      dropped.set(f.file, d);
    }
  }
  for (const [file, { finding, count }] of dropped) {
    out.push({
      file,
      line: finding.line,
      column: finding.column,
      severity: 'error',
      rule: 'too-many-findings',
      path: '',
      message: `${count} more findings in this file are not listed; fix the ones above and lint again`,
    });
  }
  return out;
}

export type RuleId = keyof typeof RULES;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}
