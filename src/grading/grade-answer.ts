import type { JudgeConfig } from '../config/config.js';
import { gradeOffline } from './offline.js';
import { flagQuestionInjection } from './question-injection.js';
import type { GradableQuestion, GradeResult, JudgeStatus } from './types.js';

/**
 * The one entry point commands use to grade an answer. The heuristics always run; with a model
 * configured the LLM judge runs too and the two are merged in code. Never throws for a judge failure:
 * the result falls back to the heuristic grade with judge.status 'unavailable' and the reason, so a
 * fallback never passes for a model grade.
 */
export interface GradeRequest {
  answer: string;
  question: GradableQuestion;
  /** True when the user asked for --offline or no model is configured. */
  offline: boolean;
  env: Readonly<Record<string, string | undefined>>;
  dataDir: string;
  configDir: string;
  packageRoot: string;
  /** Optional overrides from flags. */
  model?: string;
  noCache?: boolean;
  /** Why grading is offline, recorded in judge.reason (defaults to a generic line). */
  offlineReason?: string;
  /** The config the command already resolved (to print notices); resolved here when absent. */
  judgeConfig?: JudgeConfig;
  /** Randomness for the answer's delimiter nonce (ctx.random); crypto when absent. */
  random?: () => number;
  /** The offline grade of this same answer, when the caller already has it (practice: read once). */
  offlineResult?: GradeResult;
  /** A request is about to go out (not on a cache hit): start a spinner. */
  onJudgeStart?: (info: { model: string; endpoint: string }) => void;
  /** The judge ran, from the cache or the network, ok or unavailable (not when skipped): stop the spinner. */
  onJudgeEnd?: (judge: JudgeStatus) => void;
}

/** The grade gradeAnswer returns with `offline: true`, for callers that grade many answers offline. */
export function gradeOfflineSkipped(answer: string, question: GradableQuestion, reason: string): GradeResult {
  return skipped(flagQuestionInjection(gradeOffline(answer, question), question), reason);
}

export async function gradeAnswer(request: GradeRequest): Promise<GradeResult> {
  const offline = flagQuestionInjection(
    request.offlineResult ?? gradeOffline(request.answer, request.question),
    request.question,
  );
  if (request.offline) return skipped(offline, request.offlineReason ?? 'offline: heuristics only');
  const config = request.judgeConfig ?? (await resolveFromRequest(request));
  if (config.mode === 'offline') return skipped(offline, config.reason);
  const gate = gatingFlag(offline);
  if (gate) return skipped(offline, `the heuristics gated this answer (${gate}), so no model was asked`);

  // The judge's modules (config file parsing, zod schemas, the SDK wrapper) load only when a model
  // will actually be asked, so offline grading starts fast.
  const [{ judgeAnswer }, { mergeGrades }] = await Promise.all([import('./judge.js'), import('./merge.js')]);
  const outcome = await judgeAnswer({
    answer: request.answer,
    question: request.question,
    config,
    packageRoot: request.packageRoot,
    dataDir: request.dataDir,
    useCache: config.cache && !request.noCache,
    random: request.random,
    onRequest: () => request.onJudgeStart?.({ model: config.model, endpoint: config.endpoint }),
  });
  if (!outcome.ok) {
    const judge: JudgeStatus = { status: 'unavailable', reason: outcome.reason, model: config.model };
    request.onJudgeEnd?.(judge);
    return { ...offline, grader: 'heuristic', judge };
  }
  const judge: JudgeStatus = {
    status: 'ok',
    model: config.model,
    endpoint: config.endpoint,
    tokens: outcome.tokens,
    cached: outcome.cached,
  };
  request.onJudgeEnd?.(judge);
  return mergeGrades({
    offline,
    judgment: outcome.judgment,
    answer: request.answer,
    rubric: request.question.rubric,
    judge,
  });
}

async function resolveFromRequest(request: GradeRequest): Promise<JudgeConfig> {
  const { resolveJudgeConfig } = await import('../config/config.js');
  const flags = { model: request.model, cache: request.noCache ? false : undefined };
  return (await resolveJudgeConfig({ flags, env: request.env, configDir: request.configDir })).config;
}

function skipped(offline: GradeResult, reason: string): GradeResult {
  return { ...offline, grader: 'heuristic', judge: { status: 'skipped', reason } };
}

/** Junk is gated before any scoring: an error-level too-short or off-topic flag means no model call. */
function gatingFlag(result: GradeResult): string | undefined {
  return result.flags.find((f) => f.severity === 'error' && (f.id === 'too-short' || f.id === 'off-topic'))
    ?.id;
}
