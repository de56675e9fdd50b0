import type { Role, Round, SignalId } from '../bank/vocabulary.js';

/**
 * The interview loops the articles describe, per role, as data. Each step is one bank question from
 * its round, preferring the topics that round is about. Minutes are the real round's length as the
 * articles give it (shown for orientation); the clock in the loop is the question's own budget.
 *
 * Sources: "Databricks PM interview: feasibility is already solved" (the PM loop's six rounds, the
 * take-home and what passes it), "Databricks PM System Design Interview Guide" (the PM system-design
 * round) and "Databricks PGM vs TPM Role Differences" (the TPM and PGM loops, and influence versus
 * technical ownership as what decides each).
 */

export interface LoopStep {
  id: string;
  name: string;
  round: Round;
  /** Topics this round is about; questions on them are picked first. */
  topics: string[];
  /** The real round's length in minutes, from the articles. */
  realMinutes: number;
  /** What the interviewers are checking, in one line. */
  checks: string;
  /** take-home: answered in $EDITOR or from --case-study, then presented to the panel's probes. */
  kind: 'live' | 'take-home';
  /** Draw only from questions on `topics`, e.g. a debugging round needs real material to debug. */
  onlyTopics?: boolean;
}

export interface SignalGroup {
  id: string;
  name: string;
  signals: SignalId[];
}

export interface LoopPlan {
  role: Role;
  title: string;
  source: string;
  steps: LoopStep[];
  /** Rounds of the real loop this tool does not simulate, and why. */
  notSimulated: string[];
  /** What the committee weighs for this role; the first group is the one offers turn on. */
  groups: SignalGroup[];
}

const PM_SOURCE = 'Databricks PM interview: feasibility is already solved';
const ROLE_SOURCE = 'Databricks PGM vs TPM Role Differences';

const RECRUITER =
  'Recruiter screen: motivation, background and pay expectations; no rubric to grade against.';

