import type { Finding } from '../bank/findings.js';
import type { LoadedBank } from '../bank/load.js';
import { findingAt, questionSites } from '../bank/rules/rule.js';
import { gradeOffline } from './offline.js';
import type { GradableQuestion } from './types.js';

/**
 * Calibration: under the offline grader, each question's strong exemplar must out-score every weak
 * one. A question where it does not has either a misleading exemplar or a rubric the grader cannot
 * read; either way the candidate would get the wrong signal, so lint reports it.
 */
export function calibrateBank(bank: LoadedBank): Finding[] {
  return questionSites(bank).flatMap((site) => {
    const q = site.question;
    const gradable: GradableQuestion = {
      id: q.id,
      text: q.prompt,
      round: q.round,
      rubric: q.rubric,
      bank: q,
    };
    const scores = q.exemplars.map((e) => ({ label: e.label, score: gradeOffline(e.text, gradable).score }));
    const strong = scores.filter((s) => s.label === 'strong');
    const weak = scores.filter((s) => s.label === 'weak');
    if (strong.length === 0 || weak.length === 0) return [];
    const weakest = Math.min(...strong.map((s) => s.score));
    const best = Math.max(...weak.map((s) => s.score));
    if (weakest > best) return [];
    return [
      findingAt(
        site,
        ['exemplars'],
        'calibration',
        `strong exemplar scores ${weakest} but a weak one scores ${best} under the offline grader; sharpen the exemplars or the rubric signals`,
        'warning',
      ),
    ];
  });
}
