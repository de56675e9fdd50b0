import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/facts/claims/index.js';
import { FALSE_CLAIMS, TRUE_CLAIMS } from './claim-cases.js';
import { FRESH_FALSE, FRESH_TRUE } from './fresh-cases.js';
import { HELDOUT_FALSE, HELDOUT_TRUE } from './heldout-cases.js';

const flagged = (text: string): boolean => checkClaims([{ text, line: 1 }]).length > 0;
const share = (cases: readonly string[]): number => cases.filter(flagged).length / cases.length;

describe('checkClaims rates', () => {
  const trueClaims = [...TRUE_CLAIMS, ...HELDOUT_TRUE, ...FRESH_TRUE];
  const falseClaims = [...FALSE_CLAIMS, ...HELDOUT_FALSE, ...FRESH_FALSE];

  it('flags at most 5% of true claims written next to trigger words and negations', () => {
    expect(trueClaims.length).toBeGreaterThan(100);
    expect(share(trueClaims)).toBeLessThanOrEqual(0.05);
  });

  it('flags at least 70% of false claims', () => {
    expect(falseClaims.length).toBeGreaterThan(100);
    expect(share(falseClaims)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('checkClaims reads who is said to do what', () => {
  it.each([
    [
      'Unity Catalog does not make queries faster by itself, but managed tables get predictive optimization.',
      false,
    ],
    ['Unity Catalog makes queries faster rather than slower.', true],
    ['MLflow is what trains the model.', true],
    ['MLflow tracks the runs rather than training the model.', false],
    ['Vector Search hosts the classifier.', true],
    ["Delta Sharing lands the partner's stream in our lakehouse.", true],
    ['Customers size serverless SQL warehouses and set their max clusters.', false],
    ['Customers size serverless jobs compute.', true],
    ['Unity Catalog went GA in 2023.', true],
    ['Unity Catalog went GA in 2022, not 2023.', false],
    ['VACUUM keeps removed files for 30 days by default.', true],
    ['MLflow, not Spark, trains the model.', true],
    ['Spark, not MLflow, trains the model.', false],
  ])('%s -> flagged: %s', (text, expected) => {
    expect(flagged(text)).toBe(expected);
  });

  it('returns the fact, the quoted sentence, the correction and its source', () => {
    const [finding] = checkClaims([
      { text: 'We log every run.', line: 3 },
      { text: '  Vector Search hosts the classifier.  ', line: 4 },
    ]);
    expect(finding).toMatchObject({
      factId: 'vector-search-on-delta',
      line: 4,
      sentence: 'Vector Search hosts the classifier.',
      source: { title: 'Mosaic AI Vector Search' },
    });
    expect(finding?.correction).toMatch(/Model Serving/);
    expect(finding?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('corrects a wrong year with the dated fact and a wrong default with its value', () => {
    const [ga] = checkClaims([{ text: 'Unity Catalog became generally available in 2021.', line: 1 }]);
    expect(ga).toMatchObject({ factId: 'unity-catalog-ga-2022' });
    expect(ga?.correction).toMatch(/2022/);
    const [vacuum] = checkClaims([{ text: 'By default VACUUM keeps removed files for 14 days.', line: 1 }]);
    expect(vacuum).toMatchObject({ factId: 'vacuum-retention-7-days' });
  });

  it('leaves questions and reported myths alone', () => {
    expect(flagged('Does MLflow train the model?')).toBe(false);
    expect(flagged('A common misconception is that MLflow trains the model.')).toBe(false);
  });
});