export const LOOP_PLANS: Record<Role, LoopPlan> = {
  pm: {
    role: 'pm',
    title: 'Product manager loop',
    source: PM_SOURCE,
    steps: [
      {
        id: 'hiring-manager',
        name: 'Hiring manager call',
        round: 'product-sense',
        topics: ['customer-discovery', 'data-pipelines', 'observability', 'platform-economics'],
        realMinutes: 45,
        checks: 'whether product instincts carry over to infrastructure: why the user has the problem',
        kind: 'live',
      },
      {
        id: 'case-study',
        name: 'Take-home case study and presentation',
        round: 'case-study',
        topics: [],
        realMinutes: 60,
        checks:
          'a written artifact: problem anchored to a workflow, market numbers, trade-offs, platform metrics',
        kind: 'take-home',
      },
      {
        id: 'technical',
        name: 'Technical assessment',
        round: 'technical',
        topics: [
          'spark',
          'delta-lake',
          'unity-catalog',
          'ai-gateway',
          'vector-search',
          'model-serving',
          'mlflow',
        ],
        realMinutes: 45,
        checks: 'the stack as product topics: user problems and product decisions, not implementation',
        kind: 'live',
      },
      {
        id: 'system-design',
        name: 'System design',
        round: 'system-design',
        topics: ['data-pipelines', 'observability', 'platform-economics', 'unity-catalog'],
        realMinutes: 60,
        checks: 'clarify, design, data flow, scale and failure, trade-offs and a close, tied to the customer',
        kind: 'live',
      },
      {
        id: 'behavioral',
        name: 'Behavioral and leadership',
        round: 'behavioral',
        topics: ['leadership', 'prioritization', 'stakeholder-alignment'],
        realMinutes: 45,
        checks: 'ownership and conflicts where a technical constraint shaped the product decision',
        kind: 'live',
      },
    ],
    notSimulated: [RECRUITER],
    groups: [
      {
        id: 'product-judgment',
        name: 'Product judgment',
        signals: ['named-user', 'problem-cost', 'decision-tradeoff', 'success-metrics', 'market-viability'],
      },
      {
        id: 'technical-fluency',
        name: 'Technical fluency',
        signals: ['platform-specificity', 'system-tradeoffs'],
      },
      {
        id: 'ownership',
        name: 'Ownership and influence',
        signals: ['ownership', 'stakeholder-influence', 'quantified-result', 'star-structure'],
      },
    ],
  },
  tpm: {
    role: 'tpm',
    title: 'Technical program manager loop',
    source: ROLE_SOURCE,
    steps: [
      {
        id: 'product-sense',
        name: 'Product-sense screen',
        round: 'product-sense',
        topics: ['platform-economics', 'data-pipelines', 'observability'],
        realMinutes: 45,
        checks: 'who has the problem and what it costs, before any design',
        kind: 'live',
      },
      {
        id: 'system-design',
        name: 'System design',
        round: 'system-design',
        topics: ['data-pipelines', 'delta-lake', 'observability'],
        realMinutes: 60,
        checks: 'a pipeline designed through scoping, data flow, failure and trade-offs',
        kind: 'live',
      },
      {
        id: 'spark-debugging',
        name: 'Spark SQL debugging',
        round: 'technical',
        topics: ['hands-on-debugging'],
        realMinutes: 45,
        checks: 'hands-on depth: read the query, plan or Spark UI figures and say why the job is slow',
        kind: 'live',
        onlyTopics: true,
      },
      {
        id: 'technical-collaboration',
        name: 'Technical collaboration',
        round: 'behavioral',
        topics: ['incident-response', 'roadmap-risk', 'stakeholder-alignment'],
        realMinutes: 45,
        checks: 'incident response and trade-off analysis with engineering teams',
        kind: 'live',
      },
    ],
    notSimulated: [RECRUITER],
    groups: [
      {
        id: 'technical-depth',
        name: 'Technical depth',
        signals: ['platform-specificity', 'system-tradeoffs', 'failure-handling', 'clarifying-questions'],
      },
      {
        id: 'execution',
        name: 'Delivery and risk',
        signals: ['risk-mitigation', 'decision-tradeoff', 'prioritization', 'quantified-result'],
      },
      { id: 'influence', name: 'Stakeholder influence', signals: ['stakeholder-influence', 'ownership'] },
    ],
  },
  pgm: {
    role: 'pgm',
    title: 'Program manager loop',
    source: ROLE_SOURCE,
    steps: [
      {
        id: 'product-sense',
        name: 'Product sense and market sizing',
        round: 'product-sense',
        topics: ['go-to-market', 'platform-economics', 'metrics-and-success'],
        realMinutes: 45,
        checks: 'market opportunity with numbers, and success metrics for a launch',
        kind: 'live',
      },
      {
        id: 'cross-functional',
        name: 'Cross-functional collaboration',
        round: 'behavioral',
        topics: ['stakeholder-alignment', 'prioritization'],
        realMinutes: 45,
        checks: 'aligning teams without authority: their interests, the conflict, the resolution',
        kind: 'live',
      },
      {
        id: 'leadership',
        name: 'Leadership under ambiguity',
        round: 'behavioral',
        topics: ['leadership', 'roadmap-risk'],
        realMinutes: 45,
        checks: 'decisions under ambiguity, such as engineering pushing back on a timeline',
        kind: 'live',
      },
    ],
    notSimulated: [RECRUITER],
    groups: [
      {
        id: 'stakeholder-influence',
        name: 'Stakeholder influence',
        signals: ['stakeholder-influence', 'ownership', 'prioritization'],
      },
      {
        id: 'business-outcomes',
        name: 'Business outcomes',
        signals: ['market-viability', 'success-metrics', 'quantified-result', 'problem-cost'],
      },
      {
        id: 'risk',
        name: 'Risk and judgment',
        signals: ['risk-mitigation', 'decision-tradeoff', 'named-user'],
      },
    ],
  },
};
