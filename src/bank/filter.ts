import type { LoadedQuestion } from './load.js';
import type { Level, Role, Round } from './vocabulary.js';

export interface QuestionFilter {
  round?: Round;
  role?: Role;
  topic?: string;
  level?: Level;
}

export function filterQuestions(
  questions: readonly LoadedQuestion[],
  filter: QuestionFilter,
): LoadedQuestion[] {
  return questions.filter(({ question: q }) => {
    if (filter.round && q.round !== filter.round) return false;
    if (filter.role && !q.roles.includes(filter.role)) return false;
    if (filter.topic && !q.topics.includes(filter.topic)) return false;
    if (filter.level && q.level !== filter.level) return false;
    return true;
  });
}
