import type { Criterion } from '../bank/schema.js';
import type { Round } from '../bank/vocabulary.js';

/**
 * Default rubrics for the product rounds (product sense, technical, case study), in our own words from
 * what the source articles say interviewers reward. Weights add up to 100 per round.
 */

const FEASIBILITY = 'Databricks PM interview: feasibility is already solved';
const DESIGN_GUIDE = 'Databricks PM System Design Interview Guide';
const DAY_IN_LIFE = 'A Day in the Life of a Databricks Product Manager';

export const PRODUCT_RUBRICS: Pick<
  Record<Round, Criterion[]>,
  'product-sense' | 'technical' | 'case-study'
> = {
  'product-sense': [
    {
      id: 'user-and-problem',
      name: 'User and what the problem costs',
      weight: 30,
      signals: ['named-user', 'problem-cost'],
      anchors: {
        '1': 'Talks about "users" or the product in general; no workflow breaks and nothing is sized.',
        '3': 'Names a user group and a pain, but the cost of the pain is a guess or missing.',
        '5': 'Names who hits the problem, at which step of their work, and what it costs them in numbers.',
      },
      source: FEASIBILITY,
    },
    {
      id: 'decision',
      name: 'A decision and what it gives up',
      weight: 30,
      signals: ['decision-tradeoff', 'prioritization', 'platform-specificity'],
      anchors: {
        '1': 'A list of features or "improve X"; nothing is chosen over anything else.',
        '3': 'Picks a direction but does not say what is left out or what it costs.',
        '5': 'Commits to one surface, says what is deferred or rejected and why, using the platform for a reason.',
      },
      source: DAY_IN_LIFE,
    },
    {
      id: 'viability',
      name: 'Why it is worth funding',
      weight: 15,
      signals: ['market-viability', 'competitive-position', 'problem-cost'],
      anchors: {
        '1': 'No argument for why anyone would pay or why now.',
        '3': 'Says the market is large or a competitor is ahead, without numbers or a stance.',
        '5': 'Sizes who pays and how much, and takes a position against a named alternative.',
      },
      source: FEASIBILITY,
    },
    {
      id: 'success',
      name: 'Success measures and risks',
      weight: 25,
      signals: ['success-metrics', 'risk-mitigation'],
      anchors: {
        '1': 'No measure of success, or "customers are happy".',
        '3': 'Names a metric such as adoption, without a target group, baseline or window.',
        '5': 'A metric with a baseline or target and a time frame, plus the main risk and how to contain it.',
      },
      source: FEASIBILITY,
    },
  ],
  technical: [
    {
      id: 'user-problem',
      name: 'The user problem behind the technology',
      weight: 30,
      signals: ['named-user', 'problem-cost'],
      anchors: {
        '1': 'Explains how the technology works with no user in sight.',
        '3': 'Names who is affected but not what it costs them.',
        '5': 'Uses the technology to expose a specific user problem and what it costs in time or money.',
      },
      source: FEASIBILITY,
    },
    {
      id: 'platform-reasoning',
      name: 'Platform concepts used correctly and for a reason',
      weight: 30,
      signals: ['platform-specificity', 'system-tradeoffs', 'failure-handling'],
      anchors: {
        '1': 'Recites what products do, or gets a product wrong.',
        '3': 'Uses the right components but without saying why they matter here.',
        '5': 'Uses each concept as shorthand for why a product decision matters, with its cost or latency effect.',
      },
      source: DESIGN_GUIDE,
    },
    {
      id: 'decision',
      name: 'What to build and what not to',
      weight: 20,
      signals: ['decision-tradeoff', 'risk-mitigation', 'prioritization'],
      anchors: {
        '1': 'No proposal, or a wish list.',
        '3': 'A proposal without its hard part or what is out of scope.',
        '5': 'One concrete surface, the hard part named, and what is deliberately left out.',
      },
      source: FEASIBILITY,
    },
    {
      id: 'success',
      name: 'How success is measured',
      weight: 20,
      signals: ['success-metrics'],
      anchors: {
        '1': 'No measure.',
        '3': 'A metric without a target or window.',
        '5': 'Adoption or cost measures with a target group and a time frame.',
      },
      source: FEASIBILITY,
    },
  ],
  'case-study': [
    {
      id: 'problem',
      name: 'A sharp problem statement',
      weight: 25,
      signals: ['named-user', 'problem-cost'],
      anchors: {
        '1': 'Opens with the product, not the problem.',
        '3': 'Names a segment and a pain without sizing it.',
        '5': 'Names the segment, the broken workflow and what it costs, with a number.',
      },
      source: FEASIBILITY,
    },
    {
      id: 'viability',
      name: 'A viable-market argument',
      weight: 25,
      signals: ['market-viability', 'competitive-position'],
      anchors: {
        '1': 'No market argument, or "the TAM is huge".',
        '3': 'A market claim without numbers, or a competitor named without a stance.',
        '5': 'Who pays and how much, with numbers, and where to attack or defend against a named competitor.',
      },
      source: FEASIBILITY,
    },
    {
      id: 'tradeoffs',
      name: 'Explicit product trade-offs',
      weight: 30,
      signals: ['decision-tradeoff', 'prioritization', 'risk-mitigation'],
      anchors: {
        '1': 'A list of features.',
        '3': 'A recommendation without what it gives up.',
        '5': 'A recommendation, what is deferred and why, and the main risk with its mitigation.',
      },
      source: DAY_IN_LIFE,
    },
    {
      id: 'success',
      name: 'Success in platform terms',
      weight: 20,
      signals: ['success-metrics'],
      anchors: {
        '1': 'No success measure.',
        '3': 'Adoption or revenue without a window or target.',
        '5': 'Adoption among a named group within a window, fewer support tickets on a failure mode, pull-through.',
      },
      source: FEASIBILITY,
    },
  ],
};

