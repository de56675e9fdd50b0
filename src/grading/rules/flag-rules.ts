import type { Round, SignalId } from '../../bank/vocabulary.js';
import type { Severity } from '../types.js';
import { alt } from './alternation.js';

/**
 * Flags as data: severity, the points each costs, the message the candidate sees, and the thresholds
 * its detector uses. Gates (too-short, off-topic, prompt-injection) cap the score instead of
 * subtracting, so no amount of content elsewhere can lift an answer past them.
 */

export interface FlagRule {
  severity: Severity;
  /** Points subtracted from the 0-100 score. */
  penalty: number;
  /** When set, the score cannot exceed this. */
  cap?: number;
  message: string;
  /** Only in these rounds (all rounds when absent). */
  rounds?: readonly Round[];
  /**
   * The signals that would supply what the flag says is missing; when set, the flag applies only if
   * the question's rubric asks for one of them. Only `no-metrics` has it: a diagnosis question is not
   * asked for a launch metric, while a trade-off, a user, scoping and a result are expected in their
   * rounds whatever a rubric lists.
   */
  asksFor?: readonly SignalId[];
}

const DESIGN_ROUNDS: readonly Round[] = ['product-sense', 'technical', 'system-design', 'case-study'];

/**
 * Every flag, once: its id (the key, stable and public: JSON output, history files, the README's flag
 * table), severity, points, cap, message and rounds. The order here is the order flags are listed in.
 * Adding a flag means adding it here and writing its detector (flags/detect-flags.ts lists them).
 */
const DEFINITIONS = {
  'feature-enumeration': {
    severity: 'warning',
    penalty: 14,
    message:
      'Describes what products do instead of who has the problem, what it costs and what you would decide',
  },
  'over-engineering': {
    severity: 'warning',
    penalty: 12,
    message: 'Stacks infrastructure without tying it to a user need or its cost; a simpler design would do',
  },
  generic: {
    severity: 'warning',
    penalty: 10,
    message: 'Too generic to show judgment',
  },
  'term-misuse': {
    severity: 'error',
    penalty: 12,
    message: 'A product claim the facts contradict',
  },
  'no-tradeoff': {
    severity: 'warning',
    penalty: 4,
    message: 'No decision names what it gives up (what you would not build, or what gets worse)',
    rounds: DESIGN_ROUNDS,
  },
  'no-metrics': {
    severity: 'warning',
    penalty: 3,
    message: 'No measurable success metric with a baseline, target or time frame',
    rounds: ['product-sense', 'technical', 'case-study'],
    asksFor: ['success-metrics', 'quantified-result'],
  },
  'no-user': {
    severity: 'warning',
    penalty: 4,
    message: 'No specific user or broken workflow (say who: data engineers, ML engineers, admins...)',
    rounds: DESIGN_ROUNDS,
  },
  'no-clarification': {
    severity: 'warning',
    penalty: 4,
    message: 'Starts designing without scoping questions (scale, latency, users, constraints)',
    rounds: ['system-design'],
  },
  'no-result': {
    severity: 'warning',
    penalty: 8,
    message: 'The story has no outcome: say what changed, with a number',
    rounds: ['behavioral'],
  },
  'coordination-only': {
    severity: 'warning',
    penalty: 10,
    message: 'The story is meetings, alignment and updates: say what you decided yourself and what it cost',
    rounds: ['behavioral'],
  },
  blame: {
    severity: 'warning',
    penalty: 8,
    message: 'The story puts the setback on other people: say what you did to change the outcome',
    rounds: ['behavioral'],
  },
  'weak-exemplar': {
    severity: 'warning',
    penalty: 10,
    message: "Reads closer to this question's weak example answer than to its strong one",
  },
  'too-short': {
    severity: 'error',
    penalty: 0,
    cap: 20,
    message: 'Too short to show reasoning',
  },
  'off-topic': {
    severity: 'error',
    penalty: 0,
    cap: 30,
    message: 'Does not address the question',
  },
  'prompt-injection': {
    severity: 'error',
    penalty: 0,
    cap: 20,
    message: 'Text addressed to the grader, not the interviewer; it is ignored and the score is capped',
  },
  'red-flag': {
    severity: 'warning',
    penalty: 5,
    message: 'A phrase this question lists as a known mistake',
  },
  'judge-disagreement': {
    // Raised by the merge of a model's grade (merge.ts), with its own message naming the criterion.
    severity: 'warning',
    penalty: 0,
    message: 'The judge and the heuristics disagree on a criterion',
  },
  'cut-off': {
    // Raised by a timed session (session/cut-off.ts), with how long the answer ran.
    severity: 'warning',
    penalty: 0,
    message: 'Time ran out: the answer was submitted as it stood',
  },
} satisfies Record<string, FlagRule>;

