import { CHECKED, DOCS } from './sources.js';
import type { ProductFact } from './types.js';

/** Machine learning and GenAI: who trains, who tracks, who serves, who retrieves, who governs calls. */
export const AI_PRODUCTS: readonly ProductFact[] = [
  {
    id: 'mlflow-tracks-not-trains',
    product: 'MLflow',
    aliases: ['mlflow', 'managed mlflow', 'mlflow tracking', 'mlflow model registry'],
    statement:
      'MLflow tracks experiments, registers and evaluates models, and (from 2.14, reworked in MLflow 3) traces GenAI apps and keeps a prompt registry. The training itself runs in your code on compute; MLflow records it.',
    does: [
      'tracks-experiments',
      'registers-models',
      'evaluates',
      'traces-genai',
      'open-source',
      // Not 'serves-models': open-source MLflow can serve a model locally, while on Databricks serving is
      // Model Serving's, so "MLflow doesn't host models" is true where candidates mean it.
    ],
    doesNot: [
      {
        role: 'trains',
        correction:
          'MLflow tracks, registers and evaluates models; the training runs in your code (Spark, PyTorch, Mosaic AI training) on compute, and MLflow logs it.',
      },
      {
        role: 'proprietary',
        correction: 'MLflow is open source (Linux Foundation), open-sourced by Databricks in 2018.',
      },
    ],
    source: DOCS.mlflow3,
    asOf: CHECKED,
  },
  {
    id: 'mlflow-3',
    product: 'MLflow 3',
    aliases: ['mlflow 3', 'mlflow 3.0', 'mlflow3'],
    statement:
      'MLflow 3 (released 2025) adds LoggedModel as a first-class entity, GenAI evaluation with scorers and LLM judges, human feedback and production monitoring on top of tracing.',
    does: ['tracks-experiments', 'registers-models', 'evaluates', 'traces-genai', 'open-source'],
    doesNot: [
      {
        role: 'trains',
        correction: 'MLflow 3 tracks, evaluates and traces models and agents; it does not train them.',
      },
    ],
    source: DOCS.mlflow3,
    asOf: CHECKED,
  },
  {
    id: 'model-serving-inference',
    product: 'Mosaic AI Model Serving',
    aliases: [
      'model serving',
      'mosaic ai model serving',
      'serving endpoints',
      'serving endpoint',
      'model serving endpoints',
      'model serving endpoint',
      'serverless model serving',
    ],
    scope:
      'Model Serving endpoints (customer picks workload size and concurrency; scale to zero is optional)',
    statement:
      'Model Serving hosts models and agents behind REST endpoints for real-time inference; the customer picks workload size and concurrency, and scale to zero is optional (not advised for production). It is not where experiments are tracked.',
    does: ['serves-models', 'generates', 'customer-sizes', 'runs-in-databricks-account'],
    doesNot: [
      {
        role: 'tracks-experiments',
        correction: 'Experiments are tracked in MLflow; Model Serving runs inference.',
      },
      {
        role: 'registers-models',
        correction:
          'Models are registered in Unity Catalog through MLflow; Model Serving serves a registered version.',
      },
      {
        role: 'trains',
        correction: 'Model Serving runs inference on a trained model; it does not train it.',
      },
      {
        role: 'stores-embeddings',
        correction: 'Embeddings are stored and searched in a Vector Search index; Model Serving runs models.',
      },
      {
        role: 'provider-sizes',
        correction: 'Model Serving endpoints take a workload size and concurrency the customer picks.',
      },
    ],
    source: DOCS.modelServing,
    asOf: CHECKED,
  },
  {
    id: 'vector-search-on-delta',
    product: 'Mosaic AI Vector Search',
    aliases: [
      'vector search',
      'mosaic ai vector search',
      'vector search index',
      'vector search indexes',
      'vector index',
      'vector search endpoint',
    ],
    statement:
      'Vector Search stores embeddings in an index and retrieves similar items (vector, keyword or hybrid). A Delta Sync index stays in sync with a Delta table; a Direct Vector Access index is written through the API. It retrieves; it does not generate answers or host models.',
    does: ['retrieves', 'stores-embeddings'],
    doesNot: [
      {
        role: 'generates',
        correction:
          'Vector Search retrieves similar documents; an LLM on Model Serving or the Foundation Model APIs generates the answer.',
      },
      {
        role: 'serves-models',
        correction:
          'Vector Search serves an index of embeddings; a classifier or LLM is hosted on Model Serving.',
      },
      { role: 'trains', correction: 'Vector Search indexes embeddings; it does not train models.' },
      {
        role: 'registers-models',
        correction:
          'Models are registered in Unity Catalog through MLflow; Vector Search holds an embeddings index.',
      },
    ],
    source: DOCS.vectorSearch,
    asOf: CHECKED,
  },
  {
    id: 'ai-gateway-controls',
    product: 'Mosaic AI Gateway',
    aliases: ['ai gateway', 'mosaic ai gateway'],
    statement:
      'AI Gateway governs calls to serving endpoints: permissions, QPM/TPM rate limits, usage tracking, payload logging to inference tables, guardrails, fallbacks and traffic splitting. It does not train or host models, and its rate limits cap throughput, not spend.',
    does: ['rate-limits', 'governs'],
    doesNot: [
      { role: 'trains', correction: 'AI Gateway governs model calls; it does not train models.' },
      {
        role: 'stores-embeddings',
        correction: 'Embeddings live in a Vector Search index, not in AI Gateway.',
      },
      {
        role: 'serves-models',
        correction: 'Models are hosted on Model Serving endpoints; AI Gateway governs the calls to them.',
      },
      {
        role: 'caps-spend',
        correction:
          'AI Gateway rate limits cap queries or tokens per minute, not dollars: a loop under the limit keeps spending. Capping spend needs usage alerts or a stop.',
      },
    ],
    source: DOCS.aiGateway,
    asOf: CHECKED,
  },
  {
    id: 'foundation-model-apis',
    product: 'Foundation Model APIs',
    aliases: [
      'foundation model apis',
      'foundation model api',
      'fmapi',
      'pay-per-token endpoints',
      'provisioned throughput',
    ],
    statement:
      'Foundation Model APIs serve hosted open and proprietary LLMs on Model Serving, pay-per-token or with provisioned throughput.',
    does: ['serves-models', 'generates'],
    doesNot: [
      {
        role: 'trains-on-customer-data',
        correction: 'Foundation Model APIs serve models; they are not trained on the prompts you send.',
      },
    ],
    source: DOCS.fmapi,
    asOf: CHECKED,
  },
  {
    id: 'agent-bricks',
    product: 'Agent Bricks and the Agent Framework',
    aliases: ['agent bricks', 'agent framework', 'mosaic ai agent framework', 'agent evaluation'],
    statement:
      'Agent Bricks (2025) builds and optimizes task agents from a description and data with generated evaluations; the Agent Framework authors, evaluates and deploys agents on Model Serving with MLflow tracing.',
    does: ['builds-agents', 'evaluates', 'generates'],
    doesNot: [],
    source: DOCS.agentBricks,
    asOf: CHECKED,
  },
  {
    id: 'feature-store',
    product: 'Feature Store and online tables',
    aliases: [
      'feature store',
      'feature engineering in unity catalog',
      'online tables',
      'online table',
      'online feature store',
      'feature tables',
    ],
    statement:
      'Feature tables in Unity Catalog hold features for training and serving; an online store serves them at low latency to Model Serving.',
    does: ['governs'],
    doesNot: [
      {
        role: 'trains',
        correction: 'A feature store holds and serves features; training runs in your code.',
      },
    ],
    source: DOCS.featureStore,
    asOf: CHECKED,
  },
];
