import type { ChalkInstance } from 'chalk';
import type { GradeRequest } from '../grading/grade-answer.js';
import type { GradeResult } from '../grading/types.js';
import { startSpinner } from '../ui/spinner.js';
import type { CommandContext } from './context.js';

/** gradeAnswer behind a spinner (TTY only), which names the model while a request is out. */
export async function gradeWithSpinner(
  ctx: CommandContext,
  style: ChalkInstance,
  request: GradeRequest,
): Promise<GradeResult> {
  const spinner = await startSpinner('Grading your answer…', {
    enabled: ctx.stdout.isTTY,
    color: ctx.color,
    write: (line) => ctx.stdout.write(style.dim(line)),
  });
  try {
    const { gradeAnswer } = await import('../grading/grade-answer.js');
    const result = await gradeAnswer({
      ...request,
      onJudgeStart: ({ model, endpoint }) =>
        spinner.update(`Grading your answer with ${model} at ${endpoint}…`),
    });
    spinner.succeed(describeOutcome(result));
    return result;
  } catch (error) {
    spinner.fail('Grading failed.');
    throw error;
  }
}

function describeOutcome(result: GradeResult): string {
  if (result.grader === 'llm+heuristic') return 'Graded by the LLM judge and the heuristics.';
  if (result.judge.status === 'unavailable') {
    return `LLM judge unavailable (${result.judge.reason}); graded by the offline heuristics only.`;
  }
  return 'Graded by the offline heuristics.';
}
