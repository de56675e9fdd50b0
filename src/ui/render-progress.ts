import type { ChalkInstance } from 'chalk';
import type { Progress, RoundProgress, SignalProgress, Trend } from '../progress/progress.js';
import { signalName } from '../progress/signal-names.js';
import { scoreChart } from './chart.js';
import { roundLabel } from './render-question.js';
import { excerpt } from './wrap.js';

/** `pm-coach progress` as text: per-round charts, criteria lowest first, weakest areas, flags. */

export function renderProgressText(
  progress: Progress,
  style: ChalkInstance,
  options: { width: number; color: boolean },
): string {
  if (progress.attempts === 0) {
    return "No attempts yet. Run 'pm-coach practice' (or 'pm-coach grade answer.md --save') and come back.\n";
  }
  const out: string[] = [];
  const span = `${day(progress.firstAt)} to ${day(progress.lastAt)}`;
  out.push(style.bold(`Progress · ${plural(progress.attempts, 'attempt')} from ${span}`), '');
  for (const round of progress.rounds) {
    out.push(roundHeading(round, style));
    if (round.attempts > 1)
      out.push(
        scoreChart(
          round.series.map((p) => p.score),
          chartOptions(options),
        ),
      );
    out.push('');
  }
  // Criteria belong to one question each, so across questions they are summed up by the signal they
  // stand for; the per-criterion rows stay in --format json.
  out.push(
    style.bold('Signals') +
      style.dim(
        ' (mean out of 5 across questions, lowest first; trend = later half of scores against the earlier half)',
      ),
  );
  for (const s of progress.signals) out.push(signalLine(s, style));
  out.push('', style.bold('Weakest areas'));
  if (progress.weakest.length === 0) {
    out.push('  None below 3.5/5 on recent scores. Try harder questions: pm-coach practice --level senior');
  }
  for (const [i, area] of progress.weakest.entries()) {
    out.push(
      `  ${i + 1}. ${style.bold(signalName(area.signal))}  ${area.mean.toFixed(1)}/5 over ${plural(area.count, 'score')}`,
    );
    out.push(style.dim(`     ${area.description}`));
    if (area.seenIn.length > 0) out.push(style.dim(`     scored under: ${area.seenIn.join('; ')}`));
  }
  const flags = progress.flags.filter((f) => f.id !== 'judge-disagreement').slice(0, 3);
  if (flags.length > 0) {
    out.push('', style.bold('Most frequent flags'));
    for (const f of flags) out.push(`  ${f.id.padEnd(22)} ${f.count} of ${progress.attempts} attempts`);
  }
  out.push('', reviewLine(progress));
  return `${out.join('\n')}\n`;
}

function chartOptions(options: { width: number; color: boolean }) {
  return {
    width: Math.min(72, Math.max(30, options.width - 4)),
    height: 5,
    min: 0,
    max: 100,
    color: options.color,
  };
}

function roundHeading(round: RoundProgress, style: ChalkInstance): string {
  const facts =
    round.attempts === 1
      ? `one attempt: ${round.latest}`
      : `first ${round.first} · latest ${round.latest} · best ${round.best} · mean ${round.mean} · earlier half ${Math.round(round.earlier)} → later half ${Math.round(round.later)}: ${trendText(round.trend, round.change, 0)}`;
  return `${style.bold(roundLabel(round.round))} ${style.dim(`(${plural(round.attempts, 'attempt')})`)}  ${facts}`;
}

function signalLine(s: SignalProgress, style: ChalkInstance): string {
  const name = excerpt(signalName(s.signal), 52);
  const mean =
    s.mean < 3
      ? style.red(s.mean.toFixed(1))
      : s.mean < 4
        ? style.yellow(s.mean.toFixed(1))
        : style.green(s.mean.toFixed(1));
  return `  ${name.padEnd(52)} ${mean}  ${trendText(s.trend, s.change, 1).padEnd(16)} ${style.dim(plural(s.count, 'score'))}`;
}

export function trendText(trend: Trend, change: number, digits: number): string {
  if (trend === 'new') return 'new';
  const signed = `${change > 0 ? '+' : ''}${change.toFixed(digits)}`;
  if (trend === 'improving') return `▲ improving ${signed}`;
  if (trend === 'slipping') return `▼ slipping ${signed}`;
  return `● steady ${signed}`;
}

function reviewLine(progress: Progress): string {
  if (progress.review.due > 0) {
    return `${plural(progress.review.due, 'question')} due for review: pm-coach review`;
  }
  if (progress.review.nextDue) return `Nothing due for review until ${day(progress.review.nextDue)}.`;
  return 'Nothing scheduled for review yet (free-text answers are not scheduled).';
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
