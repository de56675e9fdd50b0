// Shared by fit-grader.mjs and eval-grader.mjs: the blind corpus, the questions it answers, and the
// swapped-question pairs made from it. Reads the built grader (dist/), so run `npm run build` first.
import { readFileSync } from 'node:fs';
import { freeTextQuestion, toGradable } from '../dist/grading/default-rubrics.js';

export const root = new URL('../', import.meta.url);

export function loadBank() {
  return JSON.parse(readFileSync(new URL('dist/bank.json', root), 'utf8')).questions.map((x) => x.question);
}

export function loadCorpus() {
  return readFileSync(new URL('corpus/answers.jsonl', root), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** The question an answer is graded against: its bank question (while the bank still has it) or its text. */
export function gradableFor(question, bank) {
  const found = question.bankId ? bank.find((q) => q.id === question.bankId) : undefined;
  if (found) return toGradable(found, bank);
  // A free-text question is compared with the bank; a bank question that left the bank is free text now.
  return freeTextQuestion(question.text, question.round, bank);
}

function keyOf(question) {
  return question.bankId ?? `free:${question.text}`;
}

/**
 * Each strong or mid answer paired with a different question of the same round and split (the next one
 * in a fixed order), so every swap is deterministic. Returns { answer, question } items.
 */
export function swappedPairs(corpus) {
  const out = [];
  const groups = new Map();
  for (const r of corpus) {
    const g = `${r.split}|${r.question.round}`;
    if (!groups.has(g)) groups.set(g, new Map());
    groups.get(g).set(keyOf(r.question), r.question);
  }
  for (const r of corpus) {
    if (r.label === 'weak' || r.injection) continue;
    const questions = [...groups.get(`${r.split}|${r.question.round}`).entries()].sort(([a], [b]) =>
      a.localeCompare(b),
    );
    if (questions.length < 2) continue;
    const at = questions.findIndex(([k]) => k === keyOf(r.question));
    const [, other] = questions[(at + 1 + (r.id.length % (questions.length - 1))) % questions.length];
    if (keyOf(other) === keyOf(r.question)) continue;
    out.push({ answer: r, question: other });
  }
  return out;
}

/** ROC AUC of scores for positives over negatives (ties count half). */
export function auc(pos, neg) {
  if (pos.length === 0 || neg.length === 0) return null;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
