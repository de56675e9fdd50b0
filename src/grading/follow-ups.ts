import type { FollowUp } from '../bank/schema.js';
import type { JudgeConfig } from '../config/config.js';
import { FollowUpReplySchema } from './judge-schema.js';
import { requestStructured, type Tokens } from './llm.js';
import { delimitAnswer, loadPromptPair, makeNonce, renderTemplate } from './prompts.js';
import type { GradableQuestion, GradeResult } from './types.js';

/**
 * Follow-up probes a panel would push with after an answer. Offline (and whenever the model cannot
 * help) they come from the bank question's followUps, preferring probes that target the answer's
 * weakest criteria. The LLM judge (issue 5) may supply sharper ones; this stays the fallback.
 */
export interface ProbeRequest {
  question: GradableQuestion;
  result: GradeResult;
  /** At most this many probes (1 or 2 in practice). */
  max: number;
}

export function pickOfflineFollowUps(request: ProbeRequest): string[] {
  const probes = request.question.bank?.followUps ?? [];
  if (probes.length === 0) return genericProbes(request).slice(0, request.max);
  const rank = weaknessRank(request.result);
  const scored = probes.map((probe, index) => ({ probe, index, weight: probeWeight(probe, rank) }));
  scored.sort((a, b) => b.weight - a.weight || a.index - b.index);
  return scored.slice(0, request.max).map((s) => s.probe.prompt);
}

/** Lower score means weaker: rank 0 is the weakest criterion. */
function weaknessRank(result: GradeResult): Map<string, number> {
  const ordered = [...result.criteria].sort((a, b) => a.score - b.score || b.weight - a.weight);
  return new Map(ordered.map((c, i) => [c.id, i]));
}

function probeWeight(probe: FollowUp, rank: Map<string, number>): number {
  const targets = probe.targets ?? [];
  if (targets.length === 0) return 0;
  const size = rank.size || 1;
  return Math.max(...targets.map((t) => size - (rank.get(t) ?? size)));
}

/** For free-text questions with no bank probes: push on the weakest criterion by name. */
function genericProbes(request: ProbeRequest): string[] {
  const weakest = [...request.result.criteria].sort((a, b) => a.score - b.score);
  return weakest.map(
    (c) => `The panel pushes on "${c.name}": what would you say to make that part of your answer concrete?`,
  );
}

/**
 * Follow-ups for a practice session: with a model, one or two pointed probes written for this answer;
 * offline, or on any failure, the bank's probes for the weakest criteria. Never throws.
 */
export interface FollowUpRequest extends ProbeRequest {
  answer: string;
  offline: boolean;
  /** Resolved with resolveJudgeConfig; offline mode falls back to the bank. */
  judgeConfig?: JudgeConfig;
  packageRoot: string;
  random?: () => number;
  onJudgeStart?: (info: { model: string; endpoint: string }) => void;
}

export interface FollowUpPick {
  probes: string[];
  source: 'model' | 'bank';
  /** Why the bank was used when a model was configured. */
  reason?: string;
  tokens?: Tokens;
}

export async function pickFollowUps(request: FollowUpRequest): Promise<FollowUpPick> {
  const config = request.judgeConfig;
  if (request.offline || !config || config.mode === 'offline') {
    return { probes: pickOfflineFollowUps(request), source: 'bank' };
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
    const probes = reply.value.followUps.map((p) => p.trim()).filter((p) => p.length >= 10);
    if (probes.length === 0) throw new Error('the model sent no usable follow-up');
    return { probes: probes.slice(0, Math.max(1, request.max)), source: 'model', tokens: reply.tokens };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { probes: pickOfflineFollowUps(request), source: 'bank', reason };
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
