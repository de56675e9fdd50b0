import type { SignalId } from '../bank/vocabulary.js';
import type { JudgeConfig } from '../config/config.js';
import { FollowUpReplySchema } from './judge-schema.js';
import { requestStructured, type Tokens } from './llm.js';
import { chooseProbes, type Probe } from './probes.js';
import { delimitAnswer, loadPromptPair, makeNonce, renderTemplate } from './prompts.js';
import type { GradableQuestion, GradeResult } from './types.js';

/**
 * Follow-up probes a panel would push with after an answer. Offline (and whenever the model cannot
 * help) they are written from the answer itself (src/grading/probes.ts): aimed at its weakest rubric
 * signals, quoting its own sentences. With a model, the model writes them from the answer; each is then
 * graded on the weakest criterion's signals, which is what the model was asked to probe.
 */
export interface ProbeRequest {
  question: GradableQuestion;
  result: GradeResult;
  /** At most this many probes (1 or 2 in practice). */
  max: number;
  answer: string;
}

export function pickOfflineFollowUps(request: ProbeRequest): Probe[] {
  return chooseProbes(request);
}

/** The signals of the weakest criterion: what a model-written probe is graded on. */
function weakestTargets(request: ProbeRequest): SignalId[] {
  const weakest = [...request.result.criteria].sort((a, b) => a.score - b.score || b.weight - a.weight)[0];
  const criterion = request.question.rubric.find((c) => c.id === weakest?.id);
  return criterion ? [...criterion.signals] : [];
}

/**
 * Follow-ups for a practice session: with a model, one or two pointed probes written for this answer;
 * offline, or on any failure, the bank's probes for the weakest criteria. Never throws.
 */
export interface FollowUpRequest extends ProbeRequest {
  offline: boolean;
  /** Resolved with resolveJudgeConfig; offline mode falls back to the bank. */
  judgeConfig?: JudgeConfig;
  packageRoot: string;
  random?: () => number;
  onJudgeStart?: (info: { model: string; endpoint: string }) => void;
}

export interface FollowUpPick {
  probes: Probe[];
  /** 'answer': written offline from the answer's own sentences. */
  source: 'model' | 'answer';
  /** Why the bank was used when a model was configured. */
  reason?: string;
  tokens?: Tokens;
}

export async function pickFollowUps(request: FollowUpRequest): Promise<FollowUpPick> {
  const config = request.judgeConfig;
  if (request.offline || !config || config.mode === 'offline') {
    return { probes: pickOfflineFollowUps(request), source: 'answer' };
  }
  try {
    request.onJudgeStart?.({ model: config.model, endpoint: config.endpoint });
    const prompts = await loadPromptPair(request.packageRoot, 'follow-ups');
    const { open, close, body } = delimitAnswer(request.answer, makeNonce(request.random));
    const reply = await requestStructured({
      config,
      name: 'pm_coach_follow_ups',
      system: renderTemplate(prompts.system, followUpValues(request)),
      user: renderTemplate(prompts.user, { open, close, answer: body }),
      schema: FollowUpReplySchema,
    });
    const written = reply.value.followUps.map((p) => p.trim()).filter((p) => p.length >= 10);
    if (written.length === 0) throw new Error('the model sent no usable follow-up');
    const targets = weakestTargets(request);
    const probes = written.slice(0, Math.max(1, request.max)).map((prompt) => ({ prompt, targets }));
    return { probes, source: 'model', tokens: reply.tokens };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { probes: pickOfflineFollowUps(request), source: 'answer', reason };
  }
}

function followUpValues(request: FollowUpRequest): Record<string, string> {
  const weakest = [...request.result.criteria]
    .sort((a, b) => a.score - b.score || b.weight - a.weight)
    .slice(0, 2)
    .map((c) => `- ${c.name} (${Math.round(c.score * 10) / 10}/5)`);
  const bank = request.question.bank?.followUps.map((p) => `- ${p.prompt}`) ?? [];
  return {
    round: request.question.round,
    question: request.question.text.trim(),
    weakest: weakest.join('\n') || '- (no rubric scores)',
    bankProbes: bank.join('\n') || '- (none)',
  };
}
