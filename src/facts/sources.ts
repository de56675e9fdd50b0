import type { FactSource } from './types.js';

/**
 * The documentation pages the facts were checked against, by title, so each is spelled once.
 * `CHECKED` is the date they were read.
 */
export const CHECKED = '2026-12-01';

const page = (title: string, url: string): FactSource => ({ title, url });

export const DOCS = {
  ucOverview: page(
    'What is Unity Catalog?',
    'https://docs.databricks.com/aws/en/data-governance/unity-catalog/',
  ),
  ucGa: page(
    'Unity Catalog GA release note',
    'https://docs.databricks.com/archive/unity-catalog/20220825.html',
  ),
  ucOss: page(
    'Unity Catalog OSS: Open Catalog for Data and AI',
    'https://github.com/unitycatalog/unitycatalog',
  ),
  vacuum: page(
    'VACUUM (Databricks SQL language reference)',
    'https://docs.databricks.com/aws/en/sql/language-manual/delta-vacuum',
  ),
  vacuumGuide: page(
    'Remove unused data files with vacuum',
    'https://docs.databricks.com/aws/en/delta/vacuum',
  ),
  sparkHistory: page('Apache Spark History', 'https://spark.apache.org/history.html'),
  sparkTlp: page(
    'ASF to Make Apache Spark a Top-Level Project',
    'https://www.datanami.com/this-just-in/asf_to_make_apache_spark_a_top-level_project',
  ),
  deltaOss: page(
    'Databricks Delta Lake Now Open Source',
    'https://i-programmer.info/news/197-data-mining/12723-databricks-delta-lake-now-open-source.html',
  ),
  mlflowLaunch: page(
    'Databricks Adds MLflow Integration (MLflow authored as open source in June 2018)',
    'https://www.infoq.com/news/2019/05/databricks-mlflow-integration',
  ),
  deltaSharingLaunch: page(
    'Introducing Delta Sharing: An Open Protocol for Secure Data Sharing',
    'https://www.databricks.com/blog/2021/05/26/introducing-delta-sharing-an-open-protocol-for-secure-data-sharing.html',
  ),
  warehouse: page(
    'SQL warehouse sizing, scaling, and queuing behavior',
    'https://docs.databricks.com/aws/en/compute/sql-warehouse/warehouse-behavior',
  ),
  architecture: page(
    'High-level architecture',
    'https://docs.databricks.com/aws/en/getting-started/overview',
  ),
  compute: page('Compute', 'https://docs.databricks.com/aws/en/compute/'),
  deltaSharing: page('What is Delta Sharing?', 'https://docs.databricks.com/aws/en/delta-sharing/'),
  liquid: page('Use liquid clustering for tables', 'https://docs.databricks.com/aws/en/delta/clustering'),
  vectorSearch: page(
    'Mosaic AI Vector Search',
    'https://docs.databricks.com/aws/en/vector-search/vector-search',
  ),
  aqe: page(
    'Using Adaptive Query Execution (AWS Prescriptive Guidance)',
    'https://docs.aws.amazon.com/prescriptive-guidance/latest/spark-tuning-glue-emr/using-adaptive-query-execution.html',
  ),
  mlflow3: page('MLflow 3', 'https://mlflow.org/docs/latest/genai/mlflow-3'),
  mlflowTracing: page(
    'MLflow Tracing - GenAI observability',
    'https://docs.databricks.com/aws/en/mlflow/mlflow-tracing',
  ),
  budgetPolicies: page(
    'Attribute usage with serverless budget policies',
    'https://docs.databricks.com/aws/en/admin/usage/budget-policies',
  ),
  photon: page('What is Photon?', 'https://docs.databricks.com/aws/en/compute/photon'),
  modelServing: page(
    'Deploy models using Mosaic AI Model Serving',
    'https://docs.databricks.com/aws/en/machine-learning/model-serving/',
  ),
  aiGateway: page('Mosaic AI Gateway introduction', 'https://docs.databricks.com/aws/en/ai-gateway/'),
  lakebase: page('What is Lakebase?', 'https://docs.databricks.com/aws/en/oltp/'),
  apps: page('Databricks Apps', 'https://docs.databricks.com/aws/en/dev-tools/databricks-apps/'),
  genie: page('What is an AI/BI Genie space', 'https://docs.databricks.com/aws/en/genie/'),
  agentBricks: page('Agent Bricks', 'https://docs.databricks.com/aws/en/generative-ai/agent-bricks/'),
  fmapi: page(
    'Databricks Foundation Model APIs',
    'https://docs.databricks.com/aws/en/machine-learning/foundation-model-apis/',
  ),
  predictive: page(
    'Predictive optimization for Unity Catalog managed tables',
    'https://docs.databricks.com/aws/en/optimizations/predictive-optimization',
  ),
  uniform: page(
    'Read Delta tables with Iceberg clients (UniForm)',
    'https://docs.databricks.com/aws/en/delta/uniform',
  ),
  lakeflow: page('Lakeflow Jobs', 'https://docs.databricks.com/aws/en/jobs/'),
  lakeflowConnect: page(
    'Managed connectors in Lakeflow Connect',
    'https://docs.databricks.com/aws/en/ingestion/lakeflow-connect/',
  ),
  autoLoader: page(
    'What is Auto Loader?',
    'https://docs.databricks.com/aws/en/ingestion/cloud-object-storage/auto-loader/',
  ),
  cleanRooms: page('What is Databricks Clean Rooms?', 'https://docs.databricks.com/aws/en/clean-rooms/'),
  systemTables: page(
    'Monitor account activity with system tables',
    'https://docs.databricks.com/aws/en/admin/system-tables/',
  ),
  abac: page(
    'Unity Catalog attribute-based access control (ABAC)',
    'https://docs.databricks.com/aws/en/data-governance/unity-catalog/abac/',
  ),
  metricViews: page('Unity Catalog metric views', 'https://docs.databricks.com/aws/en/metric-views/'),
  featureStore: page(
    'Feature management with Unity Catalog',
    'https://docs.databricks.com/aws/en/machine-learning/feature-store/',
  ),
  pricing: page('Databricks pricing: DBUs', 'https://www.databricks.com/product/pricing'),
  lazy: page(
    'Spark RDD programming guide: RDD operations',
    'https://spark.apache.org/docs/latest/rdd-programming-guide.html#rdd-operations',
  ),
} as const;
