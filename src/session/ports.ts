import type { Question } from '../bank/schema.js';
import type { JudgeConfig } from '../config/config.js';
import type { FollowUpPick, FollowUpRequest } from '../grading/follow-ups.js';
import type { GradeRequest } from '../grading/grade-answer.js';
import type { AskRequest, InterviewerReply } from '../grading/interviewer.js';
import type { GradeResult } from '../grading/types.js';
import type { DraftKeeper } from '../store/draft-keeper.js';
import type { SavedDraft } from '../store/drafts.js';
import type { AttemptRecord } from '../store/record.js';
import type { PlannedPhase } from './phases.js';
import type { CaptureOutcome, InterviewerExchange, PreviousAttempt, QuestionRecord } from './types.js';

/**
 * What a practice session needs from the outside, as plain interfaces: the UI port (prompts,
 * captures, rendering; the terminal implements it in src/commands/practice-ui.ts), the grading port
 * (the real grader by default, a counting fake in tests) and the environment (data dir, clock,
 * randomness). The session code itself never touches a terminal or process.
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

/** One timed capture (main answer or follow-up) as the session asks the UI for it. */
export interface CaptureRequest {
  budgetMs: number;
  phasePlan: PlannedPhase[] | undefined;
  placeholder: string;
  questionText: string;
  /** Where typed text goes (the draft keeper); `urgent` on Enter or when the editor saved. */
  onText: (text: string, urgent: boolean) => void;
  /** --editor: the command to run; undefined for inline entry. */
  editorCommand: string | undefined;
  /** Text the answer starts with (a resumed loop round). */
  initialText?: string | undefined;
  /** Answers `?` lines (inline entry only). */
  onAsk?: ((question: string) => Promise<Omit<InterviewerExchange, 'atMs'>>) | undefined;
  /** Ctrl-D below this many words asks to confirm (the main answer). */
  confirmBelowWords?: number | undefined;
}

export interface QuestionShown {
  question: Question;
  index: number;
  total: number;
  budgetMs: number;
  editor: boolean;
}

/** A long step in progress (a spinner in a terminal). */
export interface Progress<T> {
  judgeStarted(info: { model: string; endpoint: string }): void;
  done(outcome: T): void;
  failed(): void;
}

/** Why an attempt could not be saved, and where its text is instead. */
export interface SaveFailure {
  reason: string;
  /** The draft file that keeps the text, when one could be written. */
  draft: string | undefined;
  /** The text, when neither the attempt nor a draft could be written. */
  text: string;
}

export interface PracticeUi {
  /** Between questions: whether the candidate goes on to question `index` (0-based) of `total`. */
  waitForNext(index: number, total: number): Promise<'continue' | 'stop'>;
  showQuestion(shown: QuestionShown): void;
  /** A saved draft of this question: resume it, start blank, or stop the session. */
  offerDraft(draft: SavedDraft): Promise<'resume' | 'blank' | 'stop'>;
  capture(request: CaptureRequest): Promise<CaptureOutcome>;
  showFollowUp(
    prompt: string,
    position: { index: number; total: number; budgetMs: number; editor: boolean },
  ): void;
  /** Only called when a model picks the probes. */
  probesStarted(): Promise<Progress<FollowUpPick['source']>>;
  gradingStarted(): Promise<Progress<GradeResult>>;
  /** Drafts cannot be written (read-only or full disk); typing goes on. */
  draftProblem(reason: string): void;
  saveFailed(failure: SaveFailure): void;
  showFeedback(record: QuestionRecord, index: number, total: number): void;
  showSummary(records: QuestionRecord[]): void;
  /** The answer was submitted empty: nothing was recorded. */
  showEmpty(): void;
}

/** The grader as the session calls it: one offline read, one final grade per answer. */
export interface GradingPort {
  gradeOffline(text: string, question: GradeRequest['question']): Promise<GradeResult>;
  gradeAnswer(request: GradeRequest): Promise<GradeResult>;
  pickFollowUps(request: FollowUpRequest): Promise<FollowUpPick>;
  askInterviewer(request: AskRequest): Promise<InterviewerReply>;
}

/** The real grader; each module loads only when first used, so the question shows before it is parsed. */
export const GRADER: GradingPort = {
  gradeOffline: async (text, question) =>
    (await import('../grading/offline.js')).gradeOffline(text, question),
  gradeAnswer: async (request) => (await import('../grading/grade-answer.js')).gradeAnswer(request),
  pickFollowUps: async (request) => (await import('../grading/follow-ups.js')).pickFollowUps(request),
  askInterviewer: async (request) => (await import('../grading/interviewer.js')).askInterviewer(request),
};

/** Where the session reads and writes, and its clock and randomness. */
export interface SessionEnv {
  env: Readonly<Record<string, string | undefined>>;
  dataDir: string;
  configDir: string;
  packageRoot: string;
  now: () => Date;
  random: () => number;
}

/** Shared with the shell's signal handler: the current question's draft, and whether a save failed. */
export interface SessionLive {
  keeper: DraftKeeper | undefined;
  /** Set when an attempt could not be saved: the session ends with exit 2 (what was typed was printed). */
  unsaved?: boolean;
}

/** Everything the practice steps are built from. */
export interface PracticeDeps {
  env: SessionEnv;
  settings: PracticeSettings;
  ui: PracticeUi;
  live: SessionLive;
  grading: GradingPort;
}
