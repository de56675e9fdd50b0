import type { Question } from '../../bank/schema.js';
import { BoundedCache } from '../bounded-cache.js';
import { RELEVANCE_FIELD_WEIGHTS } from '../rules/relevance-rules.js';
import { contentTerms, countTerms, type TermCounts, vectorOf } from './terms.js';

/**
 * The bank as a contrast set for topic: each question's vocabulary, from everything it carries
 * (title, prompt, context, topics, rubric names and anchors, exemplars, follow-ups), weighted by how
 * much each field says about what is asked. Built once per bank (cached by identity) in one pass.
 */

export interface QuestionDoc {
  /** Position in RelevanceIndex.docs. */
  at: number;
  id: string;
  round: Question['round'];
  /** Everything the question carries. */
  full: Map<string, number>;
  /** Only what a free-text question would have: its title and prompt. */
  asked: Map<string, number>;
}

/** Free-text questions remembered per index (each a vector and a list of rivals). */
const FREE_TEXT_CACHE_LIMIT = 2_000;

export interface RelevanceIndex {
  docs: QuestionDoc[];
  byId: Map<string, QuestionDoc>;
  /** Inverse document frequency over everything the questions carry. */
  idf: (term: string) => number;
  /** Inverse document frequency over titles and prompts only: what makes one ask differ from another. */
  askedIdf: (term: string) => number;
  /**
   * A round's postings: each term's questions whose full vector holds it, with its weight there, in
   * order. Built the first time a round is graded, so a one-answer run builds one round's, not five.
   */
  fullPostings: (round: string) => Map<string, { doc: number; w: number }[]>;
  /** Per own question: the same-round questions that ask something else (its contrast set). */
  rivals: Map<string, QuestionDoc[]>;
  /**
   * Per free-text question (keyed by round, id and text): its title-and-prompt vector, its text
   * widened with its nearest bank questions, and its rivals, worked out the first time it is graded
   * against this index (bounded, like the question cache).
   */
  freeText: BoundedCache<string, FreeRead>;
}

/** What a free-text question gives relevance, once per index (see assess.ts, freeTextRead). */
export interface FreeRead {
  /** Its title and prompt, weighted like the bank's. */
  asked: Map<string, number>;
  /** Its text widened with its nearest bank questions' full vocabulary: compared with rivals' full. */
  expanded: Map<string, number>;
  /** The round's other questions, less its neighbours. */
  rivals: QuestionDoc[];
}

function fieldsOf(q: Question): [keyof typeof RELEVANCE_FIELD_WEIGHTS, string][] {
  // Hand-built questions (tests, old records) may lack fields; read what is there.
  const out: [keyof typeof RELEVANCE_FIELD_WEIGHTS, string][] = [
    ['title', q.title ?? ''],
    ['prompt', q.prompt ?? ''],
    ['context', q.context ?? ''],
    ['topics', (q.topics ?? []).join(' ').replace(/-/g, ' ')],
  ];
  for (const c of q.rubric ?? []) {
    out.push(['rubric', [c.name, c.description ?? '', ...Object.values(c.anchors ?? {})].join(' ')]);
  }
  for (const e of q.exemplars ?? []) if (e.label !== 'weak') out.push(['exemplar', e.text]);
  for (const f of q.followUps ?? []) out.push(['followUp', f.prompt]);
  return out;
}

const cache = new WeakMap<readonly Question[], RelevanceIndex>();

/**
 * An index as JSON: what relevanceIndex() works out from a bank, stored at build time with it. Terms
 * are written once, in `terms`; everything else names a term by its position there, and a vector is
 * one flat array of (term, weight) pairs, which JSON reads several times faster than pairs of arrays.
 */
export interface StoredIndex {
  ids: string[];
  terms: string[];
  /** (term, document frequency) pairs, flat. */
  df: number[];
  askedDf: number[];
  docs: { full: number[]; asked: number[] }[];
}

export function storeIndex(questions: readonly Question[]): StoredIndex {
  const index = build(questions);
  const terms: string[] = [];
  const position = new Map<string, number>();
  const flat = (entries: Iterable<[string, number]>): number[] => {
    const out: number[] = [];
    for (const [term, value] of entries) {
      let at = position.get(term);
      if (at === undefined) {
        at = terms.length;
        terms.push(term);
        position.set(term, at);
      }
      out.push(at, value);
    }
    return out;
  };
  return {
    ids: index.docs.map((d) => d.id),
    df: flat(index.df),
    askedDf: flat(index.askedDf),
    docs: index.docs.map((d) => ({ full: flat(d.full), asked: flat(d.asked) })),
    terms,
  };
}

