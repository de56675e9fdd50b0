import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { LoadedQuestion } from '../bank/load.js';
import type { Question } from '../bank/schema.js';
import { loadQuestionsForUse } from '../bank/use.js';
import { LEVELS, type Level, ROLES, type Role } from '../bank/vocabulary.js';
import { resolveJudgeConfig } from '../config/config.js';
import { EXIT, UserError } from '../errors.js';
import { pickLoopQuestions } from '../loop/pick.js';
import { LOOP_PLANS, type LoopPlan, type LoopStep } from '../loop/plans.js';
import { buildReadout } from '../loop/readout.js';
import { type LoopState, listUnfinishedLoops, readLoopState, saveLoopState } from '../loop/state.js';
import { historyFrom, reviewQueue } from '../progress/schedule.js';
import { parseDuration } from '../session/duration.js';
import { createLedger } from '../session/ledger.js';
import { runSession, type SessionSteps } from '../session/runner.js';
import type { Capture, CaptureOutcome } from '../session/types.js';
import { readAttemptLog } from '../store/attempt-log.js';
import { writeFocus } from '../store/focus.js';
import { fileStamp } from '../store/write-atomic.js';
import { renderLoopPlan, renderReadout } from '../ui/render-readout.js';
import { onTermination, type TerminationSignal } from '../ui/signals.js';
import { makeStyle } from '../ui/style.js';
import { waitForEnter } from '../ui/wait-key.js';
import { readAttempts } from './attempts-input.js';
import type { CommandContext } from './context.js';
import { type AnswerFile, readAnswerFile } from './grade-input.js';
import { endOnSignal, type LiveSession, requireTerminal } from './practice-capture.js';
import { resolveEditorCommand } from './practice-options.js';
import { buildSteps, type PracticeSettings } from './practice-steps.js';

/**
 * `pm-coach loop`: the role's whole interview loop, round after round, then a hiring-committee
 * read-out. Progress lives in loops/<id>.json after every round, so Ctrl-C between rounds pauses and
 * `--resume` picks up; Ctrl-C, SIGTERM or a closed terminal inside a round keeps what was typed (as a
 * draft and in the loop file) and the resumed round opens with it.
 */

interface LoopOptions {
  role: Role | undefined;
  level: Level | undefined;
  offline: boolean;
  model: string | undefined;
  timeMs: number | undefined;
  editor: boolean;
  caseStudy: string | undefined;
  resume: string | true | undefined;
  bank: string | undefined;
}

function parseOptions(raw: Record<string, unknown>): LoopOptions {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  return {
    role: raw.role as Role | undefined,
    level: raw.level as Level | undefined,
    offline: raw.offline === true,
    model: text(raw.model),
    timeMs: raw.time === undefined ? undefined : parseDuration(String(raw.time)),
    editor: raw.editor === true,
    caseStudy: text(raw.caseStudy),
    resume: raw.resume === true ? true : text(raw.resume),
    bank: text(raw.bank),
  };
}

