import type { ChalkInstance } from 'chalk';
import { ledgerLine } from '../grading/score.js';
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
  return renderSanitizedFeedback(sanitizeDeep(untrusted), style, columns);
}

/**
 * renderGradeFeedback for a result that came out of sanitizeDeep already (grade text sanitizes the
 * file and result together): walking and copying it a second time was a fifth of `grade`'s rendering.
 */
export function renderSanitizedFeedback(result: GradeResult, style: ChalkInstance, columns: number): string {
  const sections = [
    `${style.bold('Score')} ${paintScore(result.score, style)}${style.dim('/100')}  ${style.dim(`(${result.wordCount} words)`)}`,
    // The arithmetic behind the number, so criteria at 2/5 next to "0/100" are never a mystery.
    style.dim(wrapText(`How: ${ledgerLine(result.ledger)}`, columns)),
    renderGrader(result, style, columns),
    '',
    style.bold('Criteria'),
    ...result.criteria.map((c) => renderCriterion(c, result.criteria, style)),
  ];
  const details = renderGradeDetails(result, style, columns);
  return details ? `${sections.join('\n')}\n\n${details}` : `${sections.join('\n')}\n`;
}

/** Flags with the words that raised them, strengths and gaps: the part below the brief feedback. */
export function renderGradeDetails(result: GradeResult, style: ChalkInstance, columns: number): string {
  const sections: string[] = [];
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
  return sections.length > 0 ? `${sections.slice(1).join('\n')}\n` : '';
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

/** The score with its arithmetic: "Score 62/100 · rubric 70, no-metrics -6, probe 1 +4 = 62". */
export function renderScoreLine(result: GradeResult, style: ChalkInstance, columns: number): string {
  const head = `${style.bold('Score')} ${paintScore(result.score, style)}${style.dim('/100')}`;
  return `${head} ${style.dim(wrapText(`· ${ledgerLine(result.ledger)}`, columns - 12).replace(/\n/g, ' '))}`;
}

/**
 * The part of the feedback that fits one screen: the score line, one line per criterion with its
 * score and the reason, and the single thing to fix first.
 */
export function renderBriefFeedback(result: GradeResult, style: ChalkInstance, columns: number): string {
  const nameWidth = Math.min(30, Math.max(...result.criteria.map((c) => c.name.length)));
  const lines = [renderScoreLine(result, style, columns), renderGrader(result, style, columns)];
  for (const c of result.criteria) {
    const name = excerpt(c.name, nameWidth).padEnd(nameWidth);
    const room = columns - nameWidth - 12;
    // On a narrow screen the reason gets a row of its own rather than being cut to a few words.
    if (room >= 40 || !c.reasoning) {
      const reason = c.reasoning ? excerpt(c.reasoning, Math.max(20, room)) : '';
      lines.push(`  ${name}  ${paintCriterion(c.score, style)}  ${style.dim(reason)}`);
    } else {
      lines.push(`  ${name}  ${paintCriterion(c.score, style)}`);
      lines.push(style.dim(`    ${excerpt(c.reasoning, Math.max(20, columns - 5))}`));
    }
  }
  const fix = fixFirst(result);
  if (fix) lines.push(wrapText(`${style.bold('Fix first:')} ${fix}`, columns - 1));
  return `${lines.join('\n')}\n`;
}

/** The gate or penalty that cost the most, else the first gap, else the weakest criterion's reason. */
export function fixFirst(result: GradeResult): string | undefined {
  const errors = result.flags.filter((f) => f.severity === 'error');
  if (errors[0]) return errors[0].message;
  const penalties = result.ledger.entries
    .filter((e) => e.kind === 'penalty')
    .sort((a, b) => b.points - a.points);
  const top = penalties[0] ? result.flags.find((f) => f.id === penalties[0]?.id) : undefined;
  if (top) return top.message;
  if (result.gaps[0]) return result.gaps[0];
  const weakest = [...result.criteria].sort((a, b) => a.score - b.score)[0];
  return weakest ? `${weakest.name}: ${weakest.reasoning}` : undefined;
}

function paintCriterion(score: number, style: ChalkInstance): string {
  const text = `${score.toFixed(1)}/5`;
  if (score >= 4) return style.green(text);
  return score >= 2.5 ? style.yellow(text) : style.red(text);
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
