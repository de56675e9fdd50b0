import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATED_FACTS, FACT_IDS, FACTS, findFact, PRODUCT_FACTS } from '../../src/facts/index.js';
import { ROLE_CUES } from '../../src/facts/roles.js';

const bankFactIds = (): string[] =>
  readdirSync('question-bank')
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) =>
      [...readFileSync(`question-bank/${f}`, 'utf8').matchAll(/\bfact: ([a-z0-9-]+)/g)].map(
        (m) => m[1] ?? '',
      ),
    );

describe('the fact model', () => {
  it('gives every fact a unique id, a statement, a source page and a checked date', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FACTS) {
      expect(f.statement.length).toBeGreaterThan(20);
      expect(f.source.length).toBeGreaterThan(3);
      expect(f.url).toMatch(/^https?:\/\//);
      expect(f.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('keeps every fact id the bank red flags cite, old aliases included', () => {
    const cited = bankFactIds();
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(FACT_IDS.has(id), id).toBe(true);
    expect(findFact('open-source-origins')?.id).toBe('databricks-company');
  });

  it('can recognise every role a product is said not to play', () => {
    const cued = new Set(ROLE_CUES.map((c) => c.role));
    for (const p of PRODUCT_FACTS)
      for (const d of p.doesNot) expect(cued.has(d.role), `${p.id} ${d.role}`).toBe(true);
  });

  it('never names two products with one alias, and never both does and does-not for a role', () => {
    const aliases = PRODUCT_FACTS.flatMap((p) => p.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const p of PRODUCT_FACTS) {
      for (const a of p.aliases) expect(a).toBe(a.toLowerCase());
      for (const d of p.doesNot) expect(p.does, `${p.id} ${d.role}`).not.toContain(d.role);
    }
  });

  it('scopes serverless: customers size SQL warehouses and Model Serving, Databricks sizes jobs and notebooks', () => {
    const byId = (id: string) => PRODUCT_FACTS.find((p) => p.id === id);
    expect(byId('serverless-sql-warehouse')?.does).toContain('customer-sizes');
    expect(byId('model-serving-inference')?.does).toContain('customer-sizes');
    expect(byId('serverless-jobs-notebooks')?.does).toContain('provider-sizes');
    expect(byId('serverless-jobs-notebooks')?.doesNot.map((d) => d.role)).toContain('customer-sizes');
    expect(byId('serverless-scales-to-zero')?.does).not.toContain('customer-sizes');
    expect(byId('classic-compute-plane')?.does).toContain('runs-in-customer-account');
    expect(byId('serverless-scales-to-zero')?.does).toContain('runs-in-databricks-account');
  });

  it('dates the history and the defaults as the documentation does', () => {
    const dated = (id: string) => DATED_FACTS.find((d) => d.id === id);
    expect(dated('unity-catalog-ga-2022')?.event?.years).toEqual([2022]);
    expect(dated('unity-catalog-open-sourced-2024')?.event?.years).toEqual([2024]);
    expect(dated('spark-created-2009')?.event?.years).toEqual([2009]);
    expect(dated('spark-open-sourced-2010')?.event?.years).toEqual([2010]);
    expect(dated('databricks-founded-2013')?.event?.years).toEqual([2013]);
    expect(dated('vacuum-retention-7-days')?.defaultValue?.days).toBe(7);
    expect(dated('log-retention-30-days')?.defaultValue?.days).toBe(30);
    expect(dated('aqe-default-spark-3-2')?.since).toBe('Spark 3.2.0');
    const productIds = new Set(PRODUCT_FACTS.map((p) => p.id));
    for (const d of DATED_FACTS)
      for (const a of d.about) expect(productIds.has(a), `${d.id} ${a}`).toBe(true);
  });

  it('no longer teaches the dated history claims the review found', () => {
    const text = FACTS.map((f) => f.statement).join(' ');
    expect(text).not.toMatch(/AMPLab, 2013|GA in 2023|created Spark \(/);
  });
});
