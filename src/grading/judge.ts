import type { Criterion, Exemplar } from '../bank/schema.js';
import type { LlmJudgeConfig } from '../config/config.js';
import { cacheKey, readCachedJudgment, writeCachedJudgment } from './cache.js';
import { buildJudgmentSchema, type Judgment, SCORE_MAX, SCORE_MIN } from './judge-schema.js';
import { credentialId, requestStructured, type Tokens } from './llm.js';
import { delimitAnswer, delimitQuestion, loadPromptPair, makeNonce, renderTemplate } from './prompts.js';
import { oneLine } from './reply.js';
import type { GradableQuestion } from './types.js';

/**
 * One judgment of one answer: from the cache when possible, otherwise one request. Never throws: a
 * failure comes back as a reason so the caller can fall back to the heuristics and say so.
 */
export interface JudgeInput {
  answer: string;
  question: GradableQuestion;
  config: LlmJudgeConfig;
  packageRoot: string;
  dataDir: string;
  /** False for --no-cache: neither read nor write. */
  useCache: boolean;
  random?: (() => number) | undefined;
  /** Called just before a request goes out (not on a cache hit), e.g. to start a spinner. */
  onRequest?: (() => void) | undefined;
}

export type JudgeOutcome =
  | { ok: true; judgment: Judgment; tokens: Tokens; cached: boolean }
  | { ok: false; reason: string };

export async function judgeAnswer(input: JudgeInput): Promise<JudgeOutcome> {
  try {
    const { question, config } = input;
    const prompts = await loadPromptPair(input.packageRoot, 'judge');
    const schema = buildJudgmentSchema(question.rubric);
    const strong = strongExemplar(question);
    const key = cacheKey({
      model: config.model,
      // The whole base URL (two deployments can share a host) and which key was used (a judgment
      // fetched with one account is not served to another); the key itself is never stored.
      endpoint: config.baseURL,
      credential: credentialId(config),
      promptVersion: prompts.version,
      promptHash: prompts.hash,
      question: question.text,
      rubric: question.rubric,
      strongExemplar: strong,
      answer: input.answer,
    });
    if (input.useCache) {
      const hit = await readCachedJudgment(input.dataDir, key, schema);
      if (hit)
        return { ok: true, judgment: hit.judgment, tokens: { prompt: 0, completion: 0 }, cached: true };
    }
    input.onRequest?.();
    const nonce = makeNonce(input.random);
    const reply = await requestStructured({
      config,
      name: 'pm_coach_judgment',
      system: renderJudgeSystem(prompts.system, question, strong),
      user: renderAnswerMessage(prompts.user, input.answer, nonce, question.text),
      schema,
    });
    if (input.useCache) {
      // A cache that cannot be written must not turn a good grade into a failure.
      await writeCachedJudgment(input.dataDir, key, {
        model: config.model,
        endpoint: config.endpoint,
        promptVersion: prompts.version,
        tokens: reply.tokens,
        judgment: reply.value,
      }).catch(() => undefined);
    }
    return { ok: true, judgment: reply.value, tokens: reply.tokens, cached: false };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? oneLine(error.message) : String(error) };
  }
}

export function renderJudgeSystem(
  template: string,
  question: GradableQuestion,
  strong: Exemplar | undefined,
) {
  const context = question.bank?.context;
  return renderTemplate(template, {
    round: question.round,
    context: context ? `What the interviewer reveals if asked: ${context.trim()}` : '',
    rubric: question.rubric.map(renderCriterion).join('\n\n'),
    exemplar: strong
      ? `${strong.text.trim()}\n(Why it is strong: ${strong.why.trim()})`
      : 'No reference answer exists for this question; rely on the anchors.',
    min: String(SCORE_MIN),
    max: String(SCORE_MAX),
  });
}

/**
 * The answer and the question go only here, in the user message, each between nonce tags it cannot
 * close. The question is here too because it may come from the answer file's front matter: whoever
 * wrote the answer may have written it, so it never reaches the system message.
 */
export function renderAnswerMessage(
  template: string,
  answer: string,
  nonce: string,
  questionText = '',
): string {
  const { open, close, body } = delimitAnswer(answer, nonce);
  const question = delimitQuestion(
    questionText || '(no question text given; grade against the rubric)',
    nonce,
  );
  return renderTemplate(template, {
    open,
    close,
    answer: body,
    questionOpen: question.open,
    questionClose: question.close,
    question: question.body,
    min: String(SCORE_MIN),
    max: String(SCORE_MAX),
  });
}

function renderCriterion(criterion: Criterion): string {
  const lines = [`### ${criterion.name} (id "${criterion.id}", weight ${criterion.weight}%)`];
  if (criterion.description) lines.push(criterion.description.trim());
  lines.push(
    `- 1: ${criterion.anchors['1']}`,
    `- 3: ${criterion.anchors['3']}`,
    `- 5: ${criterion.anchors['5']}`,
  );
  return lines.join('\n');
}

export function strongExemplar(question: GradableQuestion): Exemplar | undefined {
  return question.bank?.exemplars.find((exemplar) => exemplar.label === 'strong');
}
