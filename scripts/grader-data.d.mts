// Types for grader-data.mjs, so the TypeScript tests can read the corpus with the same helpers.
import type { Question } from '../src/bank/schema.js';
import type { GradableQuestion } from '../src/grading/types.js';

export interface CorpusQuestion {
  bankId: string | null;
  text: string;
  title: string | null;
  round: GradableQuestion['round'];
}
export interface CorpusAnswer {
  id: string;
  writer: string;
  author: string;
  split: 'train' | 'dev' | 'test';
  question: CorpusQuestion;
  label: 'strong' | 'mid' | 'weak';
  style: string;
  modes: string[];
  enumeration: boolean;
  injection: boolean;
  claim: { truth: boolean; sentence: string; fact: string } | null;
  text: string;
}
export const root: URL;
export function loadBank(): Question[];
export function loadCorpus(): CorpusAnswer[];
export function gradableFor(question: CorpusQuestion, bank: readonly Question[]): GradableQuestion;
export function swappedPairs(
  corpus: readonly CorpusAnswer[],
): { answer: CorpusAnswer; question: CorpusQuestion }[];
export function auc(pos: readonly number[], neg: readonly number[]): number | null;
