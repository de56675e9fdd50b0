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
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred|hundreds of|thousands of|millions of|a dozen|dozens of|half|a third|a quarter|two thirds|three quarters|a couple of|a few';
const WORD_NUMBER_TRIGGER = new RegExp(
  `\\b(?:${WORD_NUMBER}|twice|double|doubled|triple|tripled|halve|halved|tenfold)\\b`,
);
const TIME_WORD = /\b(?:day|hour|week|afternoon|morning|sprint)s?\b/;
const NUMBER = new RegExp(
  String.raw`${[
    String.raw`(?:\$|€|£)\s?\d[\d,.]*\s?(?:k|m|mm|bn|b|million|billion|thousand)?\b`,
    String.raw`\b\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|b)\b)?(?:\s?(?:%|percent\b|x\b))?`,
    String.raw`~\s?\d[\d,.]*`,
    String.raw`\b(?:${WORD_NUMBER})\b(?![-'])`,
    String.raw`\b(?:twice|doubled?|tripled?|halved?|tenfold)\b`,
  ].join('|')}`,
  'g',
);

const TIME_UNIT = new RegExp(
  String.raw`^[\s-]*(?:more |extra |full |whole |working |business |calendar )?(?:${[
    String.raw`seconds?`,
    String.raw`secs?`,
    String.raw`minutes?`,
    String.raw`mins?`,
    String.raw`hours?`,
    String.raw`hrs?`,
    String.raw`days?`,
    String.raw`weeks?`,
    String.raw`months?`,
    String.raw`quarters?`,
    String.raw`sprints?`,
    String.raw`years?`,
    String.raw`ms`,
    String.raw`milliseconds?`,
    String.raw`s\b`,
  ].join('|')})`,
);
const COUNT_UNIT = new RegExp(
  String.raw`^[\s-]*(?:\w+[\s-]){0,2}?(?:${[
    String.raw`people`,
    String.raw`persons?`,
    String.raw`engineers?`,
    String.raw`analysts?`,
    String.raw`scientists?`,
    String.raw`admins?`,
    String.raw`teams?`,
    String.raw`customers?`,
    String.raw`users?`,
    String.raw`accounts?`,
    String.raw`workspaces?`,
    String.raw`tickets?`,
    String.raw`cases`,
    String.raw`jobs?`,
    String.raw`pipelines?`,
    String.raw`tables?`,
    String.raw`models?`,
    String.raw`endpoints?`,
    String.raw`queries`,
    String.raw`query`,
    String.raw`clusters?`,
    String.raw`incidents?`,
    String.raw`deals?`,
    String.raw`logos`,
    String.raw`seats`,
    String.raw`notebooks?`,
    String.raw`dashboards?`,
    String.raw`runs?`,
    String.raw`tasks?`,
    String.raw`pages?`,
    String.raw`alerts?`,
    String.raw`outages?`,
    String.raw`escalations?`,
    String.raw`reports?`,
    String.raw`services?`,
    String.raw`companies`,
    String.raw`orgs?`,
    String.raw`organizations?`,
    String.raw`stakeholders?`,
    String.raw`releases?`,
    String.raw`features?`,
    String.raw`requests?`,
    String.raw`calls?`,
    String.raw`interviews?`,
    String.raw`steps?`,
    String.raw`weeks? of`,
    String.raw`dbus?`,
    String.raw`nodes?`,
    String.raw`gpus?`,
    String.raw`partners?`,
    String.raw`regions?`,
    String.raw`sprints?`,
    String.raw`members?`,
    String.raw`reps?`,
    String.raw`hires?`,
    String.raw`headcount`,
    String.raw`fte`,
    String.raw`requesters?`,
    String.raw`changes?`,
    // Things a program delivers or keeps, counted in a story's result ("the next three milestones landed").
    String.raw`milestones?`,
    String.raw`launches`,
    String.raw`renewals?`,
    String.raw`migrations?`,
    String.raw`commitments?`,
    String.raw`contracts?`,
    String.raw`bugs?`,
    String.raw`defects?`,
    String.raw`complaints?`,
    String.raw`errors?`,
    String.raw`failures?`,
    String.raw`regressions?`,
    String.raw`renewals?`,
    String.raw`churned`,
  ].join('|')})\b`,
);
/** "8 of the 12": a share of a counted population. */
const SHARE_OF = new RegExp(
  String.raw`^\s*(?:out )?of (?:the |our |their |all |those |these )?(?:\d|(?:${WORD_NUMBER})\b)`,
);
const MONEY_UNIT =
  /^[\s-]*(?:dollars|usd|a month|a year|per month|per year|\/mo|\/yr|in (?:compute|spend|revenue|arr|cost))/;
const SCALE_UNIT = new RegExp(
  String.raw`^[\s-]*(?:${[
    String.raw`tb`,
    String.raw`pb`,
    String.raw`gb`,
    String.raw`mb`,
    String.raw`terabytes?`,
    String.raw`petabytes?`,
    String.raw`gigabytes?`,
    String.raw`rows?`,
    String.raw`events?`,
    String.raw`records?`,
    String.raw`messages?`,
    String.raw`files?`,
    String.raw`columns?`,
    String.raw`requests? (?:per|a|\/)`,
    String.raw`qps`,
    String.raw`rps`,
    String.raw`tps`,
    String.raw`ms\b`,
    String.raw`milliseconds?`,
    String.raw`k?\s?events`,
    String.raw`million rows`,
    String.raw`billion rows`,
  ].join('|')})`,
);
const TIMEFRAME_BEFORE =
  /\b(?:within|in|after|over|by|for|first|next|past|last|every|each|per|the first|the next|in the first|in the next)\s+(?:the\s+)?(?:first\s+|next\s+)?$/;

// What a percentage is about. A concrete noun near it makes a claim; an abstraction makes it float.
const CONCRETE_NEAR = new RegExp(
  String.raw`\b(?:${[
    String.raw`tickets?`,
    String.raw`latency`,
    String.raw`costs?`,
    String.raw`spend`,
    String.raw`spending`,
    String.raw`bills?`,
    String.raw`dbus?`,
    String.raw`hours`,
    String.raw`runtime`,
    String.raw`run time`,
    String.raw`failures?`,
    String.raw`errors?`,
    String.raw`incidents?`,
    String.raw`churn`,
    String.raw`adoption`,
    String.raw`queries`,
    String.raw`jobs?`,
    String.raw`capacity`,
    String.raw`compute`,
    String.raw`storage`,
    String.raw`pages?`,
    String.raw`on-?call`,
    String.raw`sprint`,
    String.raw`p\d\d`,
    String.raw`time to`,
    String.raw`time-to`,
    String.raw`retries`,
    String.raw`rework`,
    String.raw`backlog`,
    String.raw`escalations?`,
    String.raw`renewals?`,
    String.raw`conversion`,
    String.raw`retention`,
    String.raw`activation`,
    String.raw`usage`,
    String.raw`share of`,
  ].join('|')})\b`,
);
const VAGUE_NEAR = new RegExp(
  String.raw`\b(?:${[
    String.raw`roi`,
    String.raw`tco`,
    String.raw`efficiency`,
    String.raw`productivity`,
    String.raw`engagement`,
    String.raw`satisfaction`,
    String.raw`synerg\w*`,
    String.raw`value`,
    String.raw`performance`,
    String.raw`innovation`,
    String.raw`velocity`,
    String.raw`growth`,
    String.raw`success`,
    String.raw`experience`,
    String.raw`collaboration`,
    String.raw`agility`,
    String.raw`outcomes?`,
    String.raw`impact`,
    String.raw`alignment`,
    String.raw`excellence`,
    String.raw`transformation`,
    String.raw`insights?`,
    String.raw`visibility`,
    String.raw`happiness`,
    String.raw`delight`,
  ].join('|')})\b`,
);
const VAGUE_MONEY =
  /\b(?:tam|sam|som|total addressable|addressable market|market (?:size|opportunity)|opportunity|roi|tco|value|synerg\w*|upside|potential|impact|savings)\b/;
const GROUNDING = new RegExp(
  String.raw`\b(?:${[
    String.raw`from\s+[~$\d]`,
    String.raw`baseline`,
    String.raw`than`,
    String.raw`compared`,
    String.raw`versus`,
    String.raw`vs\.?`,
    String.raw`because`,
    String.raw`since`,
    String.raw`by (?:moving|using|cutting|switching|removing|caching|routing|scheduling|killing|pruning|batching|deduplicating|compacting)`,
    String.raw`when`,
    String.raw`if`,
    String.raw`measured`,
    String.raw`today`,
    String.raw`currently`,
    String.raw`last (?:quarter|month|year)`,
    // A figure observed over a stated period is a measurement: "fell 60% that quarter", "six weeks
    // later it was running at 31%".
    String.raw`(?:that|the next|the following|the first) (?:full )?(?:week|month|quarter|sprint|year|half)`,
    String.raw`(?:days?|weeks?|months?|quarters?|sprints?) later`,
    String.raw`within`,
    String.raw`per (?:week|month|quarter|sprint)`,
    String.raw`of (?:the|our|their|all|sprint|total|jobs|teams|users|queries|tickets|customers|workspaces)`,
  ].join('|')})\b`,
);

/** Whether the sentence grounds its figures (GROUNDING anywhere in it); findNumbers asks once a sentence. */
type Grounded = () => boolean;

function classifyPercent(lower: string, index: number, end: number, grounded: Grounded): NumberKind {
  const after = lower.slice(end, end + 40);
  if (
    /^\s*of\s+(?:the\s+|their\s+|our\s+|all\s+|total\s+)?[a-z]/.test(after) &&
    !VAGUE_NEAR.test(after.slice(0, 25))
  )
    return 'percent';
  const near = lower.slice(Math.max(0, index - 50), end + 30);
  if (VAGUE_NEAR.test(near)) return 'floating';
  return grounded() || (CONCRETE_NEAR.test(near) && /\b(?:from|to)\b/.test(near)) ? 'percent' : 'floating';
}

function classify(lower: string, match: RegExpMatchArray, grounded: Grounded): NumberKind | undefined {
  const text = match[0];
  const index = match.index ?? 0;
  const end = index + text.length;
  const after = lower.slice(end, end + 40);
  const before = lower.slice(Math.max(0, index - 30), index);
  if (/^\d{4}$/.test(text) && /^(?:19|20)\d\d$/.test(text)) return 'year';
  if (/^[$€£]/.test(text) || MONEY_UNIT.test(after)) {
    // "$2B TAM", "$5M of value": a money figure on an abstraction floats like a bare percentage.
    const near = lower.slice(Math.max(0, index - 40), end + 30);
    return VAGUE_MONEY.test(near) && !grounded() ? 'floating' : 'money';
  }
  if (/%|percent|x$/.test(text) || /^(?:twice|doubled?|tripled?|halved?|tenfold)$/.test(text)) {
    return classifyPercent(lower, index, end, grounded);
  }
  if (TIME_UNIT.test(after)) return TIMEFRAME_BEFORE.test(before) ? 'timeframe' : 'duration';
  if (SCALE_UNIT.test(after)) return 'scale';
  if (COUNT_UNIT.test(after) || SHARE_OF.test(after)) return 'count';
  if (/^\d/.test(text) && /\b(?:to|from|of|at|under|below|above|over)\s*$/.test(before)) return 'count';
  return undefined;
}

// "a day every sprint", "an hour a day", "a week per release": a rate of lost time without a digit.
const TIME_RATE = new RegExp(
  String.raw`\b(?:${[
    String.raw`a`,
    String.raw`an`,
    String.raw`one`,
    String.raw`half a`,
    String.raw`a full`,
    String.raw`a whole`,
    String.raw`most of a`,
    String.raw`the better part of a`,
  ].join(
    '|',
  )}) (?:day|hour|week|afternoon|morning|sprint)s? (?:a|an|every|per|each|of every|of each|out of every) (?:sprint|week|month|quarter|day|release|incident|launch)\b`,
  'g',
);
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
  // Read once for the sentence, not once per figure: a line of thousands of figures was read that often.
  let groundedValue: boolean | undefined;
  const grounded = (): boolean => {
    groundedValue ??= GROUNDING.test(lower);
    return groundedValue;
  };
  for (const match of lower.matchAll(NUMBER)) {
    const prev = lower[(match.index ?? 0) - 1] ?? ' ';
    if (/[a-z]/.test(prev)) continue; // part of a name such as "s3", "p95" or "q3"
    const kind = classify(lower, match, grounded);
    if (kind) out.push({ index: match.index ?? 0, text: match[0].trim(), kind });
  }
  return out;
}

/** Kinds that make a concrete, checkable claim. */
export const CLAIM_KINDS: ReadonlySet<NumberKind> = new Set(['money', 'count', 'duration', 'percent']);
