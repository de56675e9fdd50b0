import type { SignalId } from '../../bank/vocabulary.js';

/**
 * Plain words for each signal, for feedback: what a strong answer does (used in "the strong answer
 * ...") and what to do when it is missing.
 */
export const SIGNAL_TEXT: Record<SignalId, { does: string; advice: string }> = {
  'named-user': {
    does: 'names who has the problem and the workflow that breaks for them',
    advice: 'Name the user (data engineer, ML engineer, admin...) and the step where their workflow breaks.',
  },
  'problem-cost': {
    does: 'puts a number on what the problem costs',
    advice: 'Attach a number to the cost: hours a sprint, dollars a month, share of capacity.',
  },
  'decision-tradeoff': {
    does: 'commits to one thing and says what it gives up',
    advice: 'Make one decision and say what you reject or defer, and why ("I would not build X because...").',
  },
  'risk-mitigation': {
    does: 'names what could go wrong and how to contain it',
    advice: 'Name the main risk and how you would contain it (pilot, flag, fallback, cap).',
  },
  'success-metrics': {
    does: 'defines success with a measure, a target and a time frame',
    advice:
      'Give a success metric with a baseline, target or time frame ("within 60 days, tickets drop by a third").',
  },
  'clarifying-questions': {
    does: 'asks scoping questions (scale, latency, users) before designing',
    advice: 'Open with scoping questions: scale, latency, freshness, who uses it, constraints.',
  },
  'system-tradeoffs': {
    does: 'weighs cost, latency, freshness or consistency against each other',
    advice: 'Say which system property you trade for which: e.g. accept minutes of staleness to cut cost.',
  },
  'platform-specificity': {
    does: 'uses specific platform components for a stated reason',
    advice: 'Use the platform (Delta Lake, Unity Catalog, serverless...) for a reason, not as decoration.',
  },
  'failure-handling': {
    does: 'says what happens when a job or dependency fails',
    advice: 'Say what happens when a stage fails: retries, replay, idempotent writes, isolation.',
  },
  'star-structure': {
    does: 'tells the story in order: situation, task, actions, result',
    advice: 'Tell it as situation, task, your actions, then the result.',
  },
  ownership: {
    does: 'says what the candidate personally did',
    advice: 'Say what you did yourself ("I pulled the numbers", "I proposed"), not only what "we" did.',
  },
  'quantified-result': {
    does: 'ends with a measurable result',
    advice: 'End with the outcome and a number: what changed and by how much.',
  },
  'stakeholder-influence': {
    does: 'shows how other teams were brought along despite a conflict',
    advice: 'Show the conflict with another team, what they cared about, and how you resolved it.',
  },
  prioritization: {
    does: 'sequences the work and says what waits, and why',
    advice: 'Say what comes first, what waits, and what waiting costs.',
  },
  'market-viability': {
    does: 'argues who pays and how big the opportunity is, with numbers',
    advice: 'Argue viability with numbers: who pays, how many, how much.',
  },
  'competitive-position': {
    does: 'takes a position against a named competitor',
    advice: 'Take a position on a named competitor: where to attack or defend, and why.',
  },
};
