import type { ChalkInstance } from 'chalk';
import type { Question } from '../bank/schema.js';
import type { JudgeConfig } from '../config/config.js';
import { toGradable } from '../grading/default-rubrics.js';
import type { Probe } from '../grading/probes.js';
import type { GradableQuestion, GradeResult } from '../grading/types.js';
import { followUpBudget } from '../session/countdown.js';
import { planPhases } from '../session/phases.js';
import { type FirstRead, finishGrade, gradeReplies, readAnswer } from '../session/question-flow.js';
import type { SessionSteps, StepOutcome } from '../session/runner.js';
import type {
  Capture,
  CaptureOutcome,
  FollowUpReply,
  PreviousAttempt,
  QuestionRecord,
} from '../session/types.js';
import { saveAttempt } from '../store/attempts.js';
import { createDraftKeeper } from '../store/draft-keeper.js';
import { latestDraft, removeDraftFile } from '../store/drafts.js';
import type { AttemptRecord } from '../store/record.js';
import { renderFollowUpHeader, renderQuestionHeader } from '../ui/render-question.js';
import { renderQuestionFeedback, renderSummary } from '../ui/render-session.js';
import { startSpinner } from '../ui/spinner.js';
import { waitForEnter, waitForKey } from '../ui/wait-key.js';
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
  /** The last earlier attempt at a question, to show a redo beside it. */
  previous?: ((question: Question) => PreviousAttempt | undefined) | undefined;
  /** The bank the question came from: the contrast set that tells an off-topic answer. */
  contrast?: readonly Question[] | undefined;
  /** --verbose: all the feedback; otherwise what fits a screen, and where the rest is. */
  verbose?: boolean | undefined;
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
  /** The offline read of each answer, made once when its probes are picked and reused by its grade. */
  firstRead: Map<Question, FirstRead>;
  /** Text of a saved draft the candidate chose to resume, per question. */
  resumed: Map<Question, string>;
}

/** How many probes follow an answer: two when the answer had a long budget, else one. */
const PROBES = { longBudgetMs: 10 * 60_000, long: 2, short: 1 } as const;

export function buildSteps(input: Omit<Deps, 'firstRead' | 'resumed'>): SessionSteps {
  const deps: Deps = { ...input, firstRead: new Map(), resumed: new Map() };
  const { ctx, style } = deps;
  return {
    ask: (question, index, total) => askStep(deps, question, index, total),
    answer: (question) => answerStep(deps, question),
    followUps: (question, answer) => followUpsStep(deps, question, answer),
    grade: (question, answer, followUps) => gradeStep(deps, question, answer, followUps),
    feedback: async (record) =>
      ctx.stdout.write(
        renderQuestionFeedback(record, style, columnsOf(ctx), { verbose: deps.settings.verbose === true }),
      ),
    summary: async (records) => ctx.stdout.write(renderSummary(records, style)),
    empty: async () => {
      deps.live.keeper?.discard();
      ctx.stdout.write(style.yellow('Nothing was written, so no attempt was recorded.\n'));
    },
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
  live.keeper = createDraftKeeper(
    ctx.dataDir,
    question,
    ctx.now(),
    () => ctx.now().getTime(),
    (reason) => {
      const text = `pm-coach: drafts cannot be written (${reason}); your text is kept in memory and printed at the end if it cannot be saved.`;
      if (live.capture?.editor.notice) live.capture.editor.notice(text);
      else ctx.stderr.write(`${text}\n`);
    },
  );
  const budgetMs = budgetOf(deps, question);
  const header = { question, index, total, budgetMs, editor: settings.editorCommand !== undefined };
  ctx.stdout.write(renderQuestionHeader(header, style, columnsOf(ctx)));
  if (!settings.initialText?.(question) && (await offerDraft(deps, question)) === 'stop') {
    return { kind: 'cancelled', reason: 'ctrl-c' };
  }
  return { kind: 'ready' };
}

/** A saved draft of this question is offered back: r resumes it, any other key starts blank. */
async function offerDraft(deps: Deps, question: Question): Promise<'stop' | undefined> {
  const { ctx, style } = deps;
  const draft = latestDraft(ctx.dataDir, question.id);
  if (!draft) return undefined;
  const words = draft.answer.split(/\s+/).filter(Boolean).length;
  const when = draft.savedAt.toISOString().slice(0, 16).replace('T', ' ');
  ctx.stdout.write(
    style.yellow(
      `You have a draft of this question from ${when} UTC (${words} words). Press r to resume it, any other key to start blank (the draft stays in ${draft.file}).\n`,
    ),
  );
  const key = await waitForKey(ctx.stdin);
  if (key === 'stop') return 'stop';
  if (key.toLowerCase() !== 'r') return undefined;
  deps.resumed.set(question, draft.answer);
  // The text moves into this session's draft, so the old file would only be a duplicate.
  removeDraftFile(draft.file);
  return undefined;
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
    initialText: deps.settings.initialText?.(question) ?? deps.resumed.get(question),
    onAsk: (asked) => askTheInterviewer(deps, question, asked),
    confirmBelowWords: CONFIRM_BELOW_WORDS,
  });
}

