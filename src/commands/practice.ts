import type { LoadedQuestion } from '../bank/load.js';
import type { Question } from '../bank/schema.js';
import { loadQuestionsForUse } from '../bank/use.js';
import { BUILTIN_TOPICS, ROUNDS, type SignalId } from '../bank/vocabulary.js';
import { resolveJudgeConfig } from '../config/config.js';
import { EXIT, UserError } from '../errors.js';
import { historyFrom, type ReviewQueue, reviewQueue } from '../progress/schedule.js';
import { signalName } from '../progress/signal-names.js';
import { GRADER, type PracticeSettings } from '../session/ports.js';
import { createPracticeSteps } from '../session/practice-steps.js';
import { runSession } from '../session/runner.js';
import { matchQuestions, type QuestionHistory, selectQuestions } from '../session/select.js';
import type { PreviousAttempt } from '../session/types.js';
import { readFocus } from '../store/focus.js';
import type { AttemptRecord } from '../store/record.js';
import { askSessionSetup } from '../ui/ask.js';
import { roundLabel } from '../ui/render-question.js';
import { renderSummary } from '../ui/render-session.js';
import { onTermination, type TerminationSignal } from '../ui/signals.js';
import { makeStyle } from '../ui/style.js';
import { readAttempts } from './attempts-input.js';
import { type CommandContext, sessionEnv } from './context.js';
import { requireKnown, topicNames } from './did-you-mean.js';
import { endOnSignal, type LiveSession, requireTerminal } from './practice-capture.js';
import { type PracticeOptions, parsePracticeOptions, resolveEditorCommand } from './practice-options.js';
import { terminalPracticeUi } from './practice-ui.js';

/**
 * `pm-coach practice`: a timed mock interview. Checks that there is a terminal before anything else
 * (it must never wait on a pipe), resolves the judge and the bank before the clock starts (so a
 * config mistake cannot cost a typed answer), then runs the session. Every way out keeps typed text.
 */
const TERMINAL_HINT =
  "to grade a written answer without a terminal, run 'pm-coach grade answer.md --question <id>'";

