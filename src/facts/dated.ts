import { CHECKED, DOCS } from './sources.js';
import type { DatedFact } from './types.js';

/**
 * Dated values: the years products shipped or opened, and defaults a candidate quotes in an answer.
 * `about` names the product facts whose mentions a year or a setting attaches to.
 */
export const DATED_FACTS: readonly DatedFact[] = [
  {
    id: 'unity-catalog-ga-2022',
    product: 'Unity Catalog',
    about: ['unity-catalog-governs'],
    statement: 'Unity Catalog became generally available on 25 August 2022 (AWS and Azure).',
    event: { kinds: ['ga'], years: [2022] },
    source: DOCS.ucGa,
    asOf: CHECKED,
  },
  {
    id: 'unity-catalog-open-sourced-2024',
    product: 'Unity Catalog',
    about: ['unity-catalog-governs'],
    statement: 'Databricks open-sourced Unity Catalog in June 2024; it is now an LF AI & Data project.',
    event: { kinds: ['open-source'], years: [2024] },
    source: DOCS.ucOss,
    asOf: CHECKED,
  },
  {
    id: 'spark-created-2009',
    product: 'Apache Spark',
    about: ['spark-lazy'],
    statement: "Spark started as a research project at UC Berkeley's AMPLab in 2009.",
    event: { kinds: ['origin'], years: [2009] },
    source: DOCS.sparkHistory,
    asOf: CHECKED,
  },
  {
    id: 'spark-open-sourced-2010',
    product: 'Apache Spark',
    about: ['spark-lazy'],
    statement: 'Spark was open-sourced in early 2010.',
    event: { kinds: ['open-source', 'release'], years: [2010] },
    source: DOCS.sparkHistory,
    asOf: CHECKED,
  },
  {
    id: 'spark-apache-2013',
    product: 'Apache Spark',
    about: ['spark-lazy'],
    statement:
      'Spark moved to the Apache Software Foundation in 2013 and became a top-level project in February 2014.',
    event: { kinds: ['apache'], years: [2013, 2014] },
    source: DOCS.sparkTlp,
    asOf: CHECKED,
  },
  {
    id: 'databricks-founded-2013',
    product: 'Databricks',
    about: ['databricks-company'],
    statement: 'Databricks was founded in 2013 by the creators of Apache Spark.',
    event: { kinds: ['origin', 'founded'], years: [2013] },
    source: DOCS.sparkHistory,
    asOf: CHECKED,
  },
  {
    id: 'delta-lake-open-sourced-2019',
    product: 'Delta Lake',
    about: ['delta-acid'],
    statement:
      'Databricks open-sourced Delta Lake in April 2019 and moved it to the Linux Foundation later that year.',
    event: { kinds: ['open-source'], years: [2019] },
    source: DOCS.deltaOss,
    asOf: CHECKED,
  },
  {
    id: 'mlflow-launched-2018',
    product: 'MLflow',
    about: ['mlflow-tracks-not-trains'],
    statement: 'Databricks launched MLflow as an open-source project in June 2018.',
    event: { kinds: ['open-source', 'release'], years: [2018] },
    source: DOCS.mlflowLaunch,
    asOf: CHECKED,
  },
  {
    id: 'delta-sharing-launched-2021',
    product: 'Delta Sharing',
    about: ['delta-sharing-open'],
    statement: 'Databricks launched Delta Sharing as an open-source protocol in May 2021.',
    event: { kinds: ['open-source', 'release'], years: [2021] },
    source: DOCS.deltaSharingLaunch,
    asOf: CHECKED,
  },
  {
    id: 'mlflow-3-released-2025',
    product: 'MLflow 3',
    about: ['mlflow-3'],
    statement: 'MLflow 3 was released in 2025.',
    event: { kinds: ['release', 'ga'], years: [2025] },
    source: DOCS.mlflow3,
    asOf: CHECKED,
  },
  {
    id: 'vacuum-retention-7-days',
    product: 'Delta Lake',
    about: ['delta-acid'],
    statement:
      'VACUUM keeps removed data files for 7 days by default (delta.deletedFileRetentionDuration, 168 hours); shorter retention is refused unless the safety check is turned off.',
    defaultValue: {
      names:
        /\bvacuum\b|deletedfileretentionduration|deleted[- ]file retention|removed (?:data )?files|data file retention|file retention/,
      days: 7,
    },
    source: DOCS.vacuum,
    asOf: CHECKED,
  },
  {
    id: 'log-retention-30-days',
    product: 'Delta Lake',
    about: ['delta-acid'],
    statement:
      'The Delta transaction log keeps 30 days of history by default (delta.logRetentionDuration); log files are cleaned up after checkpoints.',
    defaultValue: {
      names:
        /logretentionduration|log retention|\bthe log\b|transaction log|delta log|_delta_log|log (?:files|entries|history)|table history/,
      days: 30,
    },
    source: DOCS.vacuumGuide,
    asOf: CHECKED,
  },
  {
    id: 'aqe-default-spark-3-2',
    product: 'Adaptive query execution',
    about: ['aqe'],
    statement: 'Adaptive query execution has been enabled by default since Spark 3.2.0.',
    since: 'Spark 3.2.0',
    source: DOCS.aqe,
    asOf: CHECKED,
  },
];
