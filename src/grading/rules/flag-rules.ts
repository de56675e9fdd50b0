import type { Round } from '../../bank/vocabulary.js';
import type { FlagId, Severity } from '../types.js';
import type { TagId } from './tag-ids.js';

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
}

const DESIGN_ROUNDS: readonly Round[] = ['product-sense', 'technical', 'system-design', 'case-study'];

export const FLAG_RULES: Partial<Record<FlagId, FlagRule>> = {
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
  'red-flag': {
    severity: 'warning',
    penalty: 5,
    message: 'A phrase this question lists as a known mistake',
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
  'too-short': {
    severity: 'error',
    penalty: 0,
    cap: 20,
    message: 'Too short to show reasoning',
  },
  'off-topic': {
    severity: 'error',
    penalty: 0,
    cap: 10,
    message: 'Does not address the question',
  },
  'prompt-injection': {
    severity: 'error',
    penalty: 0,
    cap: 20,
    message: 'Text addressed to the grader, not the interviewer; it is ignored and the score is capped',
  },
};

/** Points by red-flag severity from the bank (the bank decides how bad its mistakes are). */
export const RED_FLAG_PENALTY: Record<Severity, number> = { info: 2, warning: 5, error: 8 };
/** At most this many points are taken for term misuse and red flags together. */
export const MISUSE_PENALTY_CAP = 20;
/** Penalties never take more than this in total; the rubric score already reflects what is missing. */
export const TOTAL_PENALTY_CAP = 40;

export const ENUMERATION_RULES = {
  /** At least this many enumerating units (a long feature list in one sentence counts 2 or 3)... */
  minUnits: 2,
  /** ...making up at least this share of the content... */
  minShare: 0.25,
  /** ...plus this much more, scaled by how well the rest of the answer reasons (0..1). */
  reasoningRaise: 0.35,
} as const;

export const OVERENGINEERING_RULES = {
  /** Distinct heavy components (or from-scratch builds, counted twice) before a design is suspect. */
  minComponents: 5,
  /** Cost- or user-grounded trade-off sentences that excuse a big design. */
  excusingSentences: 2,
} as const;

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

export const TOPIC_RULES = {
  /** Share of the answer's content words found in the question or the domain vocabulary. */
  minOverlap: 0.09,
  /** Tags that show the answer is about the interview's world (checked when the overlap is low). */
  onTopicTags: ['platform', 'persona', 'metric', 'generic-infra', 'stakeholder', 'competitor'] as TagId[],
  /** Content words of the answer needed before judging topic at all. */
  minWords: 25,
} as const;

/** Heavy machinery that signals a build-everything design when stacked without a reason. */
export const OVERBUILT_COMPONENTS =
  /\b(?:kafka|flink|redis|kubernetes|k8s|microservices?|cassandra|elasticsearch|graphql|grpc|multi-region|active-active|service mesh|istio|envoy|shard(?:s|ing|ed)?|event sourcing|cqrs|zookeeper|rabbitmq|pulsar|mongo\w*|dynamo\w*|spanner|cockroach\w*|terraform|kinesis|airflow|prometheus|grafana|elk|load balancers?|cdn|api gateway|bloom filters?|consistent hashing|vector clocks?|raft|paxos|b-?trees?|lsm|blockchain|knowledge graph|graph database|neo4j|lambda architecture|kappa|websockets?|edge (?:nodes|computing)|gpu clusters?|read replicas?|hot standby|multi-cloud|failover clusters?|druid|pinot|clickhouse|hbase|memcached|nginx|docker|helm|jaeger|opentelemetry|spark streaming|storm|samza|presto|trino|vault|consul|data mesh|reinforcement learning|deep learning model|transformer model|custom (?:ml )?model)\b/g;

/** Building from scratch what the platform already provides. */
export const FROM_SCRATCH =
  /\b(?:from scratch|(?:build|write|roll|develop) (?:our|my) own|in-house (?:\w+ )?(?:engine|scheduler|store|database|framework|orchestrator|protocol|format|index)|custom[- ]built|custom (?:scheduler|engine|index|storage|query engine|protocol|orchestrator|framework|runtime|database|file format|consensus)|home-?grown)\b/g;
