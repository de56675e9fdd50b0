import { describe, expect, it } from 'vitest';
import { freeTextQuestion } from '../../src/grading/default-rubrics.js';
import { gradeOffline } from '../../src/grading/offline.js';

/**
 * The same good answer with one product claim right and then wrong: the wrong one must fall clearly
 * below (the bar: at least 10 points, median), and the flag must quote the sentence and give
 * the sourced correction.
 */
const question = freeTextQuestion(
  'How would you cut the time ML engineers spend shipping a model?',
  'technical',
);

const answer = (claim: string): string => `The ML engineers on the fraud team lose about two days per model
handing it from a notebook to production, and half of those hand-offs fail review because nobody can say
which table version trained it. ${claim} I would build one promotion step that records the table version
and the run together and refuses a model without both, and I would not build a new registry, because
teams already use the one they have and a second would split them. The trade-off is a slower first
promotion while teams backfill the links. Within a quarter, the median time from approved run to
endpoint should fall from two days to half a day, against today's baseline from the deploy logs.`;

const PAIRS: readonly [right: string, wrong: string][] = [
  ['MLflow tracks the training runs and registers the model.', 'MLflow is what trains the model.'],
  ['Model Serving hosts the classifier behind an endpoint.', 'Vector Search hosts the classifier.'],
  [
    'Delta Sharing lets the partner share the feature table with us in place.',
    "Delta Sharing lands the partner's stream in our lakehouse.",
  ],
  [
    'Unity Catalog went GA in 2022, so the lineage is there.',
    'Unity Catalog went GA in 2023, so the lineage is there.',
  ],
  ['VACUUM keeps removed files for 7 days by default.', 'VACUUM keeps removed files for 30 days by default.'],
  [
    'Unity Catalog does not make queries faster by itself.',
    'Unity Catalog makes queries faster rather than slower.',
  ],
  [
    'Customers size serverless SQL warehouses themselves.',
    'Customers size serverless jobs compute themselves.',
  ],
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

describe('a false claim costs the answer', () => {
  it('scores the answer built on a false claim at least 10 points lower (median)', () => {
    const gaps = PAIRS.map(
      ([right, wrong]) =>
        gradeOffline(answer(right), question).score - gradeOffline(answer(wrong), question).score,
    );
    expect(gradeOffline(answer(PAIRS[0]?.[0] ?? ''), question).score).toBeGreaterThan(40);
    expect(median(gaps)).toBeGreaterThanOrEqual(10);
    for (const gap of gaps) expect(gap).toBeGreaterThan(0);
  });

  it('flags the wrong claim as an error that quotes it and gives the correction with its source', () => {
    const wrong = gradeOffline(answer('Vector Search hosts the classifier.'), question);
    const flag = wrong.flags.find((f) => f.id === 'term-misuse');
    expect(flag).toMatchObject({ severity: 'error', quote: 'Vector Search hosts the classifier.' });
    expect(flag?.message).toMatch(/Model Serving/);
    expect(flag?.message).toMatch(/source: Mosaic AI Vector Search/);
    const right = gradeOffline(answer('Model Serving hosts the classifier behind an endpoint.'), question);
    expect(right.flags.some((f) => f.id === 'term-misuse')).toBe(false);
  });
});