export async function run(
  _args: string[],
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<number> {
  // Flags first: a mistyped --time is reported as such even in a pipe. Neither step reads stdin.
  const options = parsePracticeOptions(raw);
  const history = readHistory(ctx);
  // Right after a loop nothing is due yet; its focus areas are drilled instead of sending you away.
  const drill = options.due && history.queue.due.length === 0 ? readFocus(ctx.dataDir) : [];
  if (options.due && history.queue.due.length === 0 && drill.length === 0) {
    ctx.stdout.write(nothingDue(history.queue));
    return EXIT.OK;
  }
  requireTerminal(ctx, 'practice', TERMINAL_HINT);
  const editorCommand = options.editor ? resolveEditorCommand(ctx.env) : undefined;
  const judge = await resolveJudgeConfig({
    flags: { model: options.model, offline: options.offline },
    env: ctx.env,
    configDir: ctx.configDir,
  });
  for (const warning of judge.warnings) ctx.stderr.write(`pm-coach: warning: ${warning}\n`);
  const bank = await loadQuestionsForUse({ bank: options.bank, packageRoot: ctx.packageRoot, cwd: ctx.cwd });
  if (bank.warning) ctx.stderr.write(`pm-coach: warning: ${bank.warning}\n`);

  checkNames(options, bank);
  const pool = drill.length > 0 ? drillPool(ctx, bank.questions, drill) : bank.questions;
  const questions = await chooseQuestions(ctx, options, pool, history.history, drill.length > 0);
  if (!questions) return EXIT.INTERRUPTED;
  if (questions.length === 0) return EXIT.OK;
  const settings: PracticeSettings = {
    timeMs: options.timeMs,
    offline: options.offline,
    editorCommand,
    model: options.model,
    judgeConfig: judge.config,
    verbose: options.verbose,
    previous: (question) => history.previous.get(question.id),
    contrast: bank.questions.map((q) => q.question),
  };
  return runGuarded(ctx, settings, questions);
}

/** Questions whose rubric exercises a focus signal; the whole bank if none does. */
function drillPool(ctx: CommandContext, pool: LoadedQuestion[], focus: SignalId[]): LoadedQuestion[] {
  ctx.stdout.write(
    `Nothing is due for review yet, so this drills your focus: ${focus.map(signalName).join('; ')}.\n`,
  );
  const drills = pool.filter((q) => q.question.rubric.some((c) => c.signals.some((s) => focus.includes(s))));
  return drills.length > 0 ? drills : pool;
}

/** A mistyped topic or question id is exit 2 with the closest names, before any prompt or clock. */
function checkNames(
  options: PracticeOptions,
  bank: { questions: LoadedQuestion[]; topics: Record<string, string> },
) {
  if (options.topic) {
    const known = topicNames(bank.questions, bank.topics, BUILTIN_TOPICS);
    requireKnown({ kind: 'topic', value: options.topic, known, listCommand: 'pm-coach list --topics' });
  }
  if (options.questionId) {
    const known = bank.questions.map((q) => q.question.id);
    requireKnown({ kind: 'question id', value: options.questionId, known, listCommand: 'pm-coach list' });
  }
  if (!options.due && matchQuestions(bank.questions, options).length === 0) {
    throw new UserError('no question in the bank matches these filters', {
      hint: "drop one of them, or run 'pm-coach list' to see what each round, role, topic and level holds",
      exitCode: EXIT.USAGE,
    });
  }
}

/** Past attempts as the scheduler sees them; a damaged record is reported and skipped. */
function readHistory(ctx: CommandContext): {
  history: QuestionHistory;
  queue: ReviewQueue;
  previous: Map<string, PreviousAttempt>;
} {
  const records = readAttempts(ctx);
  const queue = reviewQueue(records, ctx.now(), readFocus(ctx.dataDir));
  return { history: historyFrom(queue), queue, previous: lastAttempts(records) };
}

/** The latest attempt per question id, for showing a redo beside it. */
function lastAttempts(records: readonly AttemptRecord[]): Map<string, PreviousAttempt> {
  const last = new Map<string, PreviousAttempt>();
  for (const r of records) {
    if (!r.question.id) continue;
    const known = last.get(r.question.id);
    if (known && known.at >= r.timings.submittedAt) continue;
    const criteria = r.grade.criteria.map((c) => ({ id: c.id, name: c.name, score: c.score }));
    last.set(r.question.id, { score: r.grade.score, at: r.timings.submittedAt, criteria });
  }
  return last;
}

function nothingDue(queue: ReviewQueue): string {
  if (!queue.next) {
    return "Nothing to review yet: graded bank questions are scheduled here. Start with 'pm-coach practice'.\n";
  }
  const when = queue.next.due.toISOString().slice(0, 16).replace('T', ' ');
  return `Nothing is due for review. Next: ${queue.next.questionId} at ${when} UTC. Meanwhile: pm-coach practice\n`;
}

/** Flags pick the questions; with neither --round nor --question, a short menu asks. */
async function chooseQuestions(
  ctx: CommandContext,
  options: PracticeOptions,
  pool: LoadedQuestion[],
  history: QuestionHistory,
  drilling = false,
): Promise<Question[] | undefined> {
  let { round, role, count } = options;
  if (!round && !options.questionId && !options.due) {
    const rounds = ROUNDS.map((r) => ({
      round: r,
      label: roundLabel(r),
      questions: matchQuestions(pool, { ...options, round: r }).length,
    }));
    const answers = await askSessionSetup({ input: ctx.stdin, rounds, role, count });
    if (!answers) return undefined;
    ({ round, role, count } = answers);
  }
  const filters = { round, role, topic: options.topic, level: options.level, questionId: options.questionId };
  const questions = selectQuestions({
    questions: pool,
    filters,
    count: count ?? 1,
    random: ctx.random,
    history,
    dueOnly: options.due && !drilling,
  });
  if (questions.length === 0) {
    // Due questions exist, but none in this bank matches the filters.
    ctx.stdout.write(
      'No question due for review matches these filters; drop some, or run pm-coach review --list.\n',
    );
    return [];
  }
  if (count !== undefined && questions.length < count && !options.questionId) {
    ctx.stderr.write(
      `pm-coach: only ${questions.length} question${questions.length === 1 ? '' : 's'} match; asking those\n`,
    );
  }
  return questions;
}

/** Runs the session with signal handlers that save the draft before the process ends. */
async function runGuarded(
  ctx: CommandContext,
  settings: PracticeSettings,
  questions: Question[],
): Promise<number> {
  const style = makeStyle(ctx.color);
  const live: LiveSession = { capture: undefined, keeper: undefined };
  const dispose = onTermination((signal) => onSignal(ctx, live, signal));
  try {
    const ui = terminalPracticeUi(ctx, live, style, { verbose: settings.verbose });
    const steps = createPracticeSteps({ env: sessionEnv(ctx), settings, ui, live, grading: GRADER });
    const result = await runSession(questions, steps);
    if (result.status === 'completed') return live.unsaved ? EXIT.USAGE : EXIT.OK;
    ctx.stdout.write(describeKept(live.keeper?.flush(), result.records.length, live));
    if (result.records.length > 1) ctx.stdout.write(renderSummary(result.records, style));
    return EXIT.INTERRUPTED;
  } finally {
    dispose();
  }
}

function onSignal(ctx: CommandContext, live: LiveSession, signal: TerminationSignal): void {
  endOnSignal(ctx, live, signal, { message: (draft) => describeKept(draft, 0, live) });
}

function describeKept(draftPath: string | undefined, saved: number, live?: LiveSession): string {
  if (draftPath) return `\nDraft saved to ${draftPath}\n`;
  const problem = live?.keeper?.problem();
  // The draft could not be written (read-only or full disk): what was typed goes to the screen.
  if (problem)
    return `\nThe draft could not be written (${problem}); here is what you typed:\n\n${live?.keeper?.text()}`;
  if (saved > 0)
    return `\nStopped. ${saved} graded answer${saved === 1 ? ' is' : 's are'} saved; nothing else was typed.\n`;
  return '\nNothing was typed, so no draft was saved.\n';
}
