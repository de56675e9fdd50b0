import type { ChalkInstance } from 'chalk';
import type { CriterionScore, Flag, GradeResult, JudgeStatus } from '../grading/types.js';
import { sanitizeDeep } from './sanitize.js';
import { excerpt, wrapText } from './wrap.js';

/**
 * Text feedback for one GradeResult: the score out of 100, a bar per criterion, every flag with the
 * words that triggered it, and plainly which grader ran. Pure: returns a string.
 */
const BAR_WIDTH = 20;

export function renderGradeFeedback(untrusted: GradeResult, style: ChalkInstance, columns: number): string {
  // Quotes, the judge's words and the question are untrusted: no terminal control reaches the screen.
  const result = sanitizeDeep(untrusted);
  const sections = [
    `${style.bold('Score')} ${paintScore(result.score, style)}${style.dim('/100')}  ${style.dim(`(${result.wordCount} words)`)}`,
    renderGrader(result, style, columns),
    '',
    style.bold('Criteria'),
    ...result.criteria.map((c) => renderCriterion(c, result.criteria, style)),
  ];
  if (result.flags.length > 0) {
    sections.push('', style.bold('Flags'), ...result.flags.map((f) => renderFlag(f, style, columns)));
  }
  if (result.strengths.length > 0) {
    sections.push(
      '',
      style.bold('Strengths'),
      ...result.strengths.map((s) => wrapText(`+ ${s}`, columns, '  ')),
    );
  }
  if (result.gaps.length > 0) {
    sections.push('', style.bold('Gaps'), ...result.gaps.map((g) => wrapText(`- ${g}`, columns, '  ')));
  }
  return `${sections.join('\n')}\n`;
}

/** Says which grader produced the score, and why the model did not run when it did not. */
export function describeGrader(judge: JudgeStatus, heuristicScore: number): string {
  if (judge.status === 'ok') {
    const usage = judge.cached
      ? 'from the cache, no tokens used'
      : `${judge.tokens.prompt + judge.tokens.completion} tokens: ${judge.tokens.prompt} prompt + ${judge.tokens.completion} completion`;
    return `Graded by the LLM judge (${judge.model} at ${judge.endpoint}, ${usage}) merged with the offline heuristics (heuristic score ${heuristicScore}).`;
  }
  if (judge.status === 'unavailable') {
    return `Graded by the offline heuristics only: the model${judge.model ? ` ${judge.model}` : ''} was unavailable (${judge.reason}).`;
  }
  return `Graded by the offline heuristics only (${judge.reason}).`;
}

function renderGrader(result: GradeResult, style: ChalkInstance, columns: number): string {
  const text = describeGrader(result.judge, result.heuristicScore);
  return result.judge.status === 'unavailable'
    ? style.yellow(wrapText(text, columns))
    : style.dim(wrapText(text, columns));
}

function renderCriterion(c: CriterionScore, all: CriterionScore[], style: ChalkInstance): string {
  const nameWidth = Math.min(36, Math.max(...all.map((x) => x.name.length)));
  const filled = Math.round((Math.max(0, Math.min(5, c.score)) / 5) * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const name = excerpt(c.name, nameWidth).padEnd(nameWidth);
  const score = `${c.score.toFixed(1)}/5`;
  return `  ${name}  ${paintBar(bar, c.score, style)}  ${score}  ${style.dim(`weight ${c.weight}%`)}`;
}

function renderFlag(flag: Flag, style: ChalkInstance, columns: number): string {
  const mark =
    flag.severity === 'error'
      ? style.red('✖')
      : flag.severity === 'warning'
        ? style.yellow('!')
        : style.blue('i');
  const where = flag.line !== null ? style.dim(` (line ${flag.line})`) : '';
  const head = `  ${mark} ${style.bold(flag.id)}${where}: ${flag.message}`;
  const quote = flag.quote ? `\n${style.dim(wrapText(`"${flag.quote}"`, columns, '      '))}` : '';
  return `${head}${quote}`;
}

function paintScore(score: number, style: ChalkInstance): string {
  const text = String(Math.round(score));
  if (score >= 70) return style.green.bold(text);
  return score >= 45 ? style.yellow.bold(text) : style.red.bold(text);
}

function paintBar(bar: string, score: number, style: ChalkInstance): string {
  if (score >= 4) return style.green(bar);
  return score >= 2.5 ? style.yellow(bar) : style.red(bar);
}
