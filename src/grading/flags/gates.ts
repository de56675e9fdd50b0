import { LENGTH_RULES, TOPIC_RULES } from '../rules/flag-rules.js';
import { DOMAIN_STEMS, STOPWORDS } from '../rules/topic-lexicon.js';
import { normalise } from '../text/sentences.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Gates checked before any praise: an answer too short to show reasoning, or about something else
 * entirely. Off-topic is deliberately conservative: it needs the answer to share almost nothing with
 * the question or with the vocabulary of data platforms, products and teams.
 */

export function detectTooShort(ctx: FlagContext): Flag[] {
  const words = ctx.analysis.prepared.wordCount;
  if (words >= LENGTH_RULES.shortWords) return [];
  const detail = `${words} words`;
  if (words < LENGTH_RULES.minWords) return [makeFlag('too-short', detail)];
  return [makeFlag('too-short', `${detail}; expand the reasoning`, undefined, 'info')];
}

function contentWords(text: string): string[] {
  return normalise(text)
    .split(/[^a-z0-9'+-]+/)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w));
}

export function detectOffTopic(ctx: FlagContext): Flag[] {
  // Any person, product or measure from the interview's world means the answer is at least on topic.
  if (ctx.analysis.content.some((s) => TOPIC_RULES.onTopicTags.some((t) => s.tags.has(t)))) return [];
  const words = ctx.analysis.content.flatMap((s) => contentWords(s.text));
  if (words.length < TOPIC_RULES.minWords) return [];
  const questionStems = new Set(contentWords(ctx.question.text).map((w) => w.slice(0, 5)));
  const onTopic = words.filter((w) => DOMAIN_STEMS.has(w.slice(0, 5)) || questionStems.has(w.slice(0, 5)));
  if (onTopic.length / words.length >= TOPIC_RULES.minOverlap) return [];
  return [makeFlag('off-topic', 'it shares almost no vocabulary with the question', ctx.analysis.content[0])];
}
