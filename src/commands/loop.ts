import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import type { Question } from '../bank/schema.js';
import { loadQuestionsForUse } from '../bank/use.js';
import { LEVELS, ROLES, type Role } from '../bank/vocabulary.js';
import { resolveJudgeConfig } from '../config/config.js';
import { EXIT, UserError } from '../errors.js';
import { LOOP_PLANS, type LoopPlan } from '../loop/plans.js';
import { keepOnSignal, loopSaver, runLoop } from '../loop/run-loop.js';
import { findQuestion, resumeLoop, roundsDone, startLoop, stepOf } from '../loop/start.js';
import type { LoopState } from '../loop/state.js';
import { GRADER, type PracticeSettings } from '../session/ports.js';
import { budgetOf, createPracticeSteps } from '../session/practice-steps.js';
import { renderLoopPlan } from '../ui/render-readout.js';
import { onTermination } from '../ui/signals.js';
import { makeStyle } from '../ui/style.js';
import { readAttempts } from './attempts-input.js';
import { type CommandContext, sessionEnv } from './context.js';
import { type AnswerFile, readAnswerFile } from './grade-input.js';
import { editorFor, type LoopOptions, parseLoopOptions } from './loop-options.js';
import { planRows, renderLoopOutcome, terminalLoopUi } from './loop-ui.js';
import { endOnSignal, type LiveSession, requireTerminal } from './practice-capture.js';
import { terminalPracticeUi } from './practice-ui.js';

/**
 * `pm-coach loop`: the role's whole interview loop, round after round, then a hiring-committee
 * read-out (run by src/loop/run-loop.ts). Progress lives in loops/<id>.json after every round, so
 * Ctrl-C between rounds pauses and `--resume` picks up; Ctrl-C, SIGTERM or a closed terminal inside
 * a round keeps what was typed (as a draft and in the loop file) and the resumed round opens with it.
 * This file parses the flags, wires the terminal to the core and renders what it returns.
 */
export async function run(
  _args: string[],
  raw: Record<string, unknown>,
  ctx: CommandContext,
): Promise<number> {
  if (typeof raw.show === 'string') {
    const { showLoop } = await import('./loop-show.js');
    return showLoop(ctx, raw.show.trim());
  }
  const options = parseLoopOptions(raw);
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
  const loop = await prepare(ctx, options);
  const style = makeStyle(ctx.color);
  const clock = { timeMs: options.timeMs, fromFile: loop.caseStudy !== undefined };
  ctx.stdout.write(renderLoopPlan(loop.plan, planRows(loop.plan, loop.state, loop.questions, clock), style));
  return runInTerminal(ctx, loop, style);
}

/** What a loop run needs, every input checked before the first clock starts. */
interface PreparedLoop {
  plan: LoopPlan;
  state: LoopState;
  questions: Question[];
  settings: PracticeSettings;
  /** $EDITOR for the take-home (and every round with --editor). */
  editorCommand: string | undefined;
  caseStudy: AnswerFile | undefined;
}

async function prepare(ctx: CommandContext, options: LoopOptions): Promise<PreparedLoop> {
  const bank = await loadQuestionsForUse({ bank: options.bank, packageRoot: ctx.packageRoot, cwd: ctx.cwd });
  if (bank.warning) ctx.stderr.write(`pm-coach: warning: ${bank.warning}\n`);
  const saved = options.resume ? resumed(ctx, options.resume) : undefined;
  const caseStudyFile = options.caseStudy ?? saved?.caseStudyFile ?? undefined;
  const caseStudy = caseStudyFile ? await readAnswerFile(caseStudyFile, ctx.cwd) : undefined;
  const state = saved ?? started(ctx, options, bank.questions, caseStudy);
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
  return { plan, state, questions, settings, editorCommand, caseStudy };
}

/** Wires the terminal to the loop core, with signal handlers that pause the loop, and renders the end. */
async function runInTerminal(ctx: CommandContext, loop: PreparedLoop, style: ChalkInstance): Promise<number> {
  const { state, settings } = loop;
  const live: LiveSession = { capture: undefined, keeper: undefined };
  const practice = (editor: string | undefined) =>
    createPracticeSteps({
      env: sessionEnv(ctx),
      settings: { ...settings, editorCommand: editor },
      ui: terminalPracticeUi(ctx, live, style),
      live,
      grading: GRADER,
    });
  const save = loopSaver(ctx.dataDir, state, ctx.now);
  const dispose = onTermination((signal) =>
    endOnSignal(ctx, live, signal, {
      keep: (text) => keepOnSignal(state, text, save),
      message: (draft) =>
        `\nLoop paused${draft ? `; draft saved to ${draft}` : ''}. Resume with: pm-coach loop --resume ${state.id}\n`,
    }),
  );
  try {
    const outcome = await runLoop({
      dataDir: ctx.dataDir,
      plan: loop.plan,
      state,
      questions: loop.questions,
      live,
      inline: practice(settings.editorCommand),
      takeHome: practice(loop.editorCommand),
      caseStudy: loop.caseStudy,
      budgetMs: (question) => budgetOf(settings, question),
      ui: terminalLoopUi(ctx, style),
      now: ctx.now,
    });
    renderLoopOutcome(ctx, style, state, outcome);
    return outcome.status === 'paused' ? EXIT.INTERRUPTED : EXIT.OK;
  } finally {
    dispose();
  }
}

function started(
  ctx: CommandContext,
  options: LoopOptions,
  pool: Parameters<typeof startLoop>[0]['pool'],
  caseStudy: AnswerFile | undefined,
): LoopState {
  const { state, notes } = startLoop({
    dataDir: ctx.dataDir,
    now: ctx.now(),
    random: ctx.random,
    role: options.role as Role,
    level: options.level,
    offline: options.offline,
    timeMs: options.timeMs,
    pool,
    records: readAttempts(ctx),
    caseStudy: caseStudy && {
      file: caseStudy.file,
      path: path.resolve(ctx.cwd, caseStudy.file),
      question: caseStudy.question,
    },
  });
  for (const note of notes) ctx.stderr.write(`pm-coach: note: ${note}\n`);
  return state;
}

function resumed(ctx: CommandContext, resume: string | true): LoopState {
  const { state, latest } = resumeLoop(ctx.dataDir, resume);
  if (latest) {
    ctx.stdout.write(
      `Resuming the ${state.role} loop ${state.id}: ${roundsDone(state)} of ${state.steps.length} rounds done.\n`,
    );
  }
  return state;
}
