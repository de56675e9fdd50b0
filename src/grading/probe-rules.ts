import type { SignalId } from '../bank/vocabulary.js';

/**
 * Offline probes, as data: one per reasoning signal, each quoting a sentence of the candidate's own
 * answer (`{quote}`), so a probe is about what was written and never about a detail only the strong
 * exemplar has. `anchor` says which sentence to quote: the one that evidences that signal in the answer,
 * else the answer's decision, else its opening. A reply is graded on `signal` alone: did it repair it?
 */
export type AnchorKind = 'decision' | 'metric' | 'product' | 'opening';

export interface ProbeTemplate {
  anchor: AnchorKind;
  text: string;
}

export const PROBE_TEMPLATES: Record<SignalId, ProbeTemplate> = {
  'named-user': {
    anchor: 'opening',
    text: 'You wrote "{quote}". Who exactly feels that first, and what do they do today instead?',
  },
  'problem-cost': {
    anchor: 'opening',
    text: 'You wrote "{quote}". What does that problem cost today, in hours or dollars, and how do you know?',
  },
  'decision-tradeoff': {
    anchor: 'decision',
    text: 'You said "{quote}". What are you giving up by choosing that, and why is it worth it over the alternative?',
  },
  'risk-mitigation': {
    anchor: 'decision',
    text: 'Say "{quote}" goes wrong in the first month. What is the main risk, and how would you contain it?',
  },
  'success-metrics': {
    anchor: 'decision',
    text: 'You said "{quote}". What one number tells you it worked: from what baseline, to what target, by when?',
  },
  'clarifying-questions': {
    anchor: 'opening',
    text: 'Before "{quote}", what would you have asked to scope the problem, and how would the answers change your plan?',
  },
  'system-tradeoffs': {
    anchor: 'decision',
    text: 'You said "{quote}". What does that cost in latency, freshness or money, and where would you draw the line?',
  },
  'platform-specificity': {
    anchor: 'product',
    text: 'You said "{quote}". Which Databricks components carry that, and why those rather than something you build?',
  },
  'failure-handling': {
    anchor: 'decision',
    text: 'Walk me through "{quote}" when a job or dependency fails halfway: what retries, what is replayed, what does the user see?',
  },
  'star-structure': {
    anchor: 'opening',
    text: 'Take "{quote}" from the start: what was the situation, what was your task, and how did it end?',
  },
  ownership: {
    anchor: 'decision',
    text: 'In "{quote}", what did you personally do or decide, as opposed to the team?',
  },
  'quantified-result': {
    anchor: 'metric',
    text: 'You wrote "{quote}". What changed in the end, by how much, and how did you measure it?',
  },
  'stakeholder-influence': {
    anchor: 'decision',
    text: 'Who disagreed with "{quote}", what did they want, and how did you bring them along?',
  },
  prioritization: {
    anchor: 'decision',
    text: 'What did you say no to so that "{quote}" could happen, and what did waiting cost?',
  },
  'market-viability': {
    anchor: 'decision',
    text: 'Why would customers pay for "{quote}"? How big is that, roughly, and what is your evidence?',
  },
  'competitive-position': {
    anchor: 'decision',
    text: 'How does "{quote}" compare with what a competitor offers today, and where should Databricks win?',
  },
};

/** Which signal evidences each anchor kind in the answer. */
export const ANCHOR_SIGNALS: Record<Exclude<AnchorKind, 'opening'>, SignalId[]> = {
  decision: ['decision-tradeoff', 'system-tradeoffs', 'prioritization'],
  metric: ['quantified-result', 'success-metrics', 'problem-cost'],
  product: ['platform-specificity'],
};

/** Longest quote a probe carries, in characters; longer sentences are cut at a word. */
export const PROBE_QUOTE_MAX = 90;

/** A signal this weak in the answer is worth a probe; the weakest rubric signals go first. */
export const PROBE_WEAK_BELOW = 0.5;

/**
 * Points a reply adds to the final score, per outcome. A reply that shows the probed signal strongly
 * repaired it; partly, partly; a skipped probe costs a little, as a silent candidate would in a panel.
 */
export const PROBE_POINTS = { repaired: 4, partly: 2, missed: 0, skipped: -2 } as const;
export type ProbeOutcome = keyof typeof PROBE_POINTS;
