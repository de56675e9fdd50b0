import type { Question } from '../bank/schema.js';
import { toGradable } from '../grading/default-rubrics.js';
import type { Probe } from '../grading/probes.js';
import { createDraftKeeper } from '../store/draft-keeper.js';
import { latestDraft, removeDraftFile } from '../store/drafts.js';
import { followUpBudget } from './countdown.js';
import { gradeStep } from './grade-step.js';
import { planPhases } from './phases.js';
import type { GradingPort, PracticeDeps, PracticeSettings } from './ports.js';
import { type FirstRead, readAnswer } from './question-flow.js';
import type { SessionSteps, StepOutcome } from './runner.js';
import type { Capture, CaptureOutcome, FollowUpReply } from './types.js';

/**
 * How each step of a practice session is done: drafts, captures, probes, the one grade and the save.
 * The order lives in runner.ts; the terminal lives behind `ui`, the grader behind `grading`.
 */
interface Deps extends PracticeDeps {
  /** Text of a saved draft the candidate chose to resume, per question. */
  resumed: Map<Question, string>;
}

/** How many probes follow an answer: two when the answer had a long budget, else one. */
const PROBES = { longBudgetMs: 10 * 60_000, long: 2, short: 1 } as const;

/** Ctrl-D on a main answer shorter than this asks to confirm first. */
const CONFIRM_BELOW_WORDS = 5;

export function createPracticeSteps(input: PracticeDeps): SessionSteps {
  const deps: Deps = { ...input, resumed: new Map() };
  const { ui, settings } = deps;
  return {
    ask: (question, index, total) => askStep(deps, question, index, total),
    answer: (question) => answerStep(deps, question),
    read: (question, answer) =>
      readAnswer(answer, toGradable(question, settings.contrast), deps.grading.gradeOffline),
    followUps: (question, answer, read) => followUpsStep(deps, question, answer, read),
    grade: (question, answer, followUps, read) => gradeStep(deps, { question, answer, followUps, read }),
    feedback: async (record, index, total) => ui.showFeedback(record, index, total),
    summary: async (records) => ui.showSummary(records),
    empty: async () => {
      deps.live.keeper?.discard();
      ui.showEmpty();
    },
  };
}

export function budgetOf(settings: PracticeSettings, question: Question): number {
  return settings.timeMs ?? question.time.minutes * 60_000;
}

async function askStep(deps: Deps, question: Question, index: number, total: number): Promise<StepOutcome> {
  const { env, ui, live, settings } = deps;
  if (index > 0 && (await ui.waitForNext(index, total)) === 'stop') {
    return { kind: 'cancelled', reason: 'ctrl-c' };
  }
  live.keeper = createDraftKeeper(
    env.dataDir,
    question,
    env.now(),
    () => env.now().getTime(),
    (reason) => ui.draftProblem(reason),
  );
  const budgetMs = budgetOf(settings, question);
  ui.showQuestion({ question, index, total, budgetMs, editor: settings.editorCommand !== undefined });
  if (!settings.initialText?.(question) && (await offerDraft(deps, question)) === 'stop') {
    return { kind: 'cancelled', reason: 'ctrl-c' };
  }
  return { kind: 'ready' };
}

/** A saved draft of this question is offered back: resumed, or left where it is for a blank start. */
async function offerDraft(deps: Deps, question: Question): Promise<'stop' | undefined> {
  const draft = latestDraft(deps.env.dataDir, question.id);
  if (!draft) return undefined;
  const choice = await deps.ui.offerDraft(draft);
  if (choice === 'stop') return 'stop';
  if (choice === 'blank') return undefined;
  deps.resumed.set(question, draft.answer);
  // The text moves into this session's draft, so the old file would only be a duplicate.
  removeDraftFile(draft.file);
  return undefined;
}

function answerStep(deps: Deps, question: Question): Promise<CaptureOutcome> {
  const { settings, live } = deps;
  const budgetMs = budgetOf(settings, question);
  const phases = question.round === 'system-design' ? question.time.phases : undefined;
  return deps.ui.capture({
    budgetMs,
    phasePlan: phases ? planPhases(phases, budgetMs) : undefined,
    placeholder: 'Start typing your answer…',
    questionText: question.prompt,
    onText: (text, urgent) => live.keeper?.setAnswer(text, urgent),
    editorCommand: settings.editorCommand,
    initialText: settings.initialText?.(question) ?? deps.resumed.get(question),
    onAsk: (asked) =>
      deps.grading.askInterviewer({
        question: asked,
        context: question.context,
        prompt: question.prompt,
        judgeConfig: settings.judgeConfig,
        offline: settings.offline,
        random: deps.env.random,
      }),
    confirmBelowWords: CONFIRM_BELOW_WORDS,
  });
}

async function followUpsStep(deps: Deps, question: Question, answer: Capture, read: FirstRead) {
  const gradable = toGradable(question, deps.settings.contrast);
  const max = answer.budgetMs >= PROBES.longBudgetMs ? PROBES.long : PROBES.short;
  const probes = await pickProbes(deps, {
    question: gradable,
    result: read.offline,
    max,
    answer: answer.text,
  });
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
  request: Pick<Parameters<GradingPort['pickFollowUps']>[0], 'question' | 'result' | 'max' | 'answer'>,
): Promise<Probe[]> {
  const { settings, env } = deps;
  const online = !settings.offline && settings.judgeConfig?.mode !== 'offline';
  const progress = online ? await deps.ui.probesStarted() : undefined;
  const pick = deps.grading.pickFollowUps({
    ...request,
    offline: settings.offline,
    judgeConfig: settings.judgeConfig,
    packageRoot: env.packageRoot,
    random: env.random,
  });
  const picked = await pick.catch((error: unknown) => {
    progress?.failed();
    throw error;
  });
  progress?.done(picked.source);
  return picked.probes;
}

function askFollowUp(
  deps: Deps,
  prompt: string,
  position: { index: number; total: number },
  budgetMs: number,
): Promise<CaptureOutcome> {
  const { live, settings } = deps;
  const probeBudget = followUpBudget(budgetMs);
  const editor = settings.editorCommand !== undefined;
  deps.ui.showFollowUp(prompt, { ...position, budgetMs: probeBudget, editor });
  live.keeper?.setFollowUp(position.index, prompt, '', false);
  return deps.ui.capture({
    budgetMs: probeBudget,
    phasePlan: undefined,
    placeholder: 'Your reply… (Ctrl-D on an empty reply skips this probe)',
    questionText: prompt,
    onText: (text, urgent) => live.keeper?.setFollowUp(position.index, prompt, text, urgent),
    editorCommand: settings.editorCommand,
  });
}