export type FlagId = keyof typeof DEFINITIONS;
export const FLAG_RULES: Readonly<Record<FlagId, FlagRule>> = DEFINITIONS;
/** Flag ids in listing order. */
export const FLAG_IDS = Object.keys(FLAG_RULES) as FlagId[];

/** Points by red-flag severity from the bank (the bank decides how bad its mistakes are). */
export const RED_FLAG_PENALTY: Record<Severity, number> = { info: 2, warning: 5, error: 8 };
/** At most this many points are taken for term misuse and red flags together. */
export const MISUSE_PENALTY_CAP = 20;
/** Penalties never take more than this in total; the rubric score already reflects what is missing. */
export const TOTAL_PENALTY_CAP = 40;

/**
 * A story whose candidate only kept people informed: at least `minCoordination` sentences of meetings,
 * alignment and trackers, and at most `maxOwnDecisions` sentences where the candidate (I, my) decides
 * or gives something up themselves. A group's or a committee's decision is not theirs
 * (rules/story-rules.ts, STORY_NOT_MADE). The articles' "we-not-I" and "coordinator, not owner" failure.
 */
export const COORDINATION_RULES = {
  minCoordination: 2,
  maxOwnDecisions: 0,
  // The candidate as the one deciding: "I", or "my call" and its kin. "My tracker" is not a decision
  // ("Leadership called it the cleanest deprecation we'd run, and other teams now use my tracker").
  firstPerson:
    /\b(?:i|i'd|i'm|i've|i'll|me)\b|\bmy (?:recommendation|pick|choice|bet|call|proposal|answer|plan|first move|decision)\b/,
} as const;

export const OVERENGINEERING_RULES = {
  /** Distinct heavy components (or from-scratch builds, counted twice) before a design is suspect. */
  minComponents: 5,
  /** Cost- or user-grounded trade-off sentences that excuse a big design. */
  excusingSentences: 2,
  /** Depth without purpose: an answer at least this long... */
  depthMinWords: 150,
  /** ...whose share of technical sentences (platform, infrastructure, diagnosis) is at least this... */
  depthShare: 0.3,
  /** ...with no named user this strong... */
  depthUserBelow: 0.45,
  /**
   * ...and no decision or system trade-off this strong, or no cost of the problem (problem-cost) this
   * strong: a trade-off between two internals, argued from neither a user nor what the problem costs,
   * is still depth for its own sake. The answers this brings in (no user, no cost, but a decision) were 1
   * strong against 23 weak on the corpus's train split, and none strong against 6 weak on dev.
   */
  depthDecisionBelow: 0.5,
  depthCostBelow: 0.45,
  /**
   * Tuning detail: an answer at least `depthMinWords` long with at least this many pieces of mechanism
   * per 100 words (inline code, fenced code lines, config keys such as spark.sql.shuffle.partitions,
   * snake_case and CamelCase identifiers) reads as a tuning guide, whatever it says about users. No
   * strong technical or design answer of the corpus's train or dev split reaches it; a third of the
   * over-engineered ones do.
   */
  mechanismPer100Words: 4,
} as const;

