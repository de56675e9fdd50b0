import type { ChalkInstance } from 'chalk';
import type { Question } from '../bank/schema.js';
import type { JudgeConfig } from '../config/config.js';
import { toGradable } from '../grading/default-rubrics.js';
import type { GradableQuestion, GradeResult } from '../grading/types.js';
import { followUpBudget } from '../session/countdown.js';
import { addCutOffFlag } from '../session/cut-off.js';
import { planPhases } from '../session/phases.js';
import type { SessionSteps, StepOutcome } from '../session/runner.js';
import type { Capture, CaptureOutcome, FollowUpReply, QuestionRecord } from '../session/types.js';
import { saveAttempt } from '../store/attempts.js';
import { createDraftKeeper } from '../store/draft-keeper.js';
import type { AttemptRecord } from '../store/record.js';
import { renderFollowUpHeader, renderQuestionHeader } from '../ui/render-question.js';
import { renderQuestionFeedback, renderSummary } from '../ui/render-session.js';
import { startSpinner } from '../ui/spinner.js';
import { waitForEnter } from '../ui/wait-key.js';
import type { CommandContext } from './context.js';
import { captureText, type LiveSession } from './practice-capture.js';
import { gradeWithSpinner } from './practice-grade.js';

/**
 * The terminal side of each session step: prompts, captures, grading, saving and feedback. The order
 * of the steps lives in src/session/runner.ts; this file only says how each is done.
 */
export interface PracticeSettings {
  timeMs: number | undefined;
  offline: boolean;
  editorCommand: string | undefined;
  model: string | undefined;
  judgeConfig: JudgeConfig;
  /** Set by `pm-coach loop`: tags each saved attempt with the loop and its round. */
  loopTag?: ((question: Question) => AttemptRecord['loop']) | undefined;
  /** Set by `pm-coach loop --resume`: the text an interrupted round starts with. */
  initialText?: ((question: Question) => string | undefined) | undefined;
}

interface Deps {
  ctx: CommandContext;
  settings: PracticeSettings;
  live: LiveSession;
  style: ChalkInstance;
}

export function buildSteps(deps: Deps): SessionSteps {
  const { ctx, style } = deps;
  return {
    ask: (question, index, total) => askStep(deps, question, index, total),
    answer: (question) => answerStep(deps, question),
    followUps: (question, answer) => followUpsStep(deps, question, answer),
    grade: (question, answer, followUps) => gradeStep(deps, question, answer, followUps),
    feedback: async (record) => ctx.stdout.write(renderQuestionFeedback(record, style, columnsOf(ctx))),
    summary: async (records) => ctx.stdout.write(renderSummary(records, style)),
  };
}

function budgetOf(deps: Deps, question: Question): number {
  return deps.settings.timeMs ?? question.time.minutes * 60_000;
}

function columnsOf(ctx: CommandContext): number {
  return Math.max(40, ctx.stdout.columns || 80);
}

async function askStep(deps: Deps, question: Question, index: number, total: number): Promise<StepOutcome> {
  const { ctx, style, live, settings } = deps;
  if (index > 0) {
    ctx.stdout.write(
      style.dim(`\nPress Enter for question ${index + 1} of ${total}, Ctrl-C to stop here.\n`),
    );
    if ((await waitForEnter(ctx.stdin)) === 'stop') return { kind: 'cancelled', reason: 'ctrl-c' };
  }
  live.keeper = createDraftKeeper(ctx.dataDir, question, ctx.now(), () => ctx.now().getTime());
  const budgetMs = budgetOf(deps, question);
  const header = { question, index, total, budgetMs, editor: settings.editorCommand !== undefined };
  ctx.stdout.write(renderQuestionHeader(header, style, columnsOf(ctx)));
  return { kind: 'ready' };
}

function answerStep(deps: Deps, question: Question): Promise<CaptureOutcome> {
  const budgetMs = budgetOf(deps, question);
  const phases = question.round === 'system-design' ? question.time.phases : undefined;
  return captureText(deps.ctx, deps.live, deps.style, {
    budgetMs,
    phasePlan: phases ? planPhases(phases, budgetMs) : undefined,
    placeholder: 'Start typing your answer…',
    questionText: question.prompt,
    onText: (text, urgent) => deps.live.keeper?.setAnswer(text, urgent),
    editorCommand: deps.settings.editorCommand,
    initialText: deps.settings.initialText?.(question),
  });
}

