import type { Finding } from '../bank/findings.js';
import type { LoadedBank } from '../bank/load.js';
import { findingAt, type QuestionSite, questionSites } from '../bank/rules/rule.js';
import { EXEMPLAR_LABELS, type ExemplarLabel } from '../bank/vocabulary.js';
import { gradeOffline } from './offline.js';
import type { GradableQuestion } from './types.js';

/** Offline scores of one question's exemplars, per label, in bank order. */
export interface ExemplarScores {
  site: QuestionSite;
  scores: Map<ExemplarLabel, number[]>;
}

export function exemplarScores(bank: LoadedBank): ExemplarScores[] {
  return questionSites(bank).map((site) => {
    const q = site.question;
    const gradable: GradableQuestion = {
      id: q.id,
      text: q.prompt,
      round: q.round,
      rubric: q.rubric,
      bank: q,
    };
    const scores = new Map<ExemplarLabel, number[]>(EXEMPLAR_LABELS.map((label) => [label, []]));
    for (const e of q.exemplars) scores.get(e.label)?.push(gradeOffline(e.text, gradable).score);
    return { site, scores };
  });
}

/** Each adjacent pair of labels (strong/mid, mid/weak, or strong/weak without a mid) that ranks wrongly. */
export function misrankedPairs(
  entry: ExemplarScores,
): { upper: ExemplarLabel; lower: ExemplarLabel; lowestUpper: number; highestLower: number }[] {
  const present = EXEMPLAR_LABELS.filter((label) => (entry.scores.get(label) ?? []).length > 0);
  const out = [];
  for (let i = 0; i + 1 < present.length; i++) {
    const [upper, lower] = [present[i] as ExemplarLabel, present[i + 1] as ExemplarLabel];
    const lowestUpper = Math.min(...(entry.scores.get(upper) ?? []));
    const highestLower = Math.max(...(entry.scores.get(lower) ?? []));
    if (lowestUpper <= highestLower) out.push({ upper, lower, lowestUpper, highestLower });
  }
  return out;
}

/**
 * Calibration: under the offline grader, a question's exemplars must rank as labelled, every strong
 * one above every mid one and every mid one above every weak one. A question where they do not has
 * either a misleading exemplar or a rubric the grader cannot read; either way the candidate would get
 * the wrong signal, so lint reports it.
 */
export function calibrateBank(bank: LoadedBank): Finding[] {
  return exemplarScores(bank).flatMap((entry) =>
    misrankedPairs(entry).map(({ upper, lower, lowestUpper, highestLower }) =>
      findingAt(
        entry.site,
        ['exemplars'],
        'calibration',
        `${upper} exemplar scores ${lowestUpper} but a ${lower} one scores ${highestLower} under the offline grader; sharpen the exemplars or the rubric signals`,
        'warning',
      ),
    ),
  );
}
