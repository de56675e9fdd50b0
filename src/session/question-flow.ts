import { countWords } from '../grading/text/sentences.js';
import type { GradableQuestion, GradeResult } from '../grading/types.js';
import { type GradedText, shiftLines, withClarifications } from './clarify.js';
import { addCutOffFlag } from './cut-off.js';
import type { Capture, FollowUpReply } from './types.js';

/**
 * One question's grading, as plain functions the practice and loop steps call: the answer is read
 * once offline (that read picks the probes, and is reused as the heuristic half of the final grade, so
 * nothing is graded twice), then the final grade gets the cut-off flag and the probe replies' ledger
 * entries. Grading modules load lazily, so the question shows before they are parsed.
 */
export interface FirstRead {
  graded: GradedText;
  offline: GradeResult;
}

export async function readAnswer(
  answer: Capture,
  question: GradableQuestion,
  gradeOffline: (text: string, question: GradableQuestion) => Promise<GradeResult>,
): Promise<FirstRead> {
  const graded = withClarifications(answer.text, answer.asked);
  return { graded, offline: await gradeOffline(graded.text, question) };
}

/** Each reply graded on what its probe asked to repair. */
export async function gradeReplies(replies: FollowUpReply[]): Promise<FollowUpReply[]> {
  const { gradeProbeReply } = await import('../grading/probes.js');
  return replies.map((r) => (r.probe ? { ...r, verdict: gradeProbeReply(r.probe, r.capture?.text) } : r));
}

/** The grade as shown and saved: lines back in the answer's terms, cut-off flagged, probes counted. */
export async function finishGrade(
  result: GradeResult,
  answer: Capture,
  graded: GradedText,
  replies: FollowUpReply[],
): Promise<GradeResult> {
  const { withProbeReplies } = await import('../grading/probes.js');
  const shifted = shiftLines(result, graded.offset, countWords(answer.text));
  const verdicts = replies.flatMap((r) => (r.verdict ? [r.verdict] : []));
  return withProbeReplies(addCutOffFlag(shifted, answer), verdicts);
}
