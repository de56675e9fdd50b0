import type { Question } from '../../bank/schema.js';
import { BoundedCache } from '../bounded-cache.js';
import {
  FREE_TEXT_EXPANSION,
  PART_JOINTS,
  PART_MIN_TERMS,
  PART_TERMS,
  RELEVANCE_FLOOR,
} from '../rules/relevance-rules.js';
import { linearScore, RELEVANCE_MODEL } from '../rules/weights.js';
import type { GradableQuestion } from '../types.js';
import { answerTerms, answerVector } from './answer-terms.js';
import { type FreeRead, type QuestionDoc, type RelevanceIndex, relevanceIndex } from './index.js';
import { contentTerms, cosine, countTerms, toUnitLength, vectorOf } from './terms.js';

/**
 * Does the answer address what was asked? Its vocabulary is compared with its own question's and with
 * the other questions of the same round in the bank (the contrast set): an answer that fits another
 * question clearly better than its own, or shares almost nothing with its own, is off topic. A
 * free-text question has only its text, so it borrows the vocabulary of the bank question it is
 * closest to, and is compared on that with the round's other questions (FREE_TEXT_EXPANSION). The
 * features are named, and the two models combining them (bank questions, free text) are fitted
 * (rules/weights.ts).
 */

export interface RelevanceFeatures {
  /** Cosine similarity to everything the own question carries (free text: its widened text). */
  ownFull: number;
  /** Cosine similarity to the own question's title and prompt. */
  ownAsked: number;
  /** Share of the own question's (IDF-weighted) terms that the answer uses. */
  ownCoverage: number;
  /** log(best other same-round question / own), on the full representation. */
  fullRatio: number;
  /** log(best other / own), on title and prompt only. */
  askedRatio: number;
  /** log(best other / own), on term coverage. */
  coverageRatio: number;
  /**
   * Share of the round's other questions that the answer fits better than its own (full representation
   * for a bank question, title and prompt for free text). An answer to its own question is seldom beaten
   * by more than a few of the round's questions, whatever its length or style; another question's answer
   * is beaten by many. Robust where the similarity values themselves drift with the answer's length.
   */
  beatenShare: number;
}

export interface Relevance {
  features: RelevanceFeatures;
  /** The best-matching other question of the round, if any. */
  best: { id: string; similarity: number } | null;
  offTopic: boolean;
  /** Which fitted threshold applies: the round, or "free:<round>" for a free-text question. */
  thresholdKey: string;
  /** Why, in words, when off topic. */
  reason: string | null;
  /** Parts of the question the answer does not touch. */
  unanswered: string[];
}

const EPS = 0.01;

function coverage(question: ReadonlyMap<string, number>, answer: ReadonlySet<string>): number {
  let hit = 0;
  let all = 0;
  for (const [term, w] of question) {
    all += w;
    if (answer.has(term)) hit += w;
  }
  return all > 0 ? hit / all : 0;
}

/** What a question's text gives relevance: its terms, and its parts with each part's distinct terms. */
interface QuestionRead {
  terms: Map<string, number>;
  parts: { text: string; terms: string[] }[];
}

// The same question is graded against many answers: read its text once (bounded).
const QUESTION_READS = new BoundedCache<string, QuestionRead>(2_000);

function readQuestionText(text: string): QuestionRead {
  return QUESTION_READS.get(text, () => readQuestionParts(text));
}

function readQuestionParts(text: string): QuestionRead {
  const parts = text
    .split(PART_JOINTS)
    .map((p) => p.trim())
    .map((p) => ({ text: p, all: contentTerms(p) }))
    .filter((p) => p.all.length >= 2)
    .map((p) => ({ text: p.text, terms: [...new Set(p.all)] }));
  return { terms: countTerms(contentTerms(text)), parts };
}

function unansweredParts(
  question: QuestionRead,
  answer: ReadonlySet<string>,
  idf: (t: string) => number,
): string[] {
  return question.parts
    .filter((part) => {
      const distinctive = [...part.terms].sort((a, b) => idf(b) - idf(a)).slice(0, PART_TERMS);
      return distinctive.filter((t) => answer.has(t)).length < PART_MIN_TERMS;
    })
    .map((part) => part.text);
}

const uniform = (): number => 1;

