/**
 * The product fact model: what each product does and does not do (as roles), which scope a fact
 * holds in, and dated values (defaults, GA and open-source years). Bank lint, `list --facts` and the
 * grader's claim checker all read it; it imports nothing from the bank or the grader.
 */

/** What a product can be said to do. The verbs and nouns that express each role are in roles.ts. */
export type Role =
  | 'governs'
  | 'traces-lineage'
  | 'tracks-experiments'
  | 'registers-models'
  | 'evaluates'
  | 'traces-genai'
  | 'trains'
  | 'trains-on-customer-data'
  | 'serves-models'
  | 'generates'
  | 'retrieves'
  | 'stores-embeddings'
  | 'shares'
  | 'requires-databricks-recipient'
  | 'ingests'
  | 'connects-saas'
  | 'orchestrates'
  | 'speeds-up-queries'
  | 'query-engine'
  | 'is-storage-format'
  | 'acid-transactions'
  | 'open-source'
  | 'proprietary'
  | 'eager-evaluation'
  | 'rate-limits'
  | 'caps-spend'
  | 'customer-sizes'
  | 'provider-sizes'
  | 'runs-in-databricks-account'
  | 'runs-in-customer-account'
  | 'processes-customer-data'
  | 'couples-storage-compute'
  | 'measures-storage'
  | 'copies-data'
  | 'combines-with-partitioning'
  | 'optimizes-tables'
  | 'on-by-default'
  | 'off-by-default'
  | 'hosts-apps'
  | 'serves-oltp'
  | 'answers-in-natural-language'
  | 'builds-agents'
  | 'created-spark'
  | 'created-at-databricks';

/** A documentation page a fact was checked against. */
export interface FactSource {
  title: string;
  url: string;
}

/** Something a product does not do, with what to say instead. */
export interface Denial {
  role: Role;
  /** The correction shown when a candidate claims the role. */
  correction: string;
  /** A sentence matching this is about the scope where the role does hold, so it is not a false claim. */
  exceptWhen?: RegExp;
}

export interface ProductFact {
  /** Stable id; bank red flags cite it with `fact:`. */
  id: string;
  product: string;
  /** Lower-case names a sentence may use; the longest match at a position wins, so scoped products win. */
  aliases: readonly string[];
  /** The scope this entry holds in, when narrower than the product (e.g. serverless SQL warehouses). */
  scope?: string;
  statement: string;
  does: readonly Role[];
  doesNot: readonly Denial[];
  source: FactSource;
  /** The date the fact was last checked against its source (YYYY-MM-DD). */
  asOf: string;
  /** Older ids that mean this fact. */
  aliasIds?: readonly string[];
}

/** The kinds of event a dated fact records. */
export type DatedEvent = 'origin' | 'founded' | 'release' | 'open-source' | 'ga' | 'apache';

/** A year a product event happened, or a default value that a version set. */
export interface DatedFact {
  id: string;
  product: string;
  /** Product fact ids whose mentions this fact is about. */
  about: readonly string[];
  statement: string;
  source: FactSource;
  asOf: string;
  /** For an event: which event and the years that are right. */
  event?: { kinds: readonly DatedEvent[]; years: readonly number[] };
  /** For a default: the words that name the setting, and its value in days. */
  defaultValue?: { names: RegExp; days: number };
  /** The version a default changed in, when it did. */
  since?: string;
}