async function followUpsStep(deps: Deps, question: Question, answer: Capture) {
  if (answer.text.trim() === '') return { kind: 'done' as const, replies: [] };
  const gradable = toGradable(question);
  // Grading code (and the model client behind it) loads after the answer, so the question shows at once.
  const [{ gradeAnswer }, { pickFollowUps }] = await Promise.all([
    import('../grading/grade-answer.js'),
    import('../grading/follow-ups.js'),
  ]);
  // A quick heuristic read of the answer picks the probes aimed at its weakest criteria.
  const first = await gradeAnswer({
    ...gradeContext(deps.ctx),
    answer: answer.text,
    question: gradable,
    offline: true,
  });
  const max = answer.budgetMs >= 10 * 60_000 ? 2 : 1;
  const prompts = await pickProbes(
    deps,
    { question: gradable, result: first, max, answer: answer.text },
    pickFollowUps,
  );
  const replies: FollowUpReply[] = [];
  for (const [index, prompt] of prompts.entries()) {
    const outcome = await askFollowUp(deps, prompt, { index, total: prompts.length }, answer.budgetMs);
    if (outcome.kind === 'cancelled') return { kind: 'cancelled' as const, reason: outcome.reason };
    const skipped = outcome.capture.text.trim() === '';
    replies.push({ prompt, capture: skipped ? undefined : outcome.capture });
  }
  return { kind: 'done' as const, replies };
}

/** With a model configured the panel's probes come from the judge (the bank's on any failure). */
async function pickProbes(
  deps: Deps,
  request: { question: GradableQuestion; result: GradeResult; max: number; answer: string },
  pick: typeof import('../grading/follow-ups.js').pickFollowUps,
): Promise<string[]> {
  const { settings, ctx } = deps;
  const online = !settings.offline && settings.judgeConfig?.mode !== 'offline';
  const spinner = online
    ? await startSpinner('The panel is reading your answer…', {
        enabled: ctx.stdout.isTTY,
        color: ctx.color,
        write: (line) => ctx.stdout.write(deps.style.dim(line)),
      })
    : undefined;
  const picked = await pick({
    ...request,
    offline: settings.offline,
    judgeConfig: settings.judgeConfig,
    packageRoot: ctx.packageRoot,
    random: ctx.random,
  });
  spinner?.succeed(
    picked.source === 'model' ? 'The panel has follow-up questions.' : 'Follow-up questions from the bank.',
  );
  return picked.probes;
}

function askFollowUp(
  deps: Deps,
  prompt: string,
  position: { index: number; total: number },
  budgetMs: number,
): Promise<CaptureOutcome> {
  const { ctx, live, style } = deps;
  const probeBudget = followUpBudget(budgetMs);
  ctx.stdout.write(
    renderFollowUpHeader(
      prompt,
      { ...position, budgetMs: probeBudget, editor: deps.settings.editorCommand !== undefined },
      style,
      columnsOf(ctx),
    ),
  );
  live.keeper?.setFollowUp(position.index, prompt, '', false);
  return captureText(ctx, live, style, {
    budgetMs: probeBudget,
    phasePlan: undefined,
    placeholder: 'Your reply… (Ctrl-D on an empty reply skips this probe)',
    questionText: prompt,
    onText: (text, urgent) => live.keeper?.setFollowUp(position.index, prompt, text, urgent),
    editorCommand: deps.settings.editorCommand,
  });
}

async function gradeStep(
  deps: Deps,
  question: Question,
  answer: Capture,
  followUps: FollowUpReply[],
): Promise<QuestionRecord> {
  const { ctx, settings } = deps;
  const graded = await gradeWithSpinner(ctx, deps.style, {
    ...gradeContext(ctx),
    answer: answer.text,
    question: toGradable(question),
    offline: settings.offline,
    judgeConfig: settings.judgeConfig,
    random: ctx.random,
    ...(settings.model ? { model: settings.model } : {}),
  });
  const result = addCutOffFlag(graded, answer);
  return {
    question,
    answer,
    followUps,
    result,
    savedTo: saveRecord(deps, question, answer, followUps, result),
  };
}

/** Saves the attempt and drops the draft; if saving fails the draft stays and the warning says where. */
function saveRecord(
  deps: Deps,
  question: Question,
  answer: Capture,
  followUps: FollowUpReply[],
  result: GradeResult,
): string | undefined {
  const { ctx, live, settings } = deps;
  try {
    const saved = saveAttempt(ctx.dataDir, {
      source: 'practice',
      savedAt: ctx.now(),
      question: toGradable(question),
      answer,
      followUps,
      result,
      model: settings.model,
      loop: settings.loopTag?.(question),
    });
    live.keeper?.discard();
    return saved.markdown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const draft = live.keeper?.flush();
    const where = draft ? `; your draft is at ${draft}` : '';
    ctx.stderr.write(`pm-coach: warning: could not save the attempt (${reason})${where}\n`);
    return undefined;
  }
}

function gradeContext(ctx: CommandContext) {
  return { env: ctx.env, dataDir: ctx.dataDir, configDir: ctx.configDir, packageRoot: ctx.packageRoot };
}
