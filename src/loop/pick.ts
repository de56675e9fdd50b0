import type { LoadedQuestion } from '../bank/load.js';
import type { Question } from '../bank/schema.js';
import type { Level, Role } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';
import { matchQuestions, type QuestionHistory, selectQuestions } from '../session/select.js';
import type { LoopStep } from './plans.js';

/**
 * One question per loop step: the step's round for the role (and level, when given), due and unseen
 * questions first as in practice, then one on the step's topics when there is one, never the same
 * question twice in a loop (only one on them when the step says `onlyTopics`). When the level (then
 * the role) leaves nothing, it is relaxed, and the returned note says so.
 */
export function pickLoopQuestions(request: {
  steps: readonly LoopStep[];
  pool: readonly LoadedQuestion[];
  role: Role;
  level: Level | undefined;
  random: () => number;
  history: QuestionHistory;
}): { questions: Question[]; notes: string[] } {
  const used = new Set<string>();
  const questions: Question[] = [];
  const notes: string[] = [];
  for (const step of request.steps) {
    const attempts: { role?: Role; level?: Level; note?: string }[] = [
      { role: request.role, level: request.level },
      {
        role: request.role,
        note: `no ${request.level} ${step.round} question for ${request.role}; any level`,
      },
      { note: `no ${step.round} question for ${request.role}; any role` },
    ];
    let picked: Question | undefined;
    for (const filters of attempts) {
      const full = { round: step.round, role: filters.role, level: filters.level };
      if (matchQuestions(request.pool, full).length === 0) continue;
      const ordered = selectQuestions({
        questions: request.pool,
        filters: full,
        count: request.pool.length,
        random: request.random,
        history: request.history,
      }).filter((q) => !used.has(q.id));
      const onTopic = ordered.find((q) => q.topics.some((t) => step.topics.includes(t)));
      picked = step.onlyTopics ? onTopic : (onTopic ?? ordered[0]);
      if (picked) {
        if (filters.note && (filters.level !== request.level || filters.role !== request.role)) {
          notes.push(`${step.name}: ${filters.note}`);
        }
        break;
      }
    }
    if (!picked) {
      throw new UserError(`the bank has no ${step.round} question for the ${step.name} round`, {
        hint: 'use a bank with questions for every round of this loop (pm-coach list --round …)',
        exitCode: EXIT.USAGE,
      });
    }
    used.add(picked.id);
    questions.push(picked);
  }
  return { questions, notes };
}
