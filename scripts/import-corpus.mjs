// One-time import of the blind-written answers (one markdown file each, front matter + answer) into
// corpus/answers.jsonl, assigning each question to train / dev / test once, by a hash of the question.
// Usage: CORPUS_QUESTIONS=questions.json node scripts/import-corpus.mjs [--append] <raw-dir>...
// (each raw dir is one writer's folder; questions.json is the list the writers answered). With
// --append, the answers already in corpus/answers.jsonl are kept and a later writer's are added after
// them, split by the same hash of the question, so no answer already imported changes split.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { splitOf } from './import-corpus-split.mjs';

const bankFile = new URL('../dist/bank.json', import.meta.url);
const bank = new Map(
  JSON.parse(readFileSync(bankFile, 'utf8')).questions.map((x) => [x.question.id, x.question]),
);

function looseFrontMatter(text) {
  const meta = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at < 1) continue;
    const key = line.slice(0, at).trim();
    let value = line
      .slice(at + 1)
      .replace(/\s+#.*$/, '')
      .trim();
    if (value.startsWith('['))
      value = value
        .replace(/^\[|\]$/g, '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    else if (value === 'true' || value === 'false') value = value === 'true';
    else if (value === 'null') value = null;
    else value = value.replace(/^"(.*)"$/, '$1');
    meta[key] = value;
  }
  return meta;
}

// Questions as the writers were given them (id, round, title, prompt): a question the bank has since
// merged away keeps its text, and its answers are graded as free text.
const asked = new Map();
const askedFile = process.env.CORPUS_QUESTIONS;
if (askedFile) for (const q of JSON.parse(readFileSync(askedFile, 'utf8'))) asked.set(q.id, q);

const corpusFile = new URL('../corpus/answers.jsonl', import.meta.url);
const append = process.argv.includes('--append');
const kept = append
  ? readFileSync(corpusFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line))
  : [];
const known = new Set(kept.map((r) => r.id));
const records = [];
for (const dir of process.argv.slice(2).filter((arg) => arg !== '--append')) {
  const writer = basename(dir);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const raw = readFileSync(join(dir, file), 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(raw);
    if (!m) {
      console.error(`${dir}/${file}: no front matter, skipped`);
      continue;
    }
    let meta;
    try {
      meta = parse(m[1]);
    } catch {
      // Writers sometimes left a colon unquoted in a one-line value: read "key: rest of line" plainly.
      meta = looseFrontMatter(m[1]);
    }
    const bankId = meta.bank_id && meta.bank_id !== 'null' ? String(meta.bank_id) : null;
    const bankQuestion = bankId ? (bank.get(bankId) ?? asked.get(bankId)) : undefined;
    if (bankId && !bankQuestion) console.error(`${dir}/${file}: unknown bank id ${bankId}`);
    const questionText = bankQuestion ? bankQuestion.prompt : String(meta.question_text ?? '').trim();
    if (!questionText) {
      console.error(`${dir}/${file}: no question, skipped`);
      continue;
    }
    const key = bankId ?? `free:${questionText.toLowerCase().replace(/\s+/g, ' ')}`;
    const label = String(meta.label);
    if (!['strong', 'mid', 'weak'].includes(label)) {
      console.error(`${dir}/${file}: label ${label}, skipped`);
      continue;
    }
    const id = `${writer}-${file.replace(/\.md$/, '')}`;
    if (known.has(id)) {
      console.error(`${dir}/${file}: ${id} is already in the corpus, skipped`);
      continue;
    }
    records.push({
      id,
      writer,
      author: String(meta.author ?? ''),
      split: splitOf(key),
      question: {
        bankId,
        text: questionText,
        title: bankQuestion?.title ?? null,
        round: bankQuestion?.round ?? String(meta.round),
      },
      label,
      style: String(meta.style ?? ''),
      modes: Array.isArray(meta.modes) ? meta.modes.map(String) : [],
      enumeration: meta.enumeration === true,
      injection: meta.injection === true,
      claim:
        meta.claim_truth === undefined
          ? null
          : {
              truth: meta.claim_truth === true,
              sentence: String(meta.claim_sentence ?? ''),
              fact: String(meta.claim_fact ?? ''),
            },
      text: m[2].replace(/^\n+/, ''),
    });
  }
}
writeFileSync(corpusFile, `${[...kept, ...records].map((r) => JSON.stringify(r)).join('\n')}\n`);
const count = (f) => {
  const acc = {};
  for (const r of records) acc[f(r)] = (acc[f(r)] ?? 0) + 1;
  return acc;
};
console.log(
  records.length,
  'answers',
  count((r) => r.split),
  count((r) => r.label),
  count((r) => r.question.round),
);
