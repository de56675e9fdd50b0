import type { Question } from '../bank/schema.js';
import { toGradable } from '../grading/default-rubrics.js';
import type { GradeResult } from '../grading/types.js';
import { saveAttempt } from '../store/attempts.js';
import { ledgerFirsts } from './ledger-firsts.js';
import type { PracticeDeps } from './ports.js';
import { type FirstRead, finishGrade, gradeReplies } from './question-flow.js';
import type { Capture, FollowUpReply, QuestionRecord } from './types.js';

/**
 * The grade of one answer, made once: the judge (when configured) and the merge run on the offline
 * read the session already made, then the result is saved and carried to feedback, the summary and
 * a loop's read-out, with the time ledger's first named user, trade-off and success measure. Nothing
 * downstream grades or analyses it again.
 */
interface Graded {
  question: Question;
  answer: Capture;
  followUps: FollowUpReply[];
  read: FirstRead;
}

export async function gradeStep(deps: PracticeDeps, graded: Graded): Promise<QuestionRecord> {
  const { env, settings, ui } = deps;
  const { question, answer, read } = graded;
  const progress = await ui.gradingStarted();
  let result: GradeResult;
  try {
    result = await deps.grading.gradeAnswer({
      env: env.env,
      dataDir: env.dataDir,
      configDir: env.configDir,
      packageRoot: env.packageRoot,
      answer: read.graded.text,
      offlineResult: read.offline,
      question: toGradable(question, settings.contrast),
      offline: settings.offline,
      judgeConfig: settings.judgeConfig,
      random: env.random,
      ...(settings.model ? { model: settings.model } : {}),
      onJudgeStart: (info) => progress.judgeStarted(info),
    });
  } catch (error) {
    progress.failed();
    throw error;
  }
  progress.done(result);
  const replies = await gradeReplies(graded.followUps);
  const final = await finishGrade(result, answer, read.graded, replies);
  // Read here, with the grade, so feedback (practice --verbose) only renders it.
  const firsts = await ledgerFirsts(answer.ledger);
  const saved = saveRecord(deps, question, answer, replies, final);
  return {
    question,
    answer,
    followUps: replies,
    result: final,
    firsts,
    previous: settings.previous?.(question),
    savedTo: saved?.markdown,
    attemptId: saved?.id,
  };
}

/** Saves the attempt and drops the draft; if saving fails the draft stays and the UI says where. */
function saveRecord(
  deps: PracticeDeps,
  question: Question,
  answer: Capture,
  followUps: FollowUpReply[],
  result: GradeResult,
): { markdown: string; id: string } | undefined {
  const { env, live, settings } = deps;
  try {
    const saved = saveAttempt(env.dataDir, {
      source: settings.loopTag ? 'loop' : 'practice',
      savedAt: env.now(),
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
    deps.ui.saveFailed({ reason, draft, text: live.keeper?.text() ?? answer.text });
    return undefined;
  }
}
