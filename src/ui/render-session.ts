import type { ChalkInstance } from 'chalk';
import type { Question } from '../bank/schema.js';
import { formatElapsed } from '../session/countdown.js';
import type { Ledger } from '../session/ledger.js';
import { LEDGER_MOMENTS, type LedgerFirsts, type LedgerMoment } from '../session/ledger-firsts.js';
import { averageScore } from '../session/runner.js';
import type { FollowUpReply, QuestionRecord } from '../session/types.js';
import { renderBriefFeedback, renderGradeDetails, renderScoreLine } from './render-feedback.js';
import { roundLabel } from './render-question.js';
import { sanitizeDeep } from './sanitize.js';
import { excerpt, reflowText, wrapText } from './wrap.js';

/** The practice-only parts of feedback (ledger, follow-ups, the strong answer) and the summary table. */
const MOMENT_TEXT: Record<LedgerMoment, { label: string; missing: string }> = {
  'named-user': { label: 'First named user', missing: 'No user or persona named.' },
  'trade-off': { label: 'First trade-off', missing: 'No trade-off stated.' },
  'success-measure': { label: 'First success measure', missing: 'No success measure given.' },
};

/** The ledger's paragraphs, then when each moment came (the session found them with the grade). */
export function renderLedger(
  ledger: Ledger,
  firsts: LedgerFirsts,
  usedMs: number,
  style: ChalkInstance,
  columns: number,
): string {
  const lines = [
    style.bold(`Time ledger`) +
      style.dim(` (budget ${formatElapsed(ledger.budgetMs)}, used ${formatElapsed(usedMs)})`),
  ];
  ledger.paragraphs.forEach((p, i) => {
    const span = `${formatElapsed(p.startedMs)}–${formatElapsed(p.finishedMs)}`;
    lines.push(`  ¶${i + 1}  ${style.dim(span)}  ${excerpt(p.text, Math.max(20, columns - 22))}`);
  });
  if (ledger.paragraphs.length === 0) lines.push(style.dim('  nothing was written'));
  for (const moment of LEDGER_MOMENTS) {
    const hit = firsts[moment];
    const { label, missing } = MOMENT_TEXT[moment];
    lines.push(
      hit
        ? `  ${label} at ${formatElapsed(hit.atMs)} (${Math.round(hit.share * 100)}% of the time, ¶${hit.paragraph + 1})`
        : `  ${style.yellow(missing)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function renderFollowUps(replies: FollowUpReply[], style: ChalkInstance, columns: number): string {
  if (replies.length === 0) return '';
  const lines = [style.bold('Follow-ups')];
  for (const reply of replies) {
    lines.push(wrapText(`Q: ${reply.prompt}`, columns, '  '));
    if (!reply.capture) lines.push(style.dim('     skipped'));
    else {
      const cut = reply.capture.cutOff ? style.yellow(' (cut off)') : '';
      lines.push(`${wrapText(`A: ${excerpt(reply.capture.text, 400)}`, columns, '  ')}${cut}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** GradeResult.comparedToStrong, then the strong exemplar itself so the gap is visible. */
export function renderStrongComparison(
  compared: string[],
  question: Question,
  style: ChalkInstance,
  columns: number,
): string {
  const strong = question.exemplars.find((e) => e.label === 'strong');
  if (compared.length === 0 && !strong) return '';
  const lines = [style.bold('What a strong answer does differently')];
  lines.push(...compared.map((line) => wrapText(`→ ${line}`, columns, '  ')));
  if (strong) {
    lines.push(style.dim(wrapText(`Strong example (${strong.why})`, columns, '  ')));
    lines.push(style.dim(wrapText(reflowText(strong.text), columns, '  │ ')));
  }
  return `${lines.join('\n')}\n`;
}

/** The end of a multi-question session: one row per question. */
export function renderSummary(records: QuestionRecord[], style: ChalkInstance): string {
  const rows = records.map((r, i) => [
    String(i + 1),
    r.question.id,
    roundLabel(r.question.round),
    `${Math.round(r.result.score)}/100`,
    formatElapsed(r.answer.submittedAt - r.answer.startedAt),
    r.answer.cutOff ? 'cut off' : '',
  ]);
  const header = ['#', 'Question', 'Round', 'Score', 'Time', ''];
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((row) => (row[col] ?? '').length)));
  const format = (row: string[]) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd();
  const average = averageScore(records.map((r) => r.result)) ?? 0;
  return [
    '',
    style.bold('Session summary'),
    style.dim(format(header)),
    ...rows.map(format),
    style.bold(`Average ${average}/100 over ${records.length} question${records.length === 1 ? '' : 's'}`),
    '',
  ].join('\n');
}

/** Probe outcomes in one line each: whether the reply repaired what the probe asked about. */
export function renderProbeVerdicts(replies: FollowUpReply[], style: ChalkInstance, columns: number): string {
  const lines = replies.flatMap((r, i) => {
    if (!r.verdict) return [];
    const { points, reason } = r.verdict;
    const sign =
      points > 0 ? style.green(`+${points}`) : points < 0 ? style.red(String(points)) : style.dim('+0');
    return [`  Probe ${i + 1}: ${excerpt(reason, Math.max(20, columns - 20))} ${sign}`];
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** A redo: this attempt beside the last one at the same question, overall and per criterion. */
export function renderBesideLast(record: QuestionRecord, style: ChalkInstance, columns: number): string {
  const last = record.previous;
  if (!last) return '';
  const delta = Math.round(record.result.score - last.score);
  const sign = delta > 0 ? style.green(`+${delta}`) : delta < 0 ? style.red(String(delta)) : '±0';
  const lines = [
    `  Beside your last attempt (${last.at.slice(0, 10)}): ${Math.round(last.score)} → ${Math.round(record.result.score)} (${sign})`,
  ];
  const changes = record.result.criteria.flatMap((c) => {
    const before = last.criteria.find((p) => p.id === c.id);
    return before && Math.abs(before.score - c.score) >= 0.1
      ? [`${c.name} ${before.score.toFixed(1)} → ${c.score.toFixed(1)}`]
      : [];
  });
  if (changes.length > 0) lines.push(style.dim(wrapText(changes.join('; '), columns - 1, '    ')));
  return `${lines.join('\n')}\n`;
}

/**
 * What is shown after one question. First what fits a screen: the score with its ledger line, one
 * line per criterion with the reason, the thing to fix first and the probe outcomes. With --verbose
 * the rest follows (flags with quotes, strengths, gaps, time ledger, probes, the strong answer), and
 * the score line is repeated last, so the last screen always shows it.
 */
export function renderQuestionFeedback(
  untrusted: QuestionRecord,
  style: ChalkInstance,
  columns: number,
  options: { verbose: boolean } = { verbose: false },
): string {
  // The answer, the bank's exemplar and the model's follow-ups are all untrusted text.
  const record = sanitizeDeep(untrusted);
  const used = record.answer.submittedAt - record.answer.startedAt;
  const saved = record.savedTo
    ? style.dim(`Saved to ${record.savedTo}\n`)
    : style.yellow('This attempt was not saved.\n');
  const brief = [
    `\n${style.bold.underline(`Feedback · ${record.question.id}`)}`,
    renderBriefFeedback(record.result, style, columns) +
      renderProbeVerdicts(record.followUps, style, columns) +
      renderBesideLast(record, style, columns),
  ];
  if (!options.verbose) {
    const more = style.dim(
      wrapText(
        `More (flags with quotes, time ledger, probes, the strong example): pm-coach practice --verbose, or study it with pm-coach show ${record.question.id}.`,
        columns - 1,
      ),
    );
    return [...brief, `${saved}${more}\n`].join('\n');
  }
  const parts = [
    ...brief,
    renderGradeDetails(record.result, style, columns),
    renderLedger(record.answer.ledger, record.firsts, used, style, columns),
    renderFollowUps(record.followUps, style, columns),
    renderStrongComparison(record.result.comparedToStrong, record.question, style, columns),
    saved + renderScoreLine(record.result, style, columns),
  ];
  return `${parts.filter((p) => p !== '').join('\n')}\n`;
}