export async function run(
  _args: string[],
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<number> {
  if (typeof raw.show === 'string') {
    const { showLoop } = await import('./loop-show.js');
    return showLoop(ctx, raw.show.trim());
  }
  const options = parseOptions(raw);
  if (!options.role && !options.resume) {
    throw new UserError('loop needs --role (or --resume to continue a paused loop)', {
      hint: `e.g. pm-coach loop --role pm; roles: ${ROLES.join(', ')}; levels: ${LEVELS.join(', ')}`,
      exitCode: EXIT.USAGE,
    });
  }
  // Everything that can fail on input fails before the first clock starts.
  requireTerminal(
    ctx,
    'loop',
    "to grade a written take-home without a terminal, run 'pm-coach grade case.md --round case-study'",
  );
  const bank = await loadQuestionsForUse({ bank: options.bank, packageRoot: ctx.packageRoot, cwd: ctx.cwd });
  if (bank.warning) ctx.stderr.write(`pm-coach: warning: ${bank.warning}\n`);
  const saved = options.resume ? resumeState(ctx, options.resume) : undefined;
  const caseStudyFile = options.caseStudy ?? saved?.caseStudyFile ?? undefined;
  const caseStudy = caseStudyFile ? await readAnswerFile(caseStudyFile, ctx.cwd) : undefined;
  const state = saved ?? newState(ctx, options, bank.questions, caseStudy);
  // A resumed loop keeps how it started unless the flags say otherwise.
  options.offline ||= state.offline;
  options.timeMs ??= state.timeMs ?? undefined;
  const judge = await resolveJudgeConfig({
    flags: { model: options.model, offline: options.offline },
    env: ctx.env,
    configDir: ctx.configDir,
  });
  for (const warning of judge.warnings) ctx.stderr.write(`pm-coach: warning: ${warning}\n`);
  const plan = LOOP_PLANS[state.role];
  const questions = state.steps.map((s) => findQuestion(bank.questions, s.questionId, state));
  const takeHomeIndex = plan.steps.findIndex((s) => s.kind === 'take-home');
  const takeHomeOpen = takeHomeIndex >= 0 && state.steps[takeHomeIndex]?.attemptId === null;
  const editorCommand =
    options.editor || (takeHomeOpen && !caseStudy) ? editorFor(ctx, options.editor) : undefined;

  const style = makeStyle(ctx.color);
  ctx.stdout.write(
    renderLoopPlan(
      plan,
      plan.steps.map((step, i) => ({
        step,
        questionTitle: questions[i]?.title ?? '',
        minutes:
          step.kind === 'take-home' && caseStudy
            ? null
            : Math.max(
                1,
                Math.round((options.timeMs ?? (questions[i]?.time.minutes ?? 0) * 60_000) / 60_000),
              ),
        done: state.steps[i]?.attemptId !== null,
      })),
      style,
    ),
  );
  const settings: PracticeSettings = {
    timeMs: options.timeMs,
    offline: options.offline,
    editorCommand: options.editor ? editorCommand : undefined,
    model: options.model,
    judgeConfig: judge.config,
    contrast: bank.questions.map((q) => q.question),
    loopTag: (question) => ({ id: state.id, role: state.role, step: stepOf(plan, state, question).id }),
    initialText: (question) =>
      state.pending?.stepId === stepOf(plan, state, question).id ? state.pending.answer : undefined,
  };
  return runLoop({ ctx, plan, state, questions, settings, editorCommand, caseStudy });
}

function newState(
  ctx: CommandContext,
  options: LoopOptions,
  pool: LoadedQuestion[],
  caseStudy: AnswerFile | undefined,
): LoopState {
  const role = options.role as Role;
  const paused = listUnfinishedLoops(ctx.dataDir).find((l) => l.role === role);
  if (paused) {
    ctx.stderr.write(
      `pm-coach: note: a paused ${role} loop from ${paused.updatedAt.slice(0, 10)} is waiting; 'pm-coach loop --resume ${paused.id}' continues it\n`,
    );
  }
  const queue = reviewQueue(readAttempts(ctx), ctx.now());
  const plan = LOOP_PLANS[role];
  const picked = pickLoopQuestions({
    steps: plan.steps,
    pool,
    role,
    level: options.level,
    random: ctx.random,
    history: historyFrom(queue),
  });
  for (const note of picked.notes) ctx.stderr.write(`pm-coach: note: ${note}\n`);
  const takeHome = plan.steps.findIndex((s) => s.kind === 'take-home');
  if (caseStudy && takeHome >= 0) {
    // The written take-home answers the question its front matter names, when that is a bank case study.
    const named = pool.find((q) => q.question.id === caseStudy.question && q.question.round === 'case-study');
    if (named) picked.questions[takeHome] = named.question;
    else {
      ctx.stderr.write(
        `pm-coach: note: ${caseStudy.file} names no bank case study; it is graded as the answer to ${picked.questions[takeHome]?.id} (add 'question: <id>' front matter to choose)\n`,
      );
    }
  }
  const now = ctx.now().toISOString();
  const state: LoopState = {
    schemaVersion: 1,
    id: `${fileStamp(ctx.now())}-${role}-${randomBytes(2).toString('hex')}`,
    role,
    level: options.level ?? null,
    startedAt: now,
    updatedAt: now,
    status: 'in-progress',
    offline: options.offline,
    timeMs: options.timeMs ?? null,
    caseStudyFile: caseStudy ? path.resolve(ctx.cwd, caseStudy.file) : null,
    steps: plan.steps.map((step, i) => ({
      stepId: step.id,
      questionId: picked.questions[i]?.id ?? '',
      attemptId: null,
    })),
    pending: null,
  };
  saveLoopState(ctx.dataDir, state);
  return state;
}

function resumeState(ctx: CommandContext, resume: string | true): LoopState {
  if (resume !== true) return { ...readLoopState(ctx.dataDir, resume), status: 'in-progress' };
  const latest = listUnfinishedLoops(ctx.dataDir)[0];
  if (!latest) {
    throw new UserError('there is no paused loop to resume', {
      hint: 'start one with pm-coach loop --role pm|tpm|pgm',
      exitCode: EXIT.USAGE,
    });
  }
  const done = latest.steps.filter((s) => s.attemptId !== null).length;
  ctx.stdout.write(
    `Resuming the ${latest.role} loop ${latest.id}: ${done} of ${latest.steps.length} rounds done.\n`,
  );
  return { ...latest, status: 'in-progress' };
}

function findQuestion(pool: LoadedQuestion[], id: string, state: LoopState): Question {
  const found = pool.find((q) => q.question.id === id)?.question;
  if (found) return found;
  throw new UserError(`question '${id}' of loop ${state.id} is not in this bank`, {
    hint: 'resume with the bank the loop started with (--bank), or start a new loop',
    exitCode: EXIT.USAGE,
  });
}

function stepOf(plan: LoopPlan, state: LoopState, question: Question): LoopStep {
  const index = state.steps.findIndex((s) => s.questionId === question.id);
  const step = plan.steps[index];
  if (!step) throw new Error(`question ${question.id} is not part of loop ${state.id}`);
  return step;
}

function editorFor(ctx: CommandContext, asked: boolean): string {
  try {
    return resolveEditorCommand(ctx.env);
  } catch {
    throw new UserError(
      asked
        ? '--editor needs an editor: neither VISUAL nor EDITOR is set'
        : 'the take-home case study needs an editor or a file',
      {
        hint: 'set EDITOR (e.g. EDITOR=nano), or pass the written case study with --case-study answer.md',
        exitCode: EXIT.USAGE,
      },
    );
  }
}

interface LoopRun {
  ctx: CommandContext;
  plan: LoopPlan;
  state: LoopState;
  questions: Question[];
  settings: PracticeSettings;
  /** $EDITOR for the take-home (and every round with --editor). */
  editorCommand: string | undefined;
  /** The take-home read from --case-study. */
  caseStudy: { file: string; body: string } | undefined;
}

async function runLoop(run: LoopRun): Promise<number> {
  const { ctx, state, questions } = run;
  const style = makeStyle(ctx.color);
  const live: LiveSession = { capture: undefined, keeper: undefined };
  const remaining = questions.filter((_, i) => state.steps[i]?.attemptId === null);
  const save = () => {
    state.updatedAt = ctx.now().toISOString();
    saveLoopState(ctx.dataDir, state);
  };
  const dispose = onTermination((signal) => onSignal(run, live, signal, save));
  try {
    const result = await runSession(remaining, loopSteps(run, live, save));
    if (result.status === 'cancelled') {
      state.status = 'paused';
      save();
      const draft = live.keeper?.flush();
      const done = state.steps.filter((s) => s.attemptId !== null).length;
      ctx.stdout.write(
        `\nLoop paused after ${done} of ${state.steps.length} rounds${draft ? `; what you typed is kept (${draft})` : ''}.\nResume with: pm-coach loop --resume ${state.id}\n`,
      );
      return EXIT.INTERRUPTED;
    }
    return finish(run, style, save);
  } finally {
    dispose();
  }
}

function loopSteps(run: LoopRun, live: LiveSession, save: () => void): SessionSteps {
  const { ctx, plan, state, settings } = run;
  const style = makeStyle(ctx.color);
  const deps = { ctx, live, style };
  const inline = buildSteps({ ...deps, settings });
  const takeHome = buildSteps({ ...deps, settings: { ...settings, editorCommand: run.editorCommand } });
  const stepsFor = (q: Question) => (stepOf(plan, state, q).kind === 'take-home' ? takeHome : inline);
  let pendingAnswer: string | undefined;
  return {
    ask: async (question, index) => {
      const step = stepOf(plan, state, question);
      const number = state.steps.findIndex((s) => s.stepId === step.id) + 1;
      if (index > 0) {
        ctx.stdout.write(
          style.dim(`\nPress Enter for round ${number}: ${step.name}. Ctrl-C pauses the loop here.\n`),
        );
        if ((await waitForEnter(ctx.stdin)) === 'stop') return { kind: 'cancelled', reason: 'ctrl-c' };
      }
      ctx.stdout.write(style.bold(`\n━━ Round ${number} of ${state.steps.length}: ${step.name} ━━\n`));
      ctx.stdout.write(style.dim(`The panel is checking ${step.checks}.\n`));
      return stepsFor(question).ask(question, 0, 1);
    },
    answer: async (question) => {
      const step = stepOf(plan, state, question);
      const outcome: CaptureOutcome =
        step.kind === 'take-home' && run.caseStudy !== undefined
          ? fileCapture(run, question, run.caseStudy)
          : await stepsFor(question).answer(question);
      if (outcome.kind === 'cancelled') state.pending = { stepId: step.id, answer: outcome.text };
      else pendingAnswer = outcome.capture.text;
      return outcome;
    },
    followUps: async (question, answer) => {
      const step = stepOf(plan, state, question);
      if (step.kind === 'take-home')
        ctx.stdout.write(style.bold('\nPresentation: the panel stress-tests your take-home.\n'));
      const replies = await inline.followUps(question, answer);
      if (replies.kind === 'cancelled')
        state.pending = { stepId: step.id, answer: pendingAnswer ?? answer.text };
      return replies;
    },
    grade: async (question, answer, followUps) => {
      const record = await stepsFor(question).grade(question, answer, followUps);
      const index = state.steps.findIndex((s) => s.questionId === question.id);
      const entry = state.steps[index];
      if (entry && record.savedTo) entry.attemptId = attemptIdOf(record.savedTo);
      state.pending = null;
      save();
      return record;
    },
    feedback: async (record) => {
      ctx.stdout.write(
        `${style.green('✓')} Round recorded (${record.result.score}/100). ${style.dim('Feedback comes in the committee read-out at the end.')}\n`,
      );
    },
    summary: async () => {},
  };
}

/** The take-home given with --case-study: graded as written, then presented to the panel's probes. */
function fileCapture(run: LoopRun, question: Question, file: { file: string; body: string }): CaptureOutcome {
  const now = run.ctx.now().getTime();
  // The presentation's probes are timed from this budget, so a quick loop (--time) keeps them short.
  const budgetMs = run.settings.timeMs ?? question.time.minutes * 60_000;
  const capture: Capture = {
    text: file.body.replace(/^\s*\n/, ''),
    cutOff: false,
    budgetMs,
    startedAt: now,
    submittedAt: now,
    ledger: createLedger(budgetMs),
    mode: 'file',
  };
  run.ctx.stdout.write(`Your take-home is read from ${file.file}.\n`);
  return { kind: 'submitted', capture };
}

function attemptIdOf(markdownPath: string): string {
  return (markdownPath.split(/[\\/]/).pop() ?? '').replace(/\.md$/, '');
}

function finish(run: LoopRun, style: ReturnType<typeof makeStyle>, save: () => void): number {
  const { ctx, plan, state } = run;
  const records = new Map(readAttemptLog(ctx.dataDir).records.map((r) => [r.id, r]));
  const rounds = plan.steps.flatMap((step, i) => {
    const record = records.get(state.steps[i]?.attemptId ?? '');
    return record ? [{ step, record }] : [];
  });
  const missing = plan.steps.length - rounds.length;
  if (missing > 0) {
    ctx.stderr.write(
      `pm-coach: warning: ${missing} round(s) of this loop could not be read back; the read-out leaves them out\n`,
    );
  }
  const readout = buildReadout(plan, rounds);
  ctx.stdout.write(renderReadout(readout, style, ctx.stdout.columns || 80));
  ctx.stdout.write(style.dim(`Each round's full feedback: pm-coach loop --show ${state.id}\n`));
  writeFocus(ctx.dataDir, {
    savedAt: ctx.now().toISOString(),
    loopId: state.id,
    items: readout.practise.map((p) => ({ signal: p.signal, reason: p.reason })),
  });
  state.status = 'completed';
  save();
  return EXIT.OK;
}

function onSignal(run: LoopRun, live: LiveSession, signal: TerminationSignal, save: () => void): void {
  const { state } = run;
  endOnSignal(run.ctx, live, signal, {
    keep: (text) => {
      const current = state.steps.find((s) => s.attemptId === null);
      if (current && text.trim() !== '') state.pending = { stepId: current.stepId, answer: text };
      state.status = 'paused';
      save();
    },
    message: (draft) =>
      `\nLoop paused${draft ? `; draft saved to ${draft}` : ''}. Resume with: pm-coach loop --resume ${state.id}\n`,
  });
}
