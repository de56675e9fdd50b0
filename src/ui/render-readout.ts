import type { ChalkInstance } from 'chalk';
import type { LoopStep } from '../loop/plans.js';
import type { Readout, Recommendation } from '../loop/readout.js';
import { signalName } from '../progress/signal-names.js';
import { excerpt, wrapText } from './wrap.js';

/** The loop's opening plan and its closing hiring-committee read-out. */

export function renderLoopPlan(
  plan: { title: string; source: string; notSimulated: string[] },
  /** minutes: the clock here, or null for a take-home read from a file. */
  steps: readonly { step: LoopStep; questionTitle: string; minutes: number | null; done: boolean }[],
  style: ChalkInstance,
): string {
  const lines = [style.bold(`\n${plan.title}`) + style.dim(`  (from "${plan.source}")`)];
  for (const [i, s] of steps.entries()) {
    const mark = s.done ? style.green('✓') : ' ';
    lines.push(
      `${mark} ${i + 1}. ${style.bold(s.step.name)} ${style.dim(`· ${s.minutes === null ? 'written beforehand' : `${s.minutes} min here`}, ${s.step.realMinutes} in the real loop`)}`,
    );
    lines.push(style.dim(`     ${s.questionTitle}`));
  }
  for (const note of plan.notSimulated) lines.push(style.dim(`  Not simulated: ${note}`));
  lines.push(
    style.dim('  Between rounds: Enter continues, Ctrl-C pauses (pm-coach loop --resume picks up).'),
    '',
  );
  return `${lines.join('\n')}\n`;
}

const VERDICT: Record<Recommendation, string> = {
  'strong hire': 'Strong hire',
  hire: 'Hire',
  'lean no hire': 'Lean no hire',
  'no hire': 'No hire',
};

export function renderReadout(readout: Readout, style: ChalkInstance, columns: number): string {
  const width = Math.max(40, Math.min(columns, 100));
  const lines = ['', style.bold(`Hiring committee read-out · ${readout.title}`), ''];
  for (const round of readout.rounds) {
    const grader = round.grader === 'heuristic' ? style.dim(' (offline heuristics)') : '';
    lines.push(`${style.bold(round.name.padEnd(40))} ${String(round.score).padStart(3)}/100${grader}`);
    if (round.best) lines.push(evidenceLine('+', round.best, style, width));
    if (round.worst && round.worst !== round.best) lines.push(evidenceLine('−', round.worst, style, width));
    if (round.flags.length > 0) lines.push(style.dim(`    flags: ${round.flags.join(', ')}`));
  }
  lines.push('', style.bold('Signals the committee weighs for this role'));
  for (const group of readout.groups) {
    const value = group.mean === null ? 'not scored' : `${group.mean.toFixed(1)}/5`;
    const decisive = group.decisive ? style.cyan('  ← offers turn on this') : '';
    lines.push(`  ${group.name.padEnd(26)} ${value}${decisive}`);
  }
  const verdict = VERDICT[readout.recommendation];
  const paint = readout.recommendation.endsWith('no hire') ? style.red : style.green;
  lines.push(
    '',
    `${style.bold('Recommendation:')} ${paint.bold(verdict)} ${style.dim(`(overall ${readout.overall}/100)`)}`,
  );
  for (const reason of readout.reasons) lines.push(`  - ${wrapText(reason, width, '    ').trimStart()}`);
  if (readout.offlineRounds > 0) {
    lines.push(
      style.dim(
        `  ${readout.offlineRounds} round${readout.offlineRounds === 1 ? ' was' : 's were'} graded by the offline heuristics only; a model judge reads reasoning better.`,
      ),
    );
  }
  lines.push('', style.bold('Practise next'));
  for (const [i, item] of readout.practise.entries()) {
    lines.push(`  ${i + 1}. ${style.bold(signalName(item.signal))} ${item.mean.toFixed(1)}/5`);
    lines.push(style.dim(wrapText(item.reason, width, '     ')));
  }
  lines.push(
    style.dim('  Saved as your focus: pm-coach review drills these first, even when nothing is due yet.'),
    '',
  );
  return `${lines.join('\n')}\n`;
}

function evidenceLine(
  sign: string,
  item: { criterion: string; score: number; quote: string | null },
  style: ChalkInstance,
  width: number,
): string {
  const head = `    ${sign} ${item.criterion} ${item.score.toFixed(1)}/5`;
  const quote = item.quote
    ? style.dim(` “${excerpt(item.quote, Math.max(20, width - head.length - 4))}”`)
    : '';
  return `${head}${quote}`;
}