/**
 * A free-text technical question that asks why something is slow, failing or costly, and not how
 * success is measured, is graded on the diagnosis: the cause read from the evidence, the fix and what
 * it costs, and who it hurts. Asking it for a launch metric would grade an answer to another question.
 */
export const DIAGNOSIS_RUBRIC: Criterion[] = [
  {
    id: 'cause',
    name: 'The cause, read from the evidence',
    weight: 40,
    signals: ['platform-specificity', 'failure-handling', 'system-tradeoffs'],
    anchors: {
      '1': 'Lists tuning knobs or products without saying what is wrong.',
      '3': 'Names a plausible cause but not the evidence that shows it.',
      '5': 'Names the cause, where it shows (plan, stage, task times, file sizes) and why it happens here.',
    },
    source: DESIGN_GUIDE,
  },
  {
    id: 'fix-and-cost',
    name: 'The fix, and what it costs',
    weight: 35,
    signals: ['decision-tradeoff', 'system-tradeoffs', 'risk-mitigation'],
    anchors: {
      '1': 'Every fix at once, or a bigger cluster.',
      '3': 'One fix, without what it gives up or what it rules out.',
      '5': 'One fix chosen over the obvious alternative, with what gets slower, costlier or later.',
    },
    source: DESIGN_GUIDE,
  },
  {
    id: 'impact',
    name: 'Who it hurts and what it costs them',
    weight: 25,
    signals: ['named-user', 'problem-cost'],
    anchors: {
      '1': 'No one downstream in sight.',
      '3': 'Names who is affected, not what it costs them.',
      '5': 'Says who waits or pays (an analyst, a team, a customer) and how much.',
    },
    source: FEASIBILITY,
  },
];

/** What makes a technical question a diagnosis, and what makes it ask for a measure of success. */
export const DIAGNOSIS_ASK =
  /\b(?:why|what is happening|what's happening|what is going on|what's going on|bottlenecks?|slow(?:er|s|ed|ing)?|fail(?:s|ing|ed|ure)?|diagnos\w*|root cause|debug\w*|out of memory|oom|spill\w*|skew\w*|stragglers?|regress\w*)\b/;
export const MEASURE_ASK =
  /\b(?:measur\w*|metrics?|kpis?|success|succeed\w*|know (?:if|whether|it)|how would you tell|track\w*|adoption)\b/;
