import { CHECKED, DOCS } from './sources.js';
import type { ProductFact } from './types.js';

/** Spend controls, orchestration and ingestion, and Spark's adaptive execution defaults. */
export const PIPELINE_PRODUCTS: readonly ProductFact[] = [
  {
    id: 'budget-policies',
    product: 'Serverless budget policies and budgets',
    aliases: [
      'budget policies',
      'budget policy',
      'serverless budget policies',
      'serverless budget policy',
      'account budgets',
    ],
    statement:
      'Serverless budget policies tag serverless usage so it can be attributed; account budgets send alerts. Neither stops or caps spend.',
    does: [],
    doesNot: [
      {
        role: 'caps-spend',
        correction:
          'Budget policies only tag serverless usage for attribution and budgets only alert; neither enforces a spending cap.',
      },
    ],
    source: DOCS.budgetPolicies,
    asOf: CHECKED,
  },
  {
    id: 'lakeflow-jobs',
    product: 'Lakeflow Jobs',
    aliases: ['lakeflow jobs', 'databricks jobs', 'databricks workflows'],
    statement:
      'Lakeflow Jobs (formerly Workflows) orchestrates tasks: notebooks, pipelines, SQL, dbt and more, on a schedule or trigger.',
    does: ['orchestrates'],
    doesNot: [],
    source: DOCS.lakeflow,
    asOf: CHECKED,
  },
  {
    id: 'lakeflow-declarative-pipelines',
    product: 'Lakeflow Declarative Pipelines',
    aliases: [
      'lakeflow declarative pipelines',
      'lakeflow spark declarative pipelines',
      'declarative pipelines',
      'delta live tables',
      'dlt',
    ],
    statement:
      'Lakeflow Declarative Pipelines (formerly Delta Live Tables) declares batch and streaming transformations with data quality expectations, and manages their dependencies and compute.',
    does: ['ingests', 'orchestrates'],
    doesNot: [],
    source: DOCS.lakeflow,
    asOf: CHECKED,
  },
  {
    id: 'lakeflow-connect',
    product: 'Lakeflow Connect',
    aliases: ['lakeflow connect'],
    statement:
      'Lakeflow Connect provides managed connectors that ingest from SaaS apps and databases (Salesforce, Workday, SQL Server...) into Unity Catalog tables.',
    does: ['ingests', 'connects-saas'],
    doesNot: [],
    source: DOCS.lakeflowConnect,
    asOf: CHECKED,
  },
  {
    id: 'auto-loader',
    product: 'Auto Loader',
    aliases: ['auto loader', 'autoloader'],
    statement:
      'Auto Loader incrementally ingests new files as they arrive in cloud object storage; SaaS and database sources are Lakeflow Connect.',
    does: ['ingests'],
    doesNot: [
      {
        role: 'connects-saas',
        correction:
          'Auto Loader reads files from cloud object storage; managed SaaS and database connectors are Lakeflow Connect.',
      },
    ],
    source: DOCS.autoLoader,
    asOf: CHECKED,
  },
  {
    id: 'aqe',
    product: 'Adaptive query execution',
    aliases: ['adaptive query execution', 'aqe', 'aqe skew join', 'skew join handling', 'skew-join handling'],
    statement:
      'Adaptive query execution, including skew-join splitting for sort-merge joins, has been on by default since Spark 3.2.0 and on Databricks; when it does not fire, look at its thresholds or at skew it does not handle (aggregations, windows).',
    does: ['on-by-default', 'speeds-up-queries'],
    doesNot: [
      {
        role: 'off-by-default',
        correction: 'AQE and its skew-join handling are on by default since Spark 3.2.0 (and on Databricks).',
      },
    ],
    source: DOCS.aqe,
    asOf: CHECKED,
  },
];
