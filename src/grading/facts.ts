import type { SourceTitle } from '../bank/sources.js';

/**
 * Product facts the grader uses to flag `term-misuse`. Each fact states what is true, cites the article
 * it comes from, and lists patterns that contradict it. Patterns are matched per sentence,
 * case-insensitively; a sentence that matches `unless` (e.g. a negation) is not flagged.
 */
export interface ProductFact {
  id: string;
  product: string;
  statement: string;
  source: SourceTitle;
  misuse: RegExp[];
  unless?: RegExp;
}

const NEGATED =
  /\b(not|n't|never|no longer|rather than|instead of|isn't|doesn't|does not|is not|myth|misconception|wrong|incorrect)\b/i;

export const FACTS: readonly ProductFact[] = [
  {
    id: 'unity-catalog-governs',
    product: 'Unity Catalog',
    statement:
      'Unity Catalog governs data and AI assets (permissions, lineage, audit); it does not make queries faster.',
    source: 'Databricks PM System Design Interview Guide',
    misuse: [
      /unity catalog\b[^.]{0,60}\b(speed(s|ing)? up|accelerat\w*|faster|boost\w* (query )?performance|improv\w* (query )?(performance|latency|speed)|reduc\w* (query )?latency)/i,
      /\b(speed up|accelerate|faster)\b[^.]{0,40}\b(using|with|via|through) unity catalog/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'mlflow-tracks-not-trains',
    product: 'MLflow',
    statement: 'MLflow tracks experiments, registers, evaluates and deploys models; it does not train them.',
    source: 'Databricks PM System Design Interview Guide',
    misuse: [
      /\bmlflow\b[^.]{0,30}\b(trains?|training the|to train|fine-?tunes?)\b(?![^.]{0,20}\b(runs?|metrics|tracking|experiments?)\b)/i,
      /\b(train|fine-?tune)\w*\b[^.]{0,20}\b(with|in|using|on) mlflow\b/i,
    ],
    unless: /\b(track|log|record|not|n't|doesn't|does not|rather than)\w*/i,
  },
  {
    id: 'delta-acid',
    product: 'Delta Lake',
    statement:
      'Delta Lake is an open table format adding ACID transactions, schema enforcement and time travel to files in cloud storage.',
    source: 'Databricks PM System Design Interview Guide',
    misuse: [
      /delta lake\b[^.]{0,40}\b(is a|is the) (query engine|compute engine|database server|proprietary format|closed format)/i,
      /delta lake\b[^.]{0,40}\b(does not|doesn't|cannot|can't) (support|do|provide) (acid|transactions|time travel)/i,
    ],
  },
  {
    id: 'photon-engine',
    product: 'Photon',
    statement:
      'Photon is a vectorized query engine that makes SQL and DataFrame workloads faster and cheaper; it is not a storage format or a governance tool.',
    source: 'Databricks PM System Design Interview Guide',
    misuse: [
      /photon\b[^.]{0,40}\b(storage format|file format|table format|govern\w*|permissions|lineage|catalog\w*)\b/i,
      /photon\b[^.]{0,30}\b(stores?|encrypts?)\b/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'spark-lazy',
    product: 'Spark',
    statement:
      'Spark evaluates transformations lazily: work runs only when an action needs a result, which is why job cost is hard to predict from the code.',
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /spark\b[^.]{0,40}\b(executes?|runs?) (each|every) (transformation|line|step) (immediately|eagerly|as soon as)/i,
      /spark\b[^.]{0,20}\bis (eager|eagerly evaluated)/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'serverless-scales-to-zero',
    product: 'Serverless compute',
    statement:
      'Serverless compute is provisioned and scaled by Databricks and scales to zero when idle; customers do not size or manage its clusters.',
    source: 'Databricks PM System Design Interview Guide',
    misuse: [
      /serverless\b[^.]{0,40}\b(always[- ]on|never scales? down|customers? (must|have to) (size|manage|provision))/i,
      /serverless\b[^.]{0,30}\b(runs|is hosted) (in|on) (the )?(customer'?s?|their) own (vpc|account|cloud account)/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'ai-gateway-controls',
    product: 'Mosaic AI Gateway',
    statement:
      'AI Gateway governs calls to models: rate limits, routing, usage tracking and cost control; it does not train or host the models itself.',
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /ai gateway\b[^.]{0,30}\b(trains?|fine-?tunes?|stores? (the )?embeddings|is a vector (index|database))/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'vector-search-on-delta',
    product: 'Mosaic AI Vector Search',
    statement:
      'Vector Search is a managed embedding index kept in sync with a Delta table; it retrieves similar items, it does not generate answers.',
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /vector search\b[^.]{0,30}\b(generates?|writes?|trains?) (the )?(answers?|responses?|models?|text)/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'model-serving-inference',
    product: 'Mosaic AI Model Serving',
    statement:
      'Model Serving hosts models behind serverless endpoints for inference; it is not where experiments are tracked.',
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /model serving\b[^.]{0,30}\b(tracks? experiments|logs? (the )?experiments|is (the|a) (model )?registry)/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'control-data-plane',
    product: 'Control plane and data plane',
    statement:
      "In the classic architecture the control plane runs in Databricks' account while the data plane, where compute touches data, runs in the customer's cloud account.",
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /control plane\b[^.]{0,40}\b(processes|stores|holds) (the )?customer(s'|'s)? data/i,
      /data plane\b[^.]{0,40}\bruns? (entirely )?in databricks'? (own )?account/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'delta-sharing-open',
    product: 'Delta Sharing',
    statement:
      'Delta Sharing is an open protocol: recipients can read shared data without being Databricks customers.',
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /delta sharing\b[^.]{0,50}\b(only works|requires?|only) [^.]{0,20}\b(both|recipients?|consumers?)\b[^.]{0,20}\bdatabricks/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'open-source-origins',
    product: 'Open source',
    statement:
      'Databricks created Spark (AMPLab, 2013) and open-sourced MLflow (2018) and Delta Lake (2019); Unity Catalog went GA in 2023.',
    source: 'Databricks PM interview: feasibility is already solved',
    misuse: [
      /(delta lake|mlflow|spark)\b[^.]{0,20}\bis (a )?(closed|proprietary|closed-source)\b/i,
      /databricks\b[^.]{0,20}\b(bought|acquired) (apache )?spark/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'lakehouse-separates-compute-storage',
    product: 'Lakehouse',
    statement:
      'The lakehouse keeps data in open formats in cheap object storage with compute separated from it, combining warehouse reliability with lake flexibility.',
    source: 'Databricks PM System Design Interview Guide',
    misuse: [
      /lakehouse\b[^.]{0,40}\b(couples?|ties?|binds?) (compute and storage|storage (to|and) compute)/i,
    ],
    unless: NEGATED,
  },
  {
    id: 'dbu-billing',
    product: 'Pricing',
    statement:
      'Databricks bills compute in DBUs (Databricks Units) by workload; storage is paid to the cloud provider.',
    source: 'Databricks Lakehouse System Design Interview for Career Changers from SWE to PM',
    misuse: [
      /\bdbus?\b[^.]{0,30}\b(measure|are|is) (a unit of )?(storage|disk|gigabytes)/i,
      /databricks\b[^.]{0,30}\b(charges|bills) (mainly |primarily )?(for|by) storage\b/i,
    ],
    unless: NEGATED,
  },
];

export function findFact(id: string): ProductFact | undefined {
  return FACTS.find((fact) => fact.id === id);
}
