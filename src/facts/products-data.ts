import { CHECKED, DOCS } from './sources.js';
import type { ProductFact } from './types.js';

/** Governance, storage, engines and sharing. Corrections are what the coach tells a candidate. */
export const DATA_PRODUCTS: readonly ProductFact[] = [
  {
    id: 'unity-catalog-governs',
    product: 'Unity Catalog',
    aliases: ['unity catalog', 'uc'],
    statement:
      'Unity Catalog governs data and AI assets: access control, lineage, audit and discovery. Grants and lineage do not make a query faster; the speed-ups people credit to it come from managed-table features (predictive optimization, automatic liquid clustering).',
    does: ['governs', 'traces-lineage', 'shares'],
    doesNot: [
      {
        role: 'speeds-up-queries',
        correction:
          'Unity Catalog governs access and lineage; it does not make queries faster by itself. Speed-ups come from managed-table features such as predictive optimization and liquid clustering, or from Photon.',
        exceptWhen: /\bmanaged tables?\b|predictive optimi[sz]ation|liquid clustering|metadata cach/,
      },
      {
        role: 'query-engine',
        correction:
          'Unity Catalog is a governance layer, not a query engine; queries run on Spark, Photon or SQL warehouses.',
      },
      { role: 'trains', correction: 'Unity Catalog registers and governs models; it does not train them.' },
      {
        role: 'orchestrates',
        correction:
          'Unity Catalog governs data and AI assets; Lakeflow Jobs schedules and orchestrates the work.',
      },
      {
        role: 'ingests',
        correction:
          'Unity Catalog governs tables once they exist; ingestion is Auto Loader, Lakeflow Connect or a pipeline.',
      },
      {
        role: 'proprietary',
        correction:
          'Unity Catalog has an open-source implementation (open-sourced in June 2024, now an LF AI & Data project).',
      },
    ],
    source: DOCS.ucOverview,
    asOf: CHECKED,
  },
  {
    id: 'uc-managed-tables',
    product: 'Unity Catalog managed tables',
    scope: 'managed tables only (not external tables)',
    aliases: [
      'managed tables',
      'managed table',
      'uc managed tables',
      'unity catalog managed tables',
      'unity catalog managed table',
    ],
    statement:
      'Unity Catalog managed tables get predictive optimization (automatic OPTIMIZE, VACUUM and ANALYZE) and automatic liquid clustering, which can make queries faster without tuning.',
    does: ['speeds-up-queries', 'optimizes-tables', 'governs'],
    doesNot: [],
    source: DOCS.predictive,
    asOf: CHECKED,
  },
  {
    id: 'delta-acid',
    product: 'Delta Lake',
    aliases: ['delta lake', 'delta tables', 'delta table', 'delta format'],
    statement:
      'Delta Lake is an open table format (open-sourced in April 2019) that adds ACID transactions, schema enforcement and time travel to Parquet files in cloud storage.',
    does: ['acid-transactions', 'is-storage-format', 'open-source'],
    doesNot: [
      {
        role: 'query-engine',
        correction:
          'Delta Lake is a table format; the engine that runs queries on it is Spark, Photon or another reader.',
      },
      {
        role: 'proprietary',
        correction: 'Delta Lake is open source (Linux Foundation project, open-sourced in 2019).',
      },
      {
        role: 'orchestrates',
        correction: 'Delta Lake is a table format; jobs are scheduled by Lakeflow Jobs, tasks by Spark.',
      },
    ],
    source: DOCS.deltaOss,
    asOf: CHECKED,
  },
  {
    id: 'photon-engine',
    product: 'Photon',
    aliases: ['photon'],
    statement:
      'Photon is a vectorized native query engine compatible with Spark APIs; it speeds up SQL and DataFrame work. It is not a storage format or a governance tool, and on classic compute it bills at a higher DBU rate, so it saves money only when the speed-up beats the premium.',
    does: ['speeds-up-queries', 'query-engine', 'proprietary', 'on-by-default'],
    doesNot: [
      {
        role: 'is-storage-format',
        correction: 'Photon is a query engine; the data stays in Delta or Parquet files.',
      },
      { role: 'governs', correction: 'Photon runs queries; permissions and lineage are Unity Catalog.' },
      {
        role: 'orchestrates',
        correction:
          'Photon is a vectorized query engine that runs operators inside Spark tasks; Spark schedules the tasks and Lakeflow Jobs orchestrates jobs.',
      },
      { role: 'traces-lineage', correction: 'Photon runs queries; lineage is captured by Unity Catalog.' },
      {
        role: 'open-source',
        correction: 'Photon is Databricks-proprietary; open-source Spark does not include it.',
      },
      {
        role: 'off-by-default',
        correction:
          'Photon is on by default for SQL warehouses, serverless compute and compute created in the UI on recent runtimes; only API-created clusters must turn it on.',
        exceptWhen: /\bapis?\b|clusters api|jobs api/,
      },
    ],
    source: DOCS.photon,
    asOf: CHECKED,
  },
  {
    id: 'liquid-clustering',
    product: 'Liquid clustering',
    aliases: [
      'liquid clustering',
      'liquid-clustering',
      'liquid clustered tables',
      'liquid cluster',
      'liquid-cluster',
      'liquid clustered',
    ],
    statement:
      'Liquid clustering replaces partitioning and ZORDER for a table: clustering keys can change without a rewrite, and it cannot be combined with partitions or ZORDER on the same table.',
    does: ['speeds-up-queries'],
    doesNot: [
      {
        role: 'combines-with-partitioning',
        correction:
          'Liquid clustering cannot be combined with partitioning or ZORDER: cluster an unpartitioned table by (event_date, user_id), or keep date partitions with ZORDER.',
      },
    ],
    source: DOCS.liquid,
    asOf: CHECKED,
  },
  {
    id: 'predictive-optimization',
    product: 'Predictive optimization',
    scope: 'Unity Catalog managed tables',
    aliases: ['predictive optimization', 'predictive optimisation'],
    statement:
      'Predictive optimization runs OPTIMIZE, VACUUM and ANALYZE automatically, only on Unity Catalog managed tables (Delta and Iceberg); it is on by default for accounts created from 11 November 2024, and existing accounts are being enabled gradually.',
    does: ['optimizes-tables', 'speeds-up-queries'],
    doesNot: [],
    source: DOCS.predictive,
    asOf: CHECKED,
  },
  {
    id: 'uniform-iceberg',
    product: 'UniForm and managed Iceberg tables',
    aliases: ['uniform', 'delta uniform', 'managed iceberg tables', 'managed iceberg table'],
    statement:
      'UniForm writes Iceberg (and Hudi) metadata next to a Delta table so Iceberg clients read the same Parquet files without a copy; Unity Catalog also manages Iceberg tables and serves an Iceberg REST catalog.',
    does: [],
    doesNot: [
      {
        role: 'copies-data',
        correction:
          'UniForm generates Iceberg metadata for the same data files; it does not copy or rewrite the data.',
      },
    ],
    source: DOCS.uniform,
    asOf: CHECKED,
  },
  {
    id: 'delta-sharing-open',
    product: 'Delta Sharing',
    aliases: ['delta sharing'],
    statement:
      "Delta Sharing is an open protocol: tables and views can be shared with recipients on any platform, read in place without a copy. Notebooks, volumes and models can be shared only Databricks-to-Databricks. It shares data; it does not ingest or land anyone's stream.",
    does: ['shares', 'open-source'],
    doesNot: [
      {
        role: 'requires-databricks-recipient',
        correction:
          'Open sharing lets recipients on any platform read shared tables; only notebooks, volumes and models need a Databricks recipient.',
        exceptWhen: /\bnotebooks?\b|\bvolumes?\b|\bmodels?\b|\bd2d\b|databricks-to-databricks|ai assets?/,
      },
      {
        role: 'ingests',
        correction:
          "Delta Sharing gives read access to a provider's tables in place; landing a partner's stream in your lakehouse is ingestion (Lakeflow Connect, Auto Loader, a streaming pipeline).",
      },
      { role: 'trains', correction: 'Delta Sharing shares data and models; it does not train anything.' },
      {
        role: 'copies-data',
        correction:
          "Delta Sharing gives recipients read access to the provider's data in place, without a copy.",
        exceptWhen: /cross-(?:cloud|region)|materiali[sz]/,
      },
    ],
    source: DOCS.deltaSharing,
    asOf: CHECKED,
  },
  {
    id: 'clean-rooms',
    product: 'Databricks Clean Rooms',
    aliases: ['clean rooms', 'clean room', 'databricks clean rooms'],
    statement:
      "Clean Rooms let several parties run approved code over their combined data, built on Delta Sharing, without any party seeing the others' raw data.",
    does: ['shares'],
    doesNot: [
      {
        role: 'copies-data',
        correction:
          "In a clean room each party's data stays governed and unseen by the others; approved notebooks run over it and only their outputs are shared.",
      },
    ],
    source: DOCS.cleanRooms,
    asOf: CHECKED,
  },
];
