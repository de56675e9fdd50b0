import type { SignalId } from '../bank/vocabulary.js';

/**
 * The names a person reads for each reasoning signal, where a focus area or a weakness is named
 * (loop read-out, progress, review). Ids stay in JSON output; these are for text.
 */
export const SIGNAL_NAMES: Record<SignalId, string> = {
  'named-user': 'Naming the user and their broken workflow',
  'problem-cost': 'Putting a number on what the problem costs',
  'decision-tradeoff': 'Making a decision and saying what it gives up',
  'risk-mitigation': 'Naming the main risk and how to contain it',
  'success-metrics': 'Success metrics with a baseline, target and time frame',
  'clarifying-questions': 'Asking scoping questions before designing',
  'system-tradeoffs': 'Weighing cost, latency, freshness and consistency',
  'platform-specificity': 'Using Databricks components for a stated reason',
  'failure-handling': 'What happens when a job or dependency fails',
  'star-structure': 'Telling a story in order: situation, task, action, result',
  ownership: 'Saying what you personally did or decided',
  'quantified-result': 'A result with a number',
  'stakeholder-influence': 'Bringing other teams along without authority',
  prioritization: 'Sequencing the work and saying no',
  'market-viability': 'Why the market is big and paid-for enough',
  'competitive-position': 'A point of view on a named competitor',
};

export const signalName = (id: SignalId): string => SIGNAL_NAMES[id] ?? id;