/** What counts as one piece of mechanism for `mechanismPer100Words` (inline code, config keys, identifiers). */
export const MECHANISM_TOKEN =
  /`[^`\n]+`|\b[a-z]+(?:\.[a-z][A-Za-z]+){2,}\b|\b[a-z]+_[a-z_]+\b|\b[A-Z][a-z]+[A-Z]\w+\b/g;

/**
 * A claim to have both sides of a choice instead of giving one up: "we get both", "both matter", "we do
 * both in parallel", "I didn't want to say no to either team". Whatever else the answer says about
 * trade-offs, one that declines the choice it was asked to make has not named what it gives up, so
 * no-tradeoff applies. "We can't do both", "both matter, but ..." and a concrete pairing ("I'd do both:
 * batch deletes weekly and ...") do not match.
 */
export const REFUSED_CHOICE = new RegExp(
  String.raw`\b${alt(
    String.raw`(?:we|you|they|i)(?:'ll| will| can| could| would)? (?:get|have|achieve|deliver) both\b(?! the\b| to\b| signed)`,
    String.raw`both (?:are|were) (?:equally )?(?:important|priorities|critical)`,
    String.raw`both matter(?!,? but)`,
    String.raw`(?:we|i|let's)(?:'d| would| will|'ll)? (?:just )?do both\b(?!:)`,
    String.raw`by doing both`,
    // The choice declined: "I wouldn't frame this as either/or", "I'm not really saying no to either".
    String.raw`(?:wouldn't|would not|won't|don't|do not) (?:frame|see|treat|call|make|present) (?:this|it|that) (?:as )?(?:an? )?(?:either[/ -]or|a no|binary|zero-sum)`,
    String.raw`not (?:really |fully |actually )?saying no to (?:either|anyone|anybody|both)`,
    String.raw`(?:would|will|do) not (?:really |fully )?say no to`,
    String.raw`do both in parallel`,
    String.raw`(?:we|i|you)(?: really)? (?:don't|do not|didn't|won't|must not|shouldn't|never) (?:have|need|want) to (?:choose|pick)\b(?! on\b| by\b| based\b)`,
    String.raw`must not choose`,
    String.raw`(?:i|we) (?:didn't|did not|don't|do not) want to say no to either`,
    String.raw`wouldn't want to drop either`,
    String.raw`without (?:giving up|dropping|sacrificing|compromising) (?:on )?either`,
    String.raw`keep both (?:\w+ )?(?:happy|satisfied)`,
    String.raw`(?:has|have|need) to serve both`,
    // The choice handed to someone else: "both have merit, so I'd bring it to the engineering lead and
    // let the team weigh it in planning".
    String.raw`both (?:options )?(?:have|has) (?:their )?merits?(?!,? but)`,
    String.raw`let (?:the (?:team|eng(?:ineering)? (?:lead|manager|team)|leadership|stakeholders|steering (?:group|committee))|leadership|engineering) (?:weigh|decide|choose|pick|make the call)\b`,
    String.raw`leave (?:the (?:call|decision|choice)|it) (?:to|up to) (?:the )?(?:team|eng(?:ineering)? lead|leadership|stakeholders|steering (?:group|committee))\b`,
  )}`,
);

export const GENERIC_RULES = {
  /** Buzzwords per 100 words above which an answer with few claims reads as stuffed. */
  buzzDensity: 3.5,
  /** Claims (sentences with a concrete number) per 100 words below which buzzwords are not backed. */
  claimDensity: 0.9,
  /** Generic cloud components with no platform component at all. */
  genericInfra: 3,
} as const;

export const LENGTH_RULES = {
  /** Below this many words an answer is gated. */
  minWords: 45,
  /** Below this the flag is shown as information, with no cost. */
  shortWords: 70,
} as const;

/** Heavy machinery that signals a build-everything design when stacked without a reason. */
export const OVERBUILT_COMPONENTS = new RegExp(
  String.raw`\b(?:${[
    String.raw`kafka`,
    String.raw`flink`,
    String.raw`redis`,
    String.raw`kubernetes`,
    String.raw`k8s`,
    String.raw`microservices?`,
    String.raw`cassandra`,
    String.raw`elasticsearch`,
    String.raw`graphql`,
    String.raw`grpc`,
    String.raw`multi-region`,
    String.raw`active-active`,
    String.raw`service mesh`,
    String.raw`istio`,
    String.raw`envoy`,
    String.raw`shard(?:s|ing|ed)?`,
    String.raw`event sourcing`,
    String.raw`cqrs`,
    String.raw`zookeeper`,
    String.raw`rabbitmq`,
    String.raw`pulsar`,
    String.raw`mongo\w*`,
    String.raw`dynamo\w*`,
    String.raw`spanner`,
    String.raw`cockroach\w*`,
    String.raw`terraform`,
    String.raw`kinesis`,
    String.raw`airflow`,
    String.raw`prometheus`,
    String.raw`grafana`,
    String.raw`elk`,
    String.raw`load balancers?`,
    String.raw`cdn`,
    String.raw`api gateway`,
    String.raw`bloom filters?`,
    String.raw`consistent hashing`,
    String.raw`vector clocks?`,
    String.raw`raft`,
    String.raw`paxos`,
    String.raw`b-?trees?`,
    String.raw`lsm`,
    String.raw`blockchain`,
    String.raw`knowledge graph`,
    String.raw`graph database`,
    String.raw`neo4j`,
    String.raw`lambda architecture`,
    String.raw`kappa`,
    String.raw`websockets?`,
    String.raw`edge (?:nodes|computing)`,
    String.raw`gpu clusters?`,
    String.raw`read replicas?`,
    String.raw`hot standby`,
    String.raw`multi-cloud`,
    String.raw`failover clusters?`,
    String.raw`druid`,
    String.raw`pinot`,
    String.raw`clickhouse`,
    String.raw`hbase`,
    String.raw`memcached`,
    String.raw`nginx`,
    String.raw`docker`,
    String.raw`helm`,
    String.raw`jaeger`,
    String.raw`opentelemetry`,
    String.raw`spark streaming`,
    String.raw`storm`,
    String.raw`samza`,
    String.raw`presto`,
    String.raw`trino`,
    String.raw`vault`,
    String.raw`consul`,
    String.raw`data mesh`,
    String.raw`reinforcement learning`,
    String.raw`deep learning model`,
    String.raw`transformer model`,
    String.raw`custom (?:ml )?model`,
  ].join('|')})\b`,
  'g',
);

/** Building from scratch what the platform already provides. */
export const FROM_SCRATCH = new RegExp(
  String.raw`\b(?:${[
    String.raw`from scratch`,
    String.raw`(?:build|write|roll|develop) (?:our|my) own`,
    String.raw`in-house (?:\w+ )?(?:engine|scheduler|store|database|framework|orchestrator|protocol|format|index)`,
    String.raw`custom[- ]built`,
    String.raw`custom (?:scheduler|engine|index|storage|query engine|protocol|orchestrator|framework|runtime|database|file format|consensus)`,
    String.raw`home-?grown`,
  ].join('|')})\b`,
  'g',
);

/**
 * weak-exemplar fires when the answer's similarity to its bank question's strong example answer, less
 * its similarity to the weak one, is below `leanBelow` (relevance/exemplar-lean.ts): closer to the weak
 * one. Zero is the plain reading ("closer to the weak example"); on the train and dev splits' answers to
 * bank questions it fires on 0 of 216 strong technical answers and 84 of 161 weak ones, 2 of 428 strong
 * and 138 of 331 weak product, design and case answers, 20 of 198 strong and 126 of 163 weak stories.
 */
export const EXEMPLAR_RULES = {
  leanBelow: 0,
} as const;
