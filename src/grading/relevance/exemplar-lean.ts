import type { Question } from '../../bank/schema.js';
import { answerVector } from './answer-terms.js';
import { relevanceIndex } from './index.js';
import { contentTerms, cosine, countTerms, vectorOf } from './terms.js';

/**
 * Which of its bank question's example answers an answer reads closer to: the strong one or the weak
 * one. Each is a TF-IDF vector over the contrast pool's vocabulary (the bank), the answer too, and the
 * lean is the similarity to the closest strong exemplar minus that to the closest weak one. A bank
 * question's weak exemplar shows the mistakes it is written to catch (a bigger cluster for a skewed
 * join, a tour of features for a buyer's problem), its strong one the reasoning it wants; an answer
 * that shares more with the first reads like it, whatever its surface. Free text has no exemplars.
 */

export interface ExemplarLean {
  /** Similarity to the closest strong exemplar. */
  strong: number;
  /** Similarity to the closest weak exemplar. */
  weak: number;
  /** strong - weak: below zero, the answer reads closer to the weak example. */
  lean: number;
}

interface ExemplarVectors {
  strong: Map<string, number>[];
  weak: Map<string, number>[];
}

// Per pool (the bank, by identity) and question id: exemplar vectors are built once.
const VECTORS = new WeakMap<readonly Question[], Map<string, ExemplarVectors>>();

function exemplarVectors(
  question: Question,
  pool: readonly Question[],
  idf: (term: string) => number,
): ExemplarVectors {
  let perPool = VECTORS.get(pool);
  if (!perPool) {
    perPool = new Map();
    VECTORS.set(pool, perPool);
  }
  const key = `${question.id}\u0000${question.exemplars.length}`;
  const hit = perPool.get(key);
  if (hit) return hit;
  const of = (label: string): Map<string, number>[] =>
    question.exemplars
      .filter((e) => e.label === label)
      .map((e) => vectorOf(countTerms(contentTerms(e.text)), idf));
  const vectors = { strong: of('strong'), weak: of('weak') };
  perPool.set(key, vectors);
  return vectors;
}

/**
 * The points a lean earns under the fitted model (grader-weights.json `exemplarPoints`): perLean x
 * (lean - centre), within +/- max, to one decimal. The grader's ledger and the fit both use it.
 */
export function exemplarPoints(
  lean: number,
  model: { perLean: number; centre: number; max: number },
): number {
  const { perLean, centre, max } = model;
  return Math.round(Math.max(-max, Math.min(max, perLean * (lean - centre))) * 10) / 10;
}

export function exemplarLean(
  answer: string,
  question: Question | undefined,
  contrast: readonly Question[] | undefined,
): ExemplarLean | undefined {
  if (!question || !contrast || contrast.length < 2) return undefined;
  const { idf } = relevanceIndex(contrast);
  const vectors = exemplarVectors(question, contrast, idf);
  if (vectors.strong.length === 0 || vectors.weak.length === 0) return undefined;
  const answerVec = answerVector(answer, idf);
  const best = (list: Map<string, number>[]): number => Math.max(...list.map((v) => cosine(answerVec, v)));
  const strong = best(vectors.strong);
  const weak = best(vectors.weak);
  return { strong, weak, lean: strong - weak };
}
