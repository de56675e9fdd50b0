import { DATED_FACTS } from '../dated.js';
import type { DatedEvent, DatedFact } from '../types.js';
import { type Clause, NEGATION } from './clauses.js';
import type { Mention } from './mentions.js';

/**
 * Years and defaults. A year is read against the event word nearest to it (GA, open-sourced,
 * founded...) and the product that event is about; a duration next to "default" is read against the
 * setting it is nearest to (VACUUM's file retention, the log's retention).
 */

const EVENTS: readonly { kind: DatedEvent; pattern: RegExp }[] = [
  { kind: 'ga', pattern: /\bga\b|generally available|general availability/g },
  { kind: 'open-source', pattern: /\bopen[- ]sourc\w*|\bdonated\b/g },
  { kind: 'origin', pattern: /\b(?:created|started|began|begun|born|invented|conceived)\b/g },
  { kind: 'founded', pattern: /\b(?:founded|founding|co-?founded|incorporated)\b/g },
  { kind: 'release', pattern: /\b(?:released|launched|shipped|introduced|announced|came out|arrived)\b/g },
  {
    kind: 'apache',
    pattern: /apache software foundation|\basf\b|apache incubator|top-level project|incubat\w+/g,
  },
];
const YEAR = /\b(?:19[89]\d|20[0-3]\d)\b/g;
const NEAR_EVENT = 60;
const DEFAULT_WORD = /\bdefaults?\b|\bout of the box\b|\bunless (?:you|we) change\b/;
const DURATION = /\b(\d+)[- ]?(hours?|days?|weeks?|months?)\b/g;
const DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30 };
const NEAR_SETTING = 80;
// Without "default", only a retention figure counts ("older than 30 days"), not a run time ("took 3 hours").
const RETENTION_BEFORE =
  /(?:older than|for|after|keeps?|retains?|retention(?: of| is)?|up to|at least|beyond)\s*(?:the |a |about |roughly |only )?$/;
const RUN_TIME_BEFORE =
  /\b(?:ran|run|runs|running|took|takes|lasted|lasts|spent|waited|every|each)\s+(?:for\s+)?(?:about |roughly |over )?$/;
const FIRST_PERSON = /\b(?:we|our|us|i|my|you|your|they|their)\b|\bretain \d+ hours\b/;
const PLANNED =
  /\bto (?:drop|delete|remove|purge|expire|clean up)\b|(?:^|:\s*)(?:keep|retain|delete|drop|purge|expire|set)\b/;
const CHANGE_VERB =
  /\b(?:changed?|raised?|lowered?|increased?|reduced?|set|bumped|extended|overr(?:o|i)de|configured?|moved)\b/;
const nextToDefault = (lower: string, at: number, length: number): boolean =>
  /^\s*defaults?\b/.test(lower.slice(at + length)) || /\bdefaults? (?:of|is|was) $/.test(lower.slice(0, at));

export interface DatedClaim {
  fact: DatedFact;
  said: string;
}

const clauseAt = (clauses: readonly Clause[], at: number): Clause | undefined =>
  clauses.find((c) => at >= c.start && at < c.end);

/** A claim in a denied, negated or reported clause is not the candidate's. */
function asserted(lower: string, clauses: readonly Clause[], at: number): boolean {
  const clause = clauseAt(clauses, at);
  if (!clause) return true;
  return !clause.unasserted && !clause.denied && !NEGATION.test(lower.slice(clause.start, at));
}

/** The event word a year belongs to: the nearest one before it ("went GA in 2022"), else just after. */
function nearestEvent(lower: string, at: number): { kind: DatedEvent; index: number } | undefined {
  let best: { kind: DatedEvent; index: number; distance: number } | undefined;
  for (const { kind, pattern } of EVENTS) {
    for (const m of lower.matchAll(pattern)) {
      const index = m.index ?? 0;
      // An event word before the year always wins over one after it ("in 2019 and launched X").
      const distance = index < at ? at - index : NEAR_EVENT / 2 + (index - at);
      if (distance <= NEAR_EVENT && (!best || distance < best.distance)) best = { kind, index, distance };
    }
  }
  return best;
}