// A question graded with no bank around it is its own pool; keep one array per question so its index
// is built once.
const solo = new WeakMap<Question, readonly Question[]>();
function soloPool(q: Question): readonly Question[] {
  let pool = solo.get(q);
  if (!pool) {
    pool = [q];
    solo.set(q, pool);
  }
  return pool;
}

/**
 * The answer's dot product with every question's full vector at once, from the index's postings. Each
 * sum is added in the answer's term order, as cosine() adds it when the answer is the smaller vector,
 * so the value is the same to the last bit; fullSimilarity() uses it only then.
 */
function fullDots(answer: ReadonlyMap<string, number>, index: RelevanceIndex, round: string): Float64Array {
  const dots = new Float64Array(index.docs.length);
  const postings = index.fullPostings(round);
  for (const [term, w] of answer) {
    const list = postings.get(term);
    if (list) for (const p of list) dots[p.doc] = (dots[p.doc] ?? 0) + w * p.w;
  }
  return dots;
}

function fullSimilarity(
  answer: ReadonlyMap<string, number>,
  doc: QuestionDoc,
  dots: { round: string; values: Float64Array } | undefined,
): number {
  return dots && dots.round === doc.round && answer.size <= doc.full.size
    ? (dots.values[doc.at] ?? 0)
    : cosine(answer, doc.full);
}

/** The same-round questions that ask something else: a bank question's list is worked out once. */
function rivalsOf(
  index: RelevanceIndex,
  question: GradableQuestion,
  askedVec: ReadonlyMap<string, number>,
  ownDoc: QuestionDoc | undefined,
): QuestionDoc[] {
  const cached = ownDoc ? index.rivals.get(ownDoc.id) : undefined;
  if (cached && ownDoc?.round === question.round) return cached;
  // A question asking the same thing in other words is not "another question".
  const rivals = index.docs.filter(
    (doc) =>
      doc.id !== question.id &&
      doc.round === question.round &&
      cosine(askedVec, doc.asked) < RELEVANCE_FLOOR.sameQuestion,
  );
  if (ownDoc && ownDoc.round === question.round) index.rivals.set(ownDoc.id, rivals);
  return rivals;
}

/**
 * A free-text question's title-and-prompt vector, its text widened with its nearest bank questions'
 * vocabulary (FREE_TEXT_EXPANSION), and its rivals (the round's other questions, less those
 * neighbours), worked out once per index: a class's answers to one question, or a coach's batch,
 * grade it many times over.
 */
function freeTextRead(
  index: RelevanceIndex,
  question: GradableQuestion,
  terms: Map<string, number>,
): FreeRead {
  const key = `${question.round}\u0000${question.id ?? ''}\u0000${question.text}`;
  return index.freeText.get(key, () => {
    const asked = vectorOf(terms, index.askedIdf);
    const near = index.docs
      .filter((doc) => doc.round === question.round)
      .map((doc) => ({ doc, closeness: cosine(asked, doc.asked) }))
      .filter((n) => n.closeness > 0)
      .sort((a, b) => b.closeness - a.closeness || a.doc.at - b.doc.at)
      .slice(0, FREE_TEXT_EXPANSION.neighbours)
      .filter((n, _, all) => n.closeness >= (all[0]?.closeness ?? 0) * FREE_TEXT_EXPANSION.closeAsShare);
    const expanded = new Map<string, number>();
    for (const [term, w] of vectorOf(terms, index.idf)) expanded.set(term, w * FREE_TEXT_EXPANSION.ownWeight);
    for (const { doc, closeness } of near)
      for (const [term, w] of doc.full) expanded.set(term, (expanded.get(term) ?? 0) + closeness * w);
    toUnitLength(expanded);
    const neighbours = new Set(near.map((x) => x.doc));
    const rivals = rivalsOf(index, question, asked, undefined).filter((doc) => !neighbours.has(doc));
    return { asked, expanded, rivals };
  });
}

/** The fitted relevance model's logit (the free-text one for free text): higher means further off topic. */
export function offTopicLogit(f: RelevanceFeatures, freeText: boolean): number {
  const { bias, ownFull, ownAsked, ownCoverage, fullRatio, askedRatio, coverageRatio, beatenShare } = freeText
    ? RELEVANCE_MODEL.freeText
    : RELEVANCE_MODEL;
  const model = { bias, ownFull, ownAsked, ownCoverage, fullRatio, askedRatio, coverageRatio, beatenShare };
  return linearScore(model, { ...f });
}

