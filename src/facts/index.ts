import { DATED_FACTS } from './dated.js';
import { AI_PRODUCTS } from './products-ai.js';
import { COMPUTE_PRODUCTS } from './products-compute.js';
import { DATA_PRODUCTS } from './products-data.js';
import { PIPELINE_PRODUCTS } from './products-pipelines.js';
import { PLATFORM_PRODUCTS } from './products-platform.js';
import type { DatedFact, ProductFact } from './types.js';

export { DATED_FACTS } from './dated.js';
export type { DatedFact, Denial, FactSource, ProductFact, Role } from './types.js';

/** Every product fact, scoped entries included. */
export const PRODUCT_FACTS: readonly ProductFact[] = [
  ...DATA_PRODUCTS,
  ...PLATFORM_PRODUCTS,
  ...COMPUTE_PRODUCTS,
  ...PIPELINE_PRODUCTS,
  ...AI_PRODUCTS,
];

/** One row of `list --facts`: a product fact or a dated one, flattened for printing. */
export interface FactRow {
  id: string;
  kind: 'product' | 'dated';
  product: string;
  statement: string;
  scope?: string;
  does?: readonly string[];
  doesNot?: readonly string[];
  years?: readonly number[];
  defaultDays?: number;
  since?: string;
  aliases?: readonly string[];
  source: string;
  url: string;
  asOf: string;
}

const productRow = (f: ProductFact): FactRow => ({
  id: f.id,
  kind: 'product',
  product: f.product,
  statement: f.statement,
  ...(f.scope ? { scope: f.scope } : {}),
  does: f.does,
  doesNot: f.doesNot.map((d) => d.role),
  ...(f.aliasIds ? { aliases: f.aliasIds } : {}),
  source: f.source.title,
  url: f.source.url,
  asOf: f.asOf,
});

const datedRow = (f: DatedFact): FactRow => ({
  id: f.id,
  kind: 'dated',
  product: f.product,
  statement: f.statement,
  ...(f.event ? { years: f.event.years } : {}),
  ...(f.defaultValue ? { defaultDays: f.defaultValue.days } : {}),
  ...(f.since ? { since: f.since } : {}),
  source: f.source.title,
  url: f.source.url,
  asOf: f.asOf,
});

/** All facts as printable rows, products first. */
export const FACTS: readonly FactRow[] = [...PRODUCT_FACTS.map(productRow), ...DATED_FACTS.map(datedRow)];

/** Ids a bank red flag may cite with `fact:`, old aliases included. */
export const FACT_IDS: ReadonlySet<string> = new Set(FACTS.flatMap((f) => [f.id, ...(f.aliases ?? [])]));

/** The fact with this id or alias. */
export function findFact(id: string): FactRow | undefined {
  return FACTS.find((f) => f.id === id || (f.aliases ?? []).includes(id));
}
