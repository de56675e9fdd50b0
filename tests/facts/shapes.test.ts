import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/facts/claims/index.js';
import { SHAPE_FALSE, SHAPE_TRUE } from './shape-cases.js';

const flagged = (text: string): boolean => checkClaims([{ text, line: 1 }]).length > 0;
const share = (cases: readonly string[]): number => cases.filter(flagged).length / cases.length;

describe('checkClaims reads the shapes outsiders write', () => {
  it.each(Object.entries(SHAPE_FALSE))('flags at least 80%% of false %s claims', (_shape, cases) => {
    expect(share(cases)).toBeGreaterThanOrEqual(0.8);
  });

  it('flags at most 5% of the true claims across shapes', () => {
    const all = Object.values(SHAPE_TRUE).flat();
    expect(all.length).toBeGreaterThan(30);
    expect(share(all)).toBeLessThanOrEqual(0.05);
  });

  it('keeps a denial to its own clause: the code that trains is not MLflow', () => {
    for (const text of SHAPE_TRUE.negation ?? []) expect(flagged(text), text).toBe(false);
  });

  it.each([
    ['Turning on Unity Catalog would also make these dashboards faster.', 'unity-catalog-governs'],
    ["Photon is Databricks' job scheduler.", 'photon-engine'],
    [
      'With Delta Sharing every recipient gets a physical replica of the shared tables.',
      'delta-sharing-open',
    ],
    ['Serverless SQL warehouses need no sizing at all.', 'serverless-sql-warehouse'],
  ])('%s -> %s', (text, factId) => {
    expect(checkClaims([{ text, line: 1 }]).map((f) => f.factId)).toContain(factId);
  });
});