export function assessRelevance(
  answer: string,
  question: GradableQuestion,
  contrast: readonly Question[] | undefined,
): Relevance {
  const pool = contrast && contrast.length > 0 ? contrast : question.bank ? soloPool(question.bank) : [];
  const index = pool.length > 0 ? relevanceIndex(pool) : undefined;
  const idf = index?.idf ?? uniform;
  const askedIdf = index?.askedIdf ?? uniform;
  const { terms, counts } = answerTerms(answer);
  const termSet = new Set(terms);
  const answerVec = answerVector(answer, idf);
  const answerAsked = vectorOf(counts, askedIdf);
  const ownDoc: QuestionDoc | undefined = question.id ? index?.byId.get(question.id) : undefined;
  const questionRead = readQuestionText(question.text);
  const questionTerms = questionRead.terms;
  const free = !ownDoc && index ? freeTextRead(index, question, questionTerms) : undefined;
  const askedVec = ownDoc?.asked ?? free?.asked ?? vectorOf(questionTerms, askedIdf);
  // Every same-round question's similarity at once, on everything each carries; the own question is
  // in the answer's round. A free-text question is compared on its widened text.
  const dots =
    index && (ownDoc || free)
      ? { round: question.round as string, values: fullDots(answerVec, index, question.round) }
      : undefined;
  const ownFull = ownDoc
    ? fullSimilarity(answerVec, ownDoc, dots)
    : free
      ? cosine(answerVec, free.expanded)
      : cosine(answerAsked, askedVec);
  const ownAsked = cosine(answerAsked, askedVec);
  const ownCoverage = coverage(askedVec, termSet);
  let best: Relevance['best'] = null;
  let bestAsked = 0;
  let bestCoverage = 0;
  let beaten = 0;
  const rivals = free?.rivals ?? (index ? rivalsOf(index, question, askedVec, ownDoc) : []);
  for (const doc of rivals) {
    const asked = cosine(answerAsked, doc.asked);
    const full = ownDoc || free ? fullSimilarity(answerVec, doc, dots) : asked;
    if (full > ownFull) beaten += 1;
    if (!best || full > best.similarity) best = { id: doc.id, similarity: full };
    bestAsked = Math.max(bestAsked, asked);
    bestCoverage = Math.max(bestCoverage, coverage(doc.asked, termSet));
  }
  const features: RelevanceFeatures = {
    ownFull,
    ownAsked,
    ownCoverage,
    fullRatio: Math.log(((best?.similarity ?? 0) + EPS) / (ownFull + EPS)),
    askedRatio: Math.log((bestAsked + EPS) / (ownAsked + EPS)),
    coverageRatio: Math.log((bestCoverage + EPS) / (ownCoverage + EPS)),
    beatenShare: rivals.length > 0 ? beaten / rivals.length : 0,
  };
  const thresholdKey = ownDoc ? question.round : `free:${question.round}`;
  const threshold =
    RELEVANCE_MODEL.roundThreshold[thresholdKey] ?? RELEVANCE_MODEL.roundThreshold[question.round] ?? 0;
  // Not for free text read against the bank: an honest story told to a generic question ("your biggest
  // professional failure") can share almost no words with it, and the fitted model reads it there.
  const belowFloor =
    !free &&
    terms.length >= RELEVANCE_FLOOR.minTerms &&
    ownFull < RELEVANCE_FLOOR.similarity &&
    ownCoverage < RELEVANCE_FLOOR.coverage;
  // A question of a word or two ("q", "Question 3") says too little to be off topic from.
  const judgeable = questionTerms.size >= RELEVANCE_FLOOR.minQuestionTerms;
  const offTopic = judgeable && (belowFloor || offTopicLogit(features, !ownDoc) > threshold);
  const unanswered = unansweredParts(questionRead, termSet, askedIdf);
  let reason: string | null = null;
  if (offTopic) {
    reason =
      best && features.fullRatio > 0
        ? `it fits another question (${best.id}) better than this one`
        : 'it shares almost nothing with the question';
  }
  return { features, best, offTopic, thresholdKey, reason, unanswered };
}
