import type { Finding } from '../bank/findings.js';
import type { LoadedBank } from '../bank/load.js';
import { findingAt, questionSites } from '../bank/rules/rule.js';
import { EXEMPLAR_LABELS, type ExemplarLabel } from '../bank/vocabulary.js';
import { gradeOffline } from './offline.js';
import type { GradableQuestion } from './types.js';

/**
 * Calibration: under the offline grader, a question's exemplars must rank as labelled, every strong
 * one above every mid one and every mid one above every weak one. A question where they do not has
 * either a misleading exemplar or a rubric the grader cannot read; either way the candidate would get
 * the wrong signal, so lint reports it.
 */
export function calibrateBank(bank: LoadedBank): Finding[] {
  return questionSites(bank).flatMap((site) => {
    const q = site.question;
    const gradable: GradableQuestion = { id: q.id, text: q.prompt, round: q.round, rubric: q.rubric, bank: q };
    const scores = new Map<ExemplarLabel, number[]>(EXEMPLAR_LABELS.map((label) => [label, []]));
    for (const e of q.exemplars) scores.get(e.label)?.push(gradeOffline(e.text, gradable).score);
    const present = EXEMPLAR_LABELS.filter((label) => (scores.get(label) ?? []).length > 0);
    const findings: Finding[] = [];
    for (let i = 0; i + 1 < present.length; i++) {
      const [upper, lower] = [present[i] as ExemplarLabel, present[i + 1] as ExemplarLabel];
      const lowestUpper = Math.min(...(scores.get(upper) ?? []));
      const highestLower = Math.max(...(scores.get(lower) ?? []));
      if (lowestUpper > highestLower) continue;
      findings.push(
        findingAt(
          site,
          ['exemplars'],
          'calibration',
          `${upper} exemplar scores ${lowestUpper} but a ${lower} one scores ${highestLower} under the offline grader; sharpen the exemplars or the rubric signals`,
          'warning',
        ),
      );
    }
    return findings;
  });
}
