/**
 * Numbers attached to claims. "Costs a 10-person team two days a sprint" and "$40K a month in idle
 * compute" are claims with a unit; "improves ROI by 37%" is a floating figure: a percentage on an
 * abstraction, with no baseline, time frame or mechanism behind it. Years, list markers and time
 * frames ("within 60 days") are not claims at all; time frames are reported separately.
 */

export type NumberKind =
  | 'money'
  | 'count'
  | 'duration'
  | 'scale'
  | 'percent'
  | 'floating'
  | 'timeframe'
  | 'year';

export interface NumberMention {
  index: number;
  text: string;
  kind: NumberKind;
}

const WORD_NUMBER =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|hundreds of|thousands of|millions of|a dozen|dozens of|half|a third|a quarter|two thirds|three quarters|a couple of|a few';
const WORD_NUMBER_TRIGGER = new RegExp(
  `\\b(?:${WORD_NUMBER}|twice|double|doubled|triple|tripled|halve|halved|tenfold)\\b`,
);
const TIME_WORD = /\b(?:day|hour|week|afternoon|morning|sprint)s?\b/;
const NUMBER = new RegExp(
  String.raw`(?:\$|€|£)\s?\d[\d,.]*\s?(?:k|m|mm|bn|b|million|billion|thousand)?\b|\b\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|b)\b)?(?:\s?(?:%|percent\b|x\b))?|~\s?\d[\d,.]*|\b(?:${WORD_NUMBER})\b(?![-'])|\b(?:twice|doubled?|tripled?|halved?|tenfold)\b`,
  'g',
);

const TIME_UNIT =
  /^[\s-]*(?:more |extra |full |whole |working |business |calendar )?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|sprints?|years?|ms|milliseconds?|s\b)/;
const COUNT_UNIT =
  /^[\s-]*(?:\w+[\s-]){0,2}?(?:people|persons?|engineers?|analysts?|scientists?|admins?|teams?|customers?|users?|accounts?|workspaces?|tickets?|cases|jobs?|pipelines?|tables?|models?|endpoints?|queries|query|clusters?|incidents?|deals?|logos|seats|notebooks?|dashboards?|runs?|tasks?|pages?|alerts?|outages?|escalations?|reports?|services?|companies|orgs?|organizations?|stakeholders?|releases?|features?|requests?|calls?|interviews?|steps?|weeks? of|dbus?|nodes?|gpus?|partners?|regions?|sprints?|members?|reps?|hires?|headcount|fte)\b/;
const MONEY_UNIT =
  /^[\s-]*(?:dollars|usd|a month|a year|per month|per year|\/mo|\/yr|in (?:compute|spend|revenue|arr|cost))/;
const SCALE_UNIT =
  /^[\s-]*(?:tb|pb|gb|mb|terabytes?|petabytes?|gigabytes?|rows?|events?|records?|messages?|files?|columns?|requests? (?:per|a|\/)|qps|rps|tps|ms\b|milliseconds?|k?\s?events|million rows|billion rows)/;
const TIMEFRAME_BEFORE =
  /\b(?:within|in|after|over|by|for|first|next|past|last|every|each|per|the first|the next|in the first|in the next)\s+(?:the\s+)?(?:first\s+|next\s+)?$/;

// What a percentage is about. A concrete noun near it makes a claim; an abstraction makes it float.
const CONCRETE_NEAR =
  /\b(?:tickets?|latency|costs?|spend|spending|bills?|dbus?|hours|runtime|run time|failures?|errors?|incidents?|churn|adoption|queries|jobs?|capacity|compute|storage|pages?|on-?call|sprint|p\d\d|time to|time-to|retries|rework|backlog|escalations?|renewals?|conversion|retention|activation|usage|share of)\b/;
const VAGUE_NEAR =
  /\b(?:roi|tco|efficiency|productivity|engagement|satisfaction|synerg\w*|value|performance|innovation|velocity|growth|success|experience|collaboration|agility|outcomes?|impact|alignment|excellence|transformation|insights?|visibility|happiness|delight)\b/;
const VAGUE_MONEY =
  /\b(?:tam|sam|som|total addressable|addressable market|market (?:size|opportunity)|opportunity|roi|tco|value|synerg\w*|upside|potential|impact|savings)\b/;