/** The product an event is about: named between the event word and the year, else before the word. */
function eventProduct(mentions: readonly Mention[], kind: DatedEvent, event: number, year: number) {
  const withFact = mentions
    .map((m) => ({
      m,
      fact: DATED_FACTS.find((d) => d.event?.kinds.includes(kind) && d.about.includes(m.fact.id)),
    }))
    .filter((x): x is { m: Mention; fact: DatedFact } => x.fact !== undefined);
  const [lo, hi] = event < year ? [event, year] : [year, event];
  const between = withFact.filter((x) => x.m.start > lo && x.m.end <= hi && x.m.subject);
  if (between.length > 0)
    return between.sort((a, b) => Math.abs(a.m.start - year) - Math.abs(b.m.start - year))[0];
  const before = withFact.filter((x) => x.m.end <= lo);
  if (before.length > 0) return before[before.length - 1];
  return withFact.find((x) => x.m.start >= hi);
}

export function datedClaims(
  lower: string,
  clauses: readonly Clause[],
  mentions: readonly Mention[],
): DatedClaim[] {
  const claims: DatedClaim[] = [];
  for (const m of lower.matchAll(YEAR)) {
    const at = m.index ?? 0;
    const year = Number(m[0]);
    const event = nearestEvent(lower, at);
    if (!event || !asserted(lower, clauses, at)) continue;
    const hit = eventProduct(mentions, event.kind, event.index, at);
    if (hit && !hit.fact.event?.years.includes(year)) claims.push({ fact: hit.fact, said: m[0] });
  }
  // A figure is read as the default when the sentence says "default", or states the setting in general
  // (no "we", no change): "VACUUM removes files older than 30 days" is a claim about the default.
  // "Default" counts in the figure's own clause: in "we'll make this default via autologging; 30-day
  // VACUUM windows mean...", the default is autologging's. A plan ("to drop raw files after 30 days",
  // "Retention: keep 30 days") sets a figure; it does not state the default.
  if (!DEFAULT_WORD.test(lower) && (FIRST_PERSON.test(lower) || CHANGE_VERB.test(lower))) return claims;
  const settings = DATED_FACTS.filter((d) => d.defaultValue);
  // "We changed it from its 30-day default to 90 days": only the figure next to "default" is the default.
  const changed = CHANGE_VERB.test(lower);
  const chosen = FIRST_PERSON.test(lower) || changed || PLANNED.test(lower);
  for (const m of lower.matchAll(DURATION)) {
    const at = m.index ?? 0;
    if (changed && !nextToDefault(lower, at, m[0].length)) continue;
    const clause = clauseAt(clauses, at);
    const saysDefault = DEFAULT_WORD.test(clause ? clause.text : lower);
    if (!saysDefault && chosen) continue;
    const lead = lower.slice(Math.max(0, at - 24), at);
    if (RUN_TIME_BEFORE.test(lead) || (!saysDefault && !RETENTION_BEFORE.test(lead))) continue;
    const unit = (m[2] ?? 'day').replace(/s$/, '');
    const days = Number(m[1]) * (DAYS[unit] ?? 1);
    let best: { fact: DatedFact; distance: number } | undefined;
    for (const fact of settings) {
      for (const n of lower.matchAll(new RegExp(fact.defaultValue?.names.source ?? '$^', 'g'))) {
        // Without "default", the figure has to be said of the setting, in its clause: in "bronze
        // deleted after 30 days; silver after 13 months, followed by VACUUM", no figure is VACUUM's.
        if (!saysDefault && clauseAt(clauses, n.index ?? 0) !== clause) continue;
        const distance = Math.abs((n.index ?? 0) - at);
        if (distance <= NEAR_SETTING && (!best || distance < best.distance)) best = { fact, distance };
      }
    }
    if (
      best &&
      asserted(lower, clauses, at) &&
      Math.abs(days - (best.fact.defaultValue?.days ?? days)) > 0.01
    )
      claims.push({ fact: best.fact, said: m[0] });
  }
  return claims;
}
