import type { Criterion } from '../bank/schema.js';
import type { Round } from '../bank/vocabulary.js';

/**
 * Default rubrics for the delivery rounds (behavioral, system design), in our own words from what the
 * source articles say interviewers reward. Weights add up to 100 per round.
 */

const DESIGN_GUIDE = 'Databricks PM System Design Interview Guide';
const CAREER_CHANGERS = 'Databricks Lakehouse System Design Interview for Career Changers from SWE to PM';
const DAY_IN_LIFE = 'A Day in the Life of a Databricks Product Manager';
const ROLES = 'Databricks PGM vs TPM Role Differences';

export const DELIVERY_RUBRICS: Pick<Record<Round, Criterion[]>, 'behavioral' | 'system-design'> = {
  behavioral: [
    {
      id: 'structure',
      name: 'A real story, told in order',
      weight: 20,
      signals: ['star-structure'],
      anchors: {
        '1': 'Generalities or a hypothetical ("I would...") instead of a story.',
        '3': 'A story, but the situation or the result is missing.',
        '5': 'Situation, task, actions and result, in that order, with concrete detail.',
      },
      source: ROLES,
    },
    {
      id: 'ownership',
      name: 'What you personally did and decided',
      weight: 25,
      signals: ['ownership', 'decision-tradeoff'],
      anchors: {
        '1': 'Only "we"; the candidate\'s own part is invisible.',
        '3': 'Some first-person actions, but no hard call.',
        '5': 'Clear first-person actions, including a decision and what it cost.',
      },
      source: ROLES,
    },
    {
      id: 'influence',
      name: 'Influence without authority',
      weight: 25,
      signals: ['stakeholder-influence', 'prioritization'],
      anchors: {
        '1': 'No other party, or they simply agreed.',
        '3': 'A disagreement, resolved by escalation or luck.',
        '5': 'What the other side cared about, the conflict, and how the candidate moved it with data or a trade.',
      },
      source: ROLES,
    },
    {
      id: 'result',
      name: 'A measurable result',
      weight: 30,
      signals: ['quantified-result'],
      anchors: {
        '1': 'No outcome, or "it went well".',
        '3': 'An outcome without a number.',
        '5': 'What changed and by how much, and what the candidate learned.',
      },
      source: DAY_IN_LIFE,
    },
  ],
  'system-design': [
    {
      id: 'scoping',
      name: 'Scoping before designing',
      weight: 20,
      signals: ['clarifying-questions', 'named-user'],
      anchors: {
        '1': 'Starts drawing boxes without asking anything.',
        '3': 'Asks about scale or latency but not who the users are.',
        '5': 'Asks about scale, latency, freshness and users, and says how the answers shape the design.',
      },
      source: DESIGN_GUIDE,
    },
    {
      id: 'design',
      name: 'A design on the platform that survives failure',
      weight: 25,
      signals: ['platform-specificity', 'failure-handling'],
      anchors: {
        '1': 'A generic cloud diagram, happy path only.',
        '3': 'Platform components placed sensibly, little on failure.',
        '5': 'Components chosen for a reason, with retries, replay or isolation for when a stage fails.',
      },
      source: DESIGN_GUIDE,
    },
    {
      id: 'tradeoffs',
      name: 'Trade-offs made explicit',
      weight: 30,
      signals: ['system-tradeoffs', 'decision-tradeoff'],
      anchors: {
        '1': 'Everything is real-time, cached and multi-region; nothing is given up.',
        '3': 'Mentions trade-offs without choosing a side.',
        '5': 'Says which of cost, latency, freshness or consistency it gives up, where, and why.',
      },
      source: CAREER_CHANGERS,
    },
    {
      id: 'business',
      name: 'Tied to the customer and the business',
      weight: 25,
      signals: ['problem-cost', 'success-metrics', 'risk-mitigation'],
      anchors: {
        '1': 'No link from the design to a customer outcome or cost.',
        '3': 'A nod to cost or users, without numbers.',
        '5': 'Sizes the cost or value, says how success is measured, and names the main risk with its mitigation.',
      },
      source: CAREER_CHANGERS,
    },
  ],
};
