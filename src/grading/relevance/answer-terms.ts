import { contentTerms, countTerms, type TermCounts, vectorOf } from './terms.js';

/**
 * The answer's content terms, their counts and its TF-IDF vector, remembered for the last answer read:
 * the topic check and the exemplar lean read the same answer, with the same bank's IDF, one after the
 * other. One entry each, so memory stays flat whatever is graded.
 */

interface AnswerTerms {
  answer: string;
  terms: string[];
  counts: TermCounts;
}

let lastTerms: AnswerTerms | undefined;
let lastVector: { answer: string; idf: (term: string) => number; vector: Map<string, number> } | undefined;

export function answerTerms(answer: string): AnswerTerms {
  if (lastTerms?.answer === answer) return lastTerms;
  const terms = contentTerms(answer);
  lastTerms = { answer, terms, counts: countTerms(terms) };
  return lastTerms;
}

/** The answer's unit TF-IDF vector under `idf` (callers must not change it). */
export function answerVector(answer: string, idf: (term: string) => number): Map<string, number> {
  if (lastVector?.answer === answer && lastVector.idf === idf) return lastVector.vector;
  const vector = vectorOf(answerTerms(answer).counts, idf);
  lastVector = { answer, idf, vector };
  return vector;
}