/** Ctrl-D on a main answer shorter than this asks to confirm first. */
const CONFIRM_BELOW_WORDS = 5;

async function askTheInterviewer(deps: Deps, question: Question, asked: string) {
  const { askInterviewer } = await import('../grading/interviewer.js');
  const { settings, ctx } = deps;
  return askInterviewer({
    question: asked,
    context: question.context,
    prompt: question.prompt,
    judgeConfig: settings.judgeConfig,
    offline: settings.offline,
    random: ctx.random,
  });
}

async function followUpsStep(deps: Deps, question: Question, answer: Capture) {
  const gradable = toGradable(question, deps.settings.contrast);
  // One offline read of the answer: it picks the probes and is the heuristic half of the final grade.
  const first = await readAnswer(answer, gradable);
  deps.firstRead.set(question, first);
  const max = answer.budgetMs >= PROBES.longBudgetMs ? PROBES.long : PROBES.short;
  const { pickFollowUps } = await import('../grading/follow-ups.js');
  const probes = await pickProbes(
    deps,
    { question: gradable, result: first.offline, max, answer: answer.text },
    pickFollowUps,
  );
  const replies: FollowUpReply[] = [];
  for (const [index, probe] of probes.entries()) {
    const outcome = await askFollowUp(deps, probe.prompt, { index, total: probes.length }, answer.budgetMs);
    if (outcome.kind === 'cancelled') return { kind: 'cancelled' as const, reason: outcome.reason };
    const skipped = outcome.capture.text.trim() === '';
    replies.push({ prompt: probe.prompt, probe, capture: skipped ? undefined : outcome.capture });
  }
  return { kind: 'done' as const, replies };
}

/** With a model configured the panel's probes come from the model (written offline on any failure). */
async function pickProbes(
  deps: Deps,
  request: { question: GradableQuestion; result: GradeResult; max: number; answer: string },
  pick: typeof import('../grading/follow-ups.js').pickFollowUps,
): Promise<Probe[]> {
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
    picked.source === 'model'
      ? 'The panel has follow-up questions.'
      : 'Follow-up questions about your answer.',
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
  const gradable = toGradable(question, settings.contrast);
  const first = deps.firstRead.get(question) ?? (await readAnswer(answer, gradable));
  deps.firstRead.delete(question);
  const graded = await gradeWithSpinner(ctx, deps.style, {
    ...gradeContext(ctx),
    answer: first.graded.text,
    offlineResult: first.offline,
    question: gradable,
    offline: settings.offline,
    judgeConfig: settings.judgeConfig,
    random: ctx.random,
    ...(settings.model ? { model: settings.model } : {}),
  });
  const replies = await gradeReplies(followUps);
  const result = await finishGrade(graded, answer, first.graded, replies);
  return {
    question,
    answer,
    followUps: replies,
    result,
    previous: settings.previous?.(question),
    ...savedAs(saveRecord(deps, question, answer, replies, result)),
  };
}

/** Saves the attempt and drops the draft; if saving fails the draft stays and the warning says where. */
function saveRecord(
  deps: Deps,
  question: Question,
  answer: Capture,
  followUps: FollowUpReply[],
  result: GradeResult,
): { markdown: string; id: string } | undefined {
  const { ctx, live, settings } = deps;
  try {
    const saved = saveAttempt(ctx.dataDir, {
      source: settings.loopTag ? 'loop' : 'practice',
      savedAt: ctx.now(),
      question: toGradable(question, settings.contrast),
      answer,
      followUps,
      result,
      model: settings.model,
      loop: settings.loopTag?.(question),
    });
    live.keeper?.discard();
    return { markdown: saved.markdown, id: saved.id };
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    const draft = live.keeper?.close();
    live.unsaved = true;
    if (draft) {
      ctx.stderr.write(
        `pm-coach: warning: could not save the attempt (${reason}); your draft is at ${draft}\n`,
      );
    } else {
      // Neither the attempt nor a draft could be written: the answer goes to the screen, never lost.
      ctx.stderr.write(`pm-coach: could not save the attempt or a draft (${reason}); your answer follows\n`);
      ctx.stdout.write(`\n${live.keeper?.text() ?? answer.text}\n`);
    }
    return undefined;
  }
}

function savedAs(saved: { markdown: string; id: string } | undefined) {
  return { savedTo: saved?.markdown, attemptId: saved?.id };
}

function gradeContext(ctx: CommandContext) {
  return { env: ctx.env, dataDir: ctx.dataDir, configDir: ctx.configDir, packageRoot: ctx.packageRoot };
}
