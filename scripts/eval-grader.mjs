// Reports how the offline grader does on the blind corpus, by split: ROC AUC of the score (strong
// against weak) overall and per round, feature-enumeration recall and false-alarm rate, injection
// recall and false alarms, and swapped-question pairs flagged off topic.
// Usage: npm run build && node scripts/eval-grader.mjs [train|dev|test|all] [--writers w7,w8] [--json]
// (--writers keeps only those writers' answers, e.g. a batch added later, measured before any change)
import { gradeOffline } from '../dist/grading/offline.js';
import { auc, gradableFor, loadBank, loadCorpus, swappedPairs } from './grader-data.mjs';

const which = process.argv[2] ?? 'dev';
const json = process.argv.includes('--json');
const bank = loadBank();
const writersArg = process.argv.indexOf('--writers');
const writers = writersArg > 0 ? new Set(process.argv[writersArg + 1].split(',')) : undefined;
const corpus = loadCorpus().filter(
  (r) => (which === 'all' || r.split === which) && (!writers || writers.has(r.writer)),
);

// Which test answers fail is not shown: the test split is for reporting, never for looking at.
const shown = (x) => (x.r.split === 'test' ? '(test)' : x.r.id);
const has = (result, id) => result.flags.some((f) => f.id === id && f.severity !== 'info');
const graded = corpus.map((r) => ({ r, g: gradeOffline(r.text, gradableFor(r.question, bank)) }));
const report = { split: which, answers: corpus.length };
const aucOf = (items) =>
  auc(
    items.filter((x) => x.r.label === 'strong').map((x) => x.g.score),
    items.filter((x) => x.r.label === 'weak').map((x) => x.g.score),
  );
report.auc = aucOf(graded);
report.aucByRound = {};
for (const round of [...new Set(corpus.map((r) => r.question.round))].sort())
  report.aucByRound[round] = aucOf(graded.filter((x) => x.r.question.round === round));
const enumerating = graded.filter((x) => x.r.enumeration);
const strong = graded.filter((x) => x.r.label === 'strong' && !x.r.enumeration);
report.enumeration = {
  recall: enumerating.filter((x) => has(x.g, 'feature-enumeration')).length / (enumerating.length || 1),
  onStrong: strong.filter((x) => has(x.g, 'feature-enumeration')).length / (strong.length || 1),
  n: enumerating.length,
};
const injected = graded.filter((x) => x.r.injection);
const clean = graded.filter((x) => !x.r.injection);
report.injection = {
  caught: injected.filter((x) => has(x.g, 'prompt-injection')).length,
  missed: injected.filter((x) => !has(x.g, 'prompt-injection')).map(shown),
  of: injected.length,
  falseAlarms: clean
    .filter((x) => has(x.g, 'prompt-injection'))
    .map((x) => (which === 'test' ? '(test)' : x.r.id)),
};
// Answers written to a neighbouring question on purpose (failure mode `off-question`) are not answers
// to their own question: flagging them is right, so they are counted apart.
const offQuestion = (x) => (x.r.modes ?? []).includes('off-question');
report.ownOffTopic = clean.filter((x) => !offQuestion(x) && has(x.g, 'off-topic')).map(shown);
report.offQuestion = {
  n: clean.filter(offQuestion).length,
  flagged: clean.filter((x) => offQuestion(x) && has(x.g, 'off-topic')).length,
};
const swaps = swappedPairs(corpus).map(({ answer, question }) =>
  gradeOffline(answer.text, gradableFor(question, bank)),
);
report.swapped = {
  n: swaps.length,
  flagged: swaps.filter((g) => has(g, 'off-topic')).length / (swaps.length || 1),
  atMost40: swaps.filter((g) => g.score <= 40).length / (swaps.length || 1),
};
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
report.medianByLabel = Object.fromEntries(
  ['strong', 'mid', 'weak'].map((l) => [
    l,
    median(graded.filter((x) => x.r.label === l).map((x) => x.g.score)),
  ]),
);
if (json) console.log(JSON.stringify(report, null, 2));
else {
  const pct = (n) => `${Math.round(n * 100)}%`;
  console.log(`split ${which}: ${report.answers} answers; AUC ${report.auc?.toFixed(3)}`);
  for (const [r, v] of Object.entries(report.aucByRound))
    console.log(`  ${r}: ${v === null ? 'n/a' : v.toFixed(3)}`);
  console.log(
    `enumeration: ${pct(report.enumeration.recall)} of ${report.enumeration.n} caught; on strong ${pct(report.enumeration.onStrong)}`,
  );
  console.log(
    `injection: ${report.injection.caught}/${report.injection.of}${report.injection.missed.length ? ` (missed ${report.injection.missed.join(', ')})` : ''}; false alarms ${report.injection.falseAlarms.join(', ') || 'none'}`,
  );
  console.log(`own answers flagged off topic: ${report.ownOffTopic.length} ${report.ownOffTopic.join(', ')}`);
  console.log(
    `written to a neighbouring question on purpose: ${report.offQuestion.flagged} of ${report.offQuestion.n} flagged off topic`,
  );
  console.log(
    `swapped: ${report.swapped.n}, flagged ${pct(report.swapped.flagged)}, <=40 ${pct(report.swapped.atMost40)}`,
  );
  console.log('median score by label', report.medianByLabel);
}