function unflatten(terms: readonly string[], pairs: readonly number[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!pairs) return out;
  for (let k = 0; k + 1 < pairs.length; k += 2)
    out.set(terms[pairs[k] as number] ?? '', pairs[k + 1] as number);
  return out;
}

/**
 * Uses a stored index for this list of questions (the shipped bank's, from dist/bank.json) instead of
 * building it, which costs a fifth of a one-file `grade`. Ignored unless it lists the same question
 * ids in the same order; the values are the ones relevanceIndex() computes, to the bit (JSON keeps
 * doubles exactly).
 */
export function primeRelevanceIndex(questions: readonly Question[], stored: StoredIndex | undefined): void {
  if (!stored || !Array.isArray(stored.terms) || cache.has(questions)) return;
  if (stored.ids.length !== questions.length || stored.ids.some((id, i) => questions[i]?.id !== id)) return;
  const { terms } = stored;
  const df = unflatten(terms, stored.df);
  const askedDf = unflatten(terms, stored.askedDf);
  const docs = questions.map((q, i) => ({
    at: i,
    id: q.id,
    round: q.round,
    full: unflatten(terms, stored.docs[i]?.full),
    asked: unflatten(terms, stored.docs[i]?.asked),
  }));
  const { idf, askedIdf } = idfs(questions.length, df, askedDf);
  cache.set(questions, assemble(docs, idf, askedIdf));
}

export function relevanceIndex(questions: readonly Question[]): RelevanceIndex {
  const hit = cache.get(questions);
  if (hit) return hit;
  const index = build(questions);
  cache.set(questions, index);
  return index;
}

function build(questions: readonly Question[]): RelevanceIndex & {
  df: Map<string, number>;
  askedDf: Map<string, number>;
} {
  const full: TermCounts[] = [];
  const asked: TermCounts[] = [];
  const df = new Map<string, number>();
  const askedDf = new Map<string, number>();
  for (const q of questions) {
    const counts: TermCounts = new Map();
    for (const [field, text] of fieldsOf(q))
      countTerms(contentTerms(text), counts, RELEVANCE_FIELD_WEIGHTS[field]);
    full.push(counts);
    const askedCounts = countTerms(contentTerms(`${q.title ?? ''} ${q.prompt ?? ''}`));
    asked.push(askedCounts);
    for (const term of askedCounts.keys()) askedDf.set(term, (askedDf.get(term) ?? 0) + 1);
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const { idf, askedIdf } = idfs(questions.length, df, askedDf);
  const docs = questions.map((q, i) => ({
    at: i,
    id: q.id,
    round: q.round,
    full: vectorOf(full[i] ?? new Map(), idf),
    asked: vectorOf(asked[i] ?? new Map(), askedIdf),
  }));
  return { ...assemble(docs, idf, askedIdf), df, askedDf };
}

function idfs(count: number, df: Map<string, number>, askedDf: Map<string, number>) {
  const n = Math.max(count, 1);
  // Smoothed IDF: a term in every question still counts a little; an unseen term counts most. Worked
  // out once per known term (the same arithmetic, so the same values), not once per lookup.
  const smoothed = (frequency: number): number => Math.log((n + 1) / (frequency + 1)) + 0.1;
  const unseen = smoothed(0);
  const table = (counts: Map<string, number>): ((term: string) => number) => {
    const values = new Map<string, number>();
    for (const [term, frequency] of counts) values.set(term, smoothed(frequency));
    return (term) => values.get(term) ?? unseen;
  };
  return { idf: table(df), askedIdf: table(askedDf) };
}

function assemble(
  docs: QuestionDoc[],
  idf: (term: string) => number,
  askedIdf: (term: string) => number,
): RelevanceIndex {
  const byRound = new Map<string, Map<string, { doc: number; w: number }[]>>();
  const fullPostings = (round: string): Map<string, { doc: number; w: number }[]> => {
    const hit = byRound.get(round);
    if (hit) return hit;
    const postings = new Map<string, { doc: number; w: number }[]>();
    for (const d of docs) {
      if (d.round !== round) continue;
      for (const [term, w] of d.full) {
        const list = postings.get(term);
        if (list) list.push({ doc: d.at, w });
        else postings.set(term, [{ doc: d.at, w }]);
      }
    }
    byRound.set(round, postings);
    return postings;
  };
  return {
    docs,
    byId: new Map(docs.map((d) => [d.id, d])),
    idf,
    askedIdf,
    fullPostings,
    rivals: new Map(),
    freeText: new BoundedCache(FREE_TEXT_CACHE_LIMIT),
  };
}