const GROUNDING =
  /\b(?:from\s+[~$\d]|baseline|than|compared|versus|vs\.?|because|since|by (?:moving|using|cutting|switching|removing|caching|routing|scheduling|killing|pruning|batching|deduplicating|compacting)|when|if|measured|today|currently|last (?:quarter|month|year)|within|per (?:week|month|quarter|sprint)|of (?:the|our|their|all|sprint|total|jobs|teams|users|queries|tickets|customers|workspaces))\b/;

function classifyPercent(lower: string, index: number, end: number): NumberKind {
  const after = lower.slice(end, end + 40);
  if (
    /^\s*of\s+(?:the\s+|their\s+|our\s+|all\s+|total\s+)?[a-z]/.test(after) &&
    !VAGUE_NEAR.test(after.slice(0, 25))
  )
    return 'percent';
  const near = lower.slice(Math.max(0, index - 50), end + 30);
  if (VAGUE_NEAR.test(near)) return 'floating';
  return GROUNDING.test(lower) || (CONCRETE_NEAR.test(near) && /\b(?:from|to)\b/.test(near))
    ? 'percent'
    : 'floating';
}

function classify(lower: string, match: RegExpMatchArray): NumberKind | undefined {
  const text = match[0];
  const index = match.index ?? 0;
  const end = index + text.length;
  const after = lower.slice(end, end + 40);
  const before = lower.slice(Math.max(0, index - 30), index);
  if (/^\d{4}$/.test(text) && /^(?:19|20)\d\d$/.test(text)) return 'year';
  if (/^[$€£]/.test(text) || MONEY_UNIT.test(after)) {
    // "$2B TAM", "$5M of value": a money figure on an abstraction floats like a bare percentage.
    const near = lower.slice(Math.max(0, index - 40), end + 30);
    return VAGUE_MONEY.test(near) && !GROUNDING.test(lower) ? 'floating' : 'money';
  }
  if (/%|percent|x$/.test(text) || /^(?:twice|doubled?|tripled?|halved?|tenfold)$/.test(text)) {
    return classifyPercent(lower, index, end);
  }
  if (TIME_UNIT.test(after)) return TIMEFRAME_BEFORE.test(before) ? 'timeframe' : 'duration';
  if (SCALE_UNIT.test(after)) return 'scale';
  if (COUNT_UNIT.test(after)) return 'count';
  if (/^\d/.test(text) && /\b(?:to|from|of|at|under|below|above|over)\s*$/.test(before)) return 'count';
  return undefined;
}

// "a day every sprint", "an hour a day", "a week per release": a rate of lost time without a digit.
const TIME_RATE =
  /\b(?:a|an|one|half a|a full|a whole|most of a|the better part of a) (?:day|hour|week|afternoon|morning|sprint)s? (?:a|an|every|per|each|of every|of each|out of every) (?:sprint|week|month|quarter|day|release|incident|launch)\b/g;
// "a team of eight", "a backlog of 300": the unit comes before the number.
const UNIT_BEFORE = new RegExp(
  String.raw`\b(?:team|group|backlog|queue|pile|fleet|list|set|org|staff) of (?:\d[\d,]*|${WORD_NUMBER})\b`,
  'g',
);

/** Numbers in a lower-cased sentence, each with what kind of claim it makes. Unit-less ones are skipped. */
export function findNumbers(lower: string): NumberMention[] {
  const out: NumberMention[] = [];
  // Most sentences have no number at all: skip the full scan unless one of its triggers is present.
  if (!/[\d$€£~]/.test(lower) && !WORD_NUMBER_TRIGGER.test(lower) && !TIME_WORD.test(lower)) return out;
  for (const m of lower.matchAll(TIME_RATE)) out.push({ index: m.index ?? 0, text: m[0], kind: 'duration' });
  for (const m of lower.matchAll(UNIT_BEFORE)) out.push({ index: m.index ?? 0, text: m[0], kind: 'count' });
  for (const match of lower.matchAll(NUMBER)) {
    const prev = lower[(match.index ?? 0) - 1] ?? ' ';
    if (/[a-z]/.test(prev)) continue; // part of a name such as "s3", "p95" or "q3"
    const kind = classify(lower, match);
    if (kind) out.push({ index: match.index ?? 0, text: match[0].trim(), kind });
  }
  return out;
}

/** Kinds that make a concrete, checkable claim. */
export const CLAIM_KINDS: ReadonlySet<NumberKind> = new Set(['money', 'count', 'duration', 'percent']);
