import { CHECKED, DOCS } from './sources.js';
import type { ProductFact } from './types.js';

/** The engine, the company, billing, and the 2024-25 platform surfaces. */
export const PLATFORM_PRODUCTS: readonly ProductFact[] = [
  {
    id: 'spark-lazy',
    product: 'Apache Spark',
    aliases: ['apache spark', 'spark', 'pyspark', 'spark sql'],
    statement:
      "Spark evaluates DataFrame transformations lazily and runs them when an action needs a result (SQL DDL and DML through spark.sql run at once). It started at UC Berkeley's AMPLab in 2009, was open-sourced in 2010, moved to the Apache Software Foundation in 2013 and became a top-level project in 2014.",
    does: ['query-engine', 'trains', 'open-source', 'ingests'],
    doesNot: [
      {
        role: 'eager-evaluation',
        correction:
          'Spark transformations are lazy: nothing runs until an action (count, write, collect) asks for a result.',
      },
      {
        role: 'created-at-databricks',
        correction:
          "Spark was created at UC Berkeley's AMPLab (from 2009) by researchers who went on to found Databricks in 2013.",
      },
      {
        role: 'proprietary',
        correction: 'Apache Spark is open source under the Apache Software Foundation.',
      },
    ],
    source: DOCS.sparkHistory,
    asOf: CHECKED,
  },
  {
    id: 'databricks-company',
    product: 'Databricks',
    aliases: ['databricks'],
    statement:
      'Databricks was founded in 2013 by the creators of Apache Spark; it open-sourced MLflow (2018), Delta Lake (2019) and Unity Catalog (2024).',
    does: [],
    doesNot: [
      {
        role: 'created-spark',
        correction:
          "Spark was created at UC Berkeley's AMPLab starting in 2009; its creators founded Databricks in 2013.",
      },
    ],
    source: DOCS.sparkHistory,
    asOf: CHECKED,
    aliasIds: ['open-source-origins'],
  },
  {
    id: 'lakehouse-separates-compute-storage',
    product: 'Lakehouse',
    aliases: ['lakehouse', 'the lakehouse', 'lakehouse architecture'],
    statement:
      'The lakehouse keeps data in open formats in object storage, with compute separate from it, and adds warehouse reliability and governance on top.',
    does: [],
    doesNot: [
      {
        role: 'couples-storage-compute',
        correction:
          'A lakehouse separates storage (open files in object storage) from compute, which scales on its own.',
      },
    ],
    source: DOCS.architecture,
    asOf: CHECKED,
  },
  {
    id: 'dbu-billing',
    product: 'DBUs and billing',
    aliases: ['dbus', 'dbu', 'databricks units', 'databricks unit'],
    statement:
      'Databricks bills compute in DBUs by workload type. On classic compute the cloud provider also bills the VMs; serverless DBU rates include the infrastructure. Storage is mostly paid to the cloud provider, though Databricks bills some storage (default storage in serverless workspaces, Lakebase).',
    does: [],
    doesNot: [
      {
        role: 'measures-storage',
        correction: 'A DBU measures processing (compute) per hour by workload type, not storage.',
      },
    ],
    source: DOCS.pricing,
    asOf: CHECKED,
  },
  {
    id: 'system-tables',
    product: 'System tables',
    aliases: [
      'system tables',
      'system table',
      'system.billing.usage',
      'system.access.audit',
      'billing system tables',
    ],
    statement:
      'System tables are Databricks-hosted, read-only tables in the system catalog with account usage and billing, audit logs, lineage, query and job history.',
    does: ['traces-lineage'],
    doesNot: [
      {
        role: 'caps-spend',
        correction: 'System tables record usage and cost; they do not enforce any limit.',
      },
    ],
    source: DOCS.systemTables,
    asOf: CHECKED,
  },
  {
    id: 'abac',
    product: 'Unity Catalog ABAC',
    aliases: ['abac', 'attribute-based access control', 'governed tags', 'tag policies'],
    statement:
      'ABAC policies in Unity Catalog apply row filters and column masks by governed tag, inherited down catalogs and schemas, so new tagged columns are masked without per-table work.',
    does: ['governs'],
    doesNot: [],
    source: DOCS.abac,
    asOf: CHECKED,
  },
  {
    id: 'metric-views',
    product: 'Unity Catalog metric views',
    aliases: ['metric views', 'metric view'],
    statement:
      'Metric views define measures and dimensions once in Unity Catalog, so dashboards, Genie and SQL use the same definition of a metric.',
    does: ['governs'],
    doesNot: [],
    source: DOCS.metricViews,
    asOf: CHECKED,
  },
  {
    id: 'lakebase',
    product: 'Lakebase',
    aliases: ['lakebase', 'databricks lakebase'],
    statement:
      'Lakebase is a managed, serverless Postgres (OLTP) database on Databricks, governed by Unity Catalog and synced with lakehouse tables, for low-latency application reads and writes.',
    does: ['serves-oltp', 'governs'],
    doesNot: [
      {
        role: 'trains',
        correction: 'Lakebase is an operational Postgres database; it does not train models.',
      },
    ],
    source: DOCS.lakebase,
    asOf: CHECKED,
  },
  {
    id: 'databricks-apps',
    product: 'Databricks Apps',
    aliases: ['databricks apps', 'databricks app'],
    statement:
      'Databricks Apps hosts data and AI web apps (Streamlit, Dash, Gradio, Node) on serverless compute inside the workspace, with Unity Catalog identity and permissions.',
    does: ['hosts-apps'],
    doesNot: [
      {
        role: 'trains',
        correction: 'Databricks Apps hosts applications; training happens on compute or Mosaic AI training.',
      },
    ],
    source: DOCS.apps,
    asOf: CHECKED,
  },
  {
    id: 'aibi-genie',
    product: 'AI/BI Genie and dashboards',
    aliases: ['genie', 'ai/bi genie', 'genie space', 'genie spaces', 'ai/bi dashboards', 'ai/bi'],
    statement:
      'AI/BI Genie answers business questions in natural language by writing SQL over a curated space (tables, instructions, trusted queries); AI/BI dashboards come with Databricks SQL.',
    does: ['answers-in-natural-language', 'generates'],
    doesNot: [
      {
        role: 'trains',
        correction:
          'Genie is steered by instructions, example and trusted SQL in its space; it does not train or fine-tune a model on your data.',
      },
      {
        role: 'trains-on-customer-data',
        correction:
          "Genie does not train a model on your data; it uses the space's instructions and trusted queries.",
      },
    ],
    source: DOCS.genie,
    asOf: CHECKED,
  },
];
