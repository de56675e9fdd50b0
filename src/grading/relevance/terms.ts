import { stemmer as porter } from 'stemmer';
import { CONCEPTS, STOPWORDS } from '../rules/topic-lexicon.js';

/**
 * Content terms of a text for topic matching: lower-cased words, stop words dropped, stemmed so
 * "queries" and "query", "partitioned" and "partition" meet. One pass, linear in the text.
 */

const WORD = /[a-z][a-z0-9'+-]*[a-z0-9]|[a-z]{2}/g;

/** Porter's stemmer (the `stemmer` package): "objections" and "objected" meet on "object". */
export function stem(word: string): string {
  return porter(word.replace(/'s$/, ''));
}

// Answers reuse a small vocabulary: each word's stem is worked out once (bounded, so a hostile
// answer of unique words cannot grow it without end).
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** Each concept word's stem, to the concept's term ("~executive"): a word and its concept both count. */
const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS))
  for (const word of words.split(/\s+/).filter(Boolean)) CONCEPT_OF.set(stem(word), `~${concept}`);

/** The stemmed content words of a text, in order (duplicates kept, for term frequency). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  // match() hands back the words at once; matchAll's iterator costs more than the lookups below.
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (STOPWORDS.has(w) || (w.length < 3 && !CONCEPT_OF.has(w))) continue;
    let stemmed = STEMS.get(w);
    if (stemmed === undefined) {
      stemmed = stem(w);
      if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
      STEMS.set(w, stemmed);
    }
    out.push(stemmed);
    const concept = CONCEPT_OF.get(stemmed);
    if (concept !== undefined) out.push(concept);
  }
  return out;
}

export type TermCounts = Map<string, number>;

export function countTerms(terms: readonly string[], into: TermCounts = new Map(), weight = 1): TermCounts {
  for (const t of terms) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}

/** A unit-length TF-IDF vector: sublinear term frequency times inverse document frequency. */
export function vectorOf(counts: TermCounts, idf: (term: string) => number): Map<string, number> {
  const v = new Map<string, number>();
  for (const [term, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf(term);
    if (w > 0) v.set(term, w);
  }
  return toUnitLength(v);
}

/** Scales a vector, in place, to length 1 (an empty or zero vector is left as it is). */
export function toUnitLength(v: Map<string, number>): Map<string, number> {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  const n = Math.sqrt(norm) || 1;
  for (const [term, w] of v) v.set(term, w / n);
  return v;
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}
