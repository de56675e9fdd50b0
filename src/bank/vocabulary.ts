/** Closed vocabularies of the bank format. Topics are open: banks may declare their own (see schema). */
export const ROUNDS = ['product-sense', 'technical', 'behavioral', 'system-design', 'case-study'] as const;
export type Round = (typeof ROUNDS)[number];

export const ROLES = ['pm', 'tpm', 'pgm'] as const;
export type Role = (typeof ROLES)[number];

/** `staff` is the L6 Staff/Group PM and Staff PGM tier the articles describe: portfolio and org-level calls. */
export const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Exemplar labels, best first. Every question needs one of each: `mid` is the almost-right answer a
 * prepared candidate gives, so a candidate can see the gap between it and the bar.
 */
export const EXEMPLAR_LABELS = ['strong', 'mid', 'weak'] as const;
export type ExemplarLabel = (typeof EXEMPLAR_LABELS)[number];

/** System design phases in the order an interview runs them. */
export const PHASES = [
  'clarify',
  'highLevelDesign',
  'dataFlow',
  'scaleAndFailure',
  'tradeoffs',
  'close',
] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  clarify: 'Clarify',
  highLevelDesign: 'High-level design',
  dataFlow: 'Data flow',
  scaleAndFailure: 'Scale and failure',
  tradeoffs: 'Trade-offs',
  close: 'Close',
};

/** Built-in topics. A bank file may add its own under `topics:`. */
export const BUILTIN_TOPICS: Record<string, string> = {
  spark: 'Spark: lazy evaluation, query planning and unpredictable job cost',
  'shuffle-skew': 'Shuffle, data skew and slow joins',
  'delta-lake': 'Delta Lake: ACID transactions, time travel, schema enforcement',
  'unity-catalog': 'Unity Catalog: governance, permissions, lineage, audit',
  photon: 'Photon: vectorized query engine and its economics',
  serverless: 'Serverless compute and SQL warehouses, cost and scaling',
  mlflow: 'MLflow: experiment tracking, model registry, evaluation, deployment',
  'ai-gateway': 'Mosaic AI Gateway: rate limits, routing, cost control for LLM calls',
  'vector-search': 'Mosaic AI Vector Search: managed embedding index on Delta tables',
  'model-serving': 'Mosaic AI Model Serving: serverless inference',
  'delta-sharing': 'Delta Sharing: open data sharing and network effects',
  'control-plane': 'Control plane versus data plane, multi-tenant trust',
  lakehouse: 'Lakehouse versus warehouse, medallion architecture',
  'open-source': 'Open source versus commercial tension, open-core model',
  competition: 'Competitive framing: Snowflake, Microsoft Fabric, others',
  'platform-economics': 'DBUs, TCO, compute versus storage economics',
  'data-pipelines': 'Ingestion, ETL, streaming and orchestration',
  observability: 'Monitoring, alerting, pipeline health and cost attribution',
  'genai-platform': 'Generative AI on the platform: agents, evals, RAG',
  'stakeholder-alignment': 'Stakeholder alignment and influence without authority',
  'roadmap-risk': 'Roadmap, dependencies and delivery risk',
  'incident-response': 'Incidents, post-mortems and reliability trade-offs',
  prioritization: 'Prioritization and saying no',
  'customer-discovery': 'Customer problems, personas and workflow breakdowns',
  'metrics-and-success': 'Success metrics, adoption and outcomes',
  'go-to-market': 'Market sizing, pricing and go-to-market',
  leadership: 'Leadership, ownership and conflict',
  'hands-on-debugging':
    'Debugging drills with real material in the prompt: a query, a plan excerpt, Spark UI or job run figures',
  'market-sizing': 'Sizing a market or a launch from evidence: segments, spend, adoption',
  'system-tables': 'Product-framed SQL over system tables: billing, lineage, query and job history',
  lakeflow: 'Lakeflow: Connect (managed connectors), Declarative Pipelines (formerly DLT) and Jobs',
  'agent-bricks': 'Agent Bricks and the Mosaic AI Agent Framework: building, evaluating and deploying agents',
  lakebase: 'Lakebase: serverless Postgres for operational data next to the lakehouse',
  'databricks-apps': 'Databricks Apps: data and AI apps hosted on the platform, governed by Unity Catalog',
  'aibi-genie': 'AI/BI dashboards and Genie spaces: business users asking questions of governed data',
  'uc-abac':
    'Unity Catalog ABAC: governed tags with row-filter and column-mask policies, data classification',
  'metric-views': 'Unity Catalog metric views: business metrics defined once and reused across tools',
  iceberg: 'Apache Iceberg on Databricks: managed Iceberg tables, UniForm, the Iceberg REST catalog',
  'predictive-optimization':
    'Predictive optimization: automatic OPTIMIZE, VACUUM and statistics on managed tables',
  'mlflow-3': 'MLflow 3: GenAI tracing, evaluation with scorers and judges, LoggedModel, prompt registry',
  'clean-rooms': 'Databricks Clean Rooms: privacy-safe collaboration on shared data without copying it',
  'foundation-model-apis': 'Foundation Model APIs: pay-per-token and provisioned throughput model endpoints',
};

/**
 * Reasoning signals the offline grader detects in an answer. A rubric criterion lists the signals that
 * evidence it; the grader scores the criterion from them. Descriptions are shown in docs and the schema.
 */
export const SIGNALS = {
  'named-user':
    'A specific persona (data engineer, ML engineer, analyst, admin) and the workflow that breaks for them.',
  'problem-cost':
    'What the problem costs, with a number attached to a claim (dollars, hours, share of capacity).',
  'decision-tradeoff': 'A decision stated with what was rejected or given up and why.',
  'risk-mitigation': 'Risks or failure modes named together with how they are mitigated.',
  'success-metrics': 'Measurable success metrics, ideally with a baseline, target or time frame.',
  'clarifying-questions': 'Scoping questions (scale, latency, users, constraints) asked before designing.',
  'system-tradeoffs': 'Cost, latency, consistency or freshness trade-offs reasoned through.',
  'platform-specificity': 'Databricks components used correctly and for a reason, not as decoration.',
  'failure-handling':
    'What happens when a job, stage or dependency fails: retries, replay, idempotency, isolation.',
  'star-structure': 'A story with situation, task, actions and result in that order.',
  ownership: 'First-person actions: what the candidate personally did or decided.',
  'quantified-result': 'An outcome with a number: what changed and by how much.',
  'stakeholder-influence':
    'Aligning teams or people without authority: their interests, the conflict, how it was resolved.',
  prioritization: 'Sequencing and saying no, with the reason and the cost of waiting.',
  'market-viability':
    'Why the problem is big and paid-for enough: market size, revenue, adoption or churn arguments.',
  'competitive-position':
    'A point of view on where Databricks should attack or defend against a named competitor, and why.',
} as const;

export type SignalId = keyof typeof SIGNALS;
export const SIGNAL_IDS = Object.keys(SIGNALS) as [SignalId, ...SignalId[]];

/** Ids: lowercase words joined by single hyphens (the schema's slugs; also used by the fast check). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
