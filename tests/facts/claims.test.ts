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
    // Read wrongly in blind answers (train split), each the kind of sentence a strong answer makes:
    // advice is not a denial, a thing done on a schedule names no scheduler, "our account" is
    // Databricks's in a Databricks interview, and a figure said of another setting is not VACUUM's.
    ['MLflow should not host models or manage vector indexes.', false],
    ["I wouldn't have MLflow host their models.", false],
    ["There's a common misconception here, since MLflow doesn't actually train models.", false],
    ['Copy system tables into a Delta table on a schedule to keep seven years.', false],
    ['Critical Delta tables replicated incrementally on a short schedule, jobs deployed but paused.', false],
    ['But serverless runs in our account, so we pay for warm capacity.', false],
    ['Retain: bronze deleted after 30 days; silver after 13 months, followed by VACUUM.', false],
    ['Then VACUUM with the default 7-day retention, after deleting data older than 13 months.', false],
    ["We'll make this default via autologging; 30-day VACUUM windows mean we must snapshot metadata.", false],
    ['AI Gateway already supports external model endpoints, usage tracking and rate limits.', false],
    ['When tickets land in the Delta table feeding Vector Search, run a classifier over them.', false],
    ['My decision: default Photon on for new SQL jobs and default off for Python UDF notebooks.', false],
    ["They don't know Databricks SQL exists or is a real warehouse.", false],
    ['Dashboards inherit Unity Catalog permissions, run on the SQL warehouse and need no extract.', false],
    // ...while the false claims beside them are still caught.
    ["Photon is Databricks' job scheduler.", true],
    ['VACUUM only removes files older than 30 days by default.', true],
    ['Actually, MLflow trains the model.', true],
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
