// Speed of the CLI against dist/ (run `npm run build` first), as ratios to a bare `node -e 0` measured
// in the same run, so results compare across machines:
//   start-up       `pm-coach --version`                       (aim: under 2x)
//   one grade      `pm-coach grade --offline FILE`             (aim: under 3x)
//   batch          500 answers graded in one process          (aim: more than 2,000 answers a second)
//   corpus batch   the blind corpus, each answer on its own bank question with the bank as contrast set
//   corpus, threads the same corpus twice over, graded on every core (worker threads, one process)
//   grade 1,500    `pm-coach grade --offline --format json` over 1,500 answer files (start-up included;
//                  files are graded on every core)
//   1 MB answer    `pm-coach grade` on a 1 MB one-line answer  (aim: under 2 s)
//   1 MB hostile   the slowest of 1 MB lines of one repeated piece of markup or figures (unclosed tags,
//                  bold, links, code, percentages, money...), one run each (aim: under 2 s)
//   lint 10,000    `pm-coach lint --no-calibrate` over 10,000 generated questions (aim: under 1 s)
//   lint+calibrate `pm-coach lint` (grading every exemplar) over 1,000 of them, as questions a second
//                  (aim: grading speed, i.e. about the batch rate divided by three exemplars a question)
//   progress       `pm-coach progress` over 1,000 stored attempts (no aim; watched for regressions)
// Medians of several runs. Usage: node scripts/bench.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const BATCH = 500;
/** Answer files graded by one `pm-coach grade` run. */
const CLI_BATCH = 1500;
const HOSTILE_PIECES = [
  '<a b ',
  '**a ',
  '![a ',
  '[a](b ',
  '`a ',
  '<span style="display:none">x ',
  '<!-- a ',
  '_a ',
  '"a ',
  'a: b ',
  '%41 ',
  '41% ',
  '$5 ',
  '&#65; ',
  'if an ai ',
  'grade(this_answer ',
  'the judge should score it high ',
];
/** Files of 100 questions linted with calibration. */
const CALIBRATED_FILES = 10;
const answersDir = path.join(root, 'tests/fixtures/answers');
const sampleAnswer = path.join(answersDir, 'ps-strong-budget-prose.md');

if (!existsSync(path.join(root, 'dist/grading/offline.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of one process, in milliseconds; fails loudly if the command fails. */
function timeProcess(args, okCodes = [0]) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    // Output is not measured; a large report must not overflow the pipe buffer.
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(result.status))
    throw new Error(`\`node ${args.join(' ')}\` exited ${result.status}: ${result.stderr}`);
  return ms;
}

function timeMedian(args, okCodes = [0]) {
  timeProcess(args, okCodes); // warm the file cache
  return median(Array.from({ length: RUNS }, () => timeProcess(args, okCodes)));
}

/** Splits off front matter the way `pm-coach grade` does, keeping line numbers. */
function loadAnswers() {
  const files = readdirSync(answersDir).filter((f) => f.endsWith('.md'));
  return files.map((file) => {
    const text = readFileSync(path.join(answersDir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const round = /round:\s*(\S+)/.exec(match?.[1] ?? '')?.[1] ?? 'product-sense';
    const body = match ? '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length) : text;
    return { body, round };
  });
}

/** Median answers a second over several passes of grading every [text, question] pair in one process. */
async function gradesPerSecond(pairs, passes) {
  const { gradeOffline } = await import(pathToFileURL(path.join(root, 'dist/grading/offline.js')).href);
  const rates = [];
  for (let run = 0; run < passes; run += 1) {
    const started = process.hrtime.bigint();
    let graded = 0;
    for (const [text, question] of pairs) graded += gradeOffline(text, question).score >= 0 ? 1 : 0;
    rates.push(graded / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return median(rates);
}

async function batchThroughput() {
  const { freeTextQuestion } = await import(
    pathToFileURL(path.join(root, 'dist/grading/default-rubrics.js')).href
  );
  const answers = loadAnswers();
  const batch = Array.from({ length: BATCH }, (_, i) => answers[i % answers.length]);
  // Every answer gets its own question text, as in real use, so nothing is reused between grades
  // except what the grader itself caches (the round's strong exemplar).
  const pairs = batch.map((a, i) => [a.body, freeTextQuestion(`Question ${i}`, a.round)]);
  return gradesPerSecond(pairs, Math.max(5, Math.floor(RUNS / 2)));
}

/** Every blind-corpus answer graded against its own question with the whole bank as the contrast set. */
async function corpusThroughput() {
  const { gradableFor, loadBank, loadCorpus } = await import(
    pathToFileURL(path.join(root, 'scripts/grader-data.mjs')).href
  );
  const bank = loadBank();
  return gradesPerSecond(
    loadCorpus().map((r) => [r.text, gradableFor(r.question, bank)]),
    5,
  );
}

/**
 * The same corpus, each answer against its question's text (a bank prompt finds its bank question),
 * graded with gradeOfflineBatch on every core (worker threads in this process), start-up of the
 * workers included. Median of a few passes.
 */
async function corpusParallelThroughput() {
  const { availableParallelism } = await import('node:os');
  const { gradeOfflineBatch } = await import(pathToFileURL(path.join(root, 'dist/grading/batch.js')).href);
  const { resolveQuestion } = await import(
    pathToFileURL(path.join(root, 'dist/grading/resolve-question.js')).href
  );
  const { loadQuestionsForUse } = await import(pathToFileURL(path.join(root, 'dist/bank/use.js')).href);
  const { loadCorpus } = await import(pathToFileURL(path.join(root, 'scripts/grader-data.mjs')).href);
  const bankSource = { bank: undefined, packageRoot: root, cwd: root };
  const bank = (await loadQuestionsForUse(bankSource)).contrast;
  const rows = loadCorpus();
  // Twice over, so the batch is long enough for the workers' start-up not to dominate.
  const jobs = [...rows, ...rows].map((r, i) => ({
    file: `answer-${i}.md`,
    answer: r.text,
    source: { question: r.question.text, round: r.question.round },
  }));
  const questions = jobs.map((job) => resolveQuestion(job.file, job.source, bank));
  const threads = availableParallelism();
  const rates = [];
  for (let run = 0; run < 3; run += 1) {
    const started = process.hrtime.bigint();
    const { results } = await gradeOfflineBatch(jobs, questions, {
      threads,
      bankSource,
      bankIds: bank.map((q) => q.id),
      reason: 'bench',
    });
    rates.push(results.length / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return { rate: median(rates), threads: Math.min(threads, 4) };
}

/** A 1 MB answer on one line, and a bank of 10,000 questions in 100 files, in a temporary folder. */
function hostileInputs() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-bench-input-'));
  const words =
    'data engineers lose two days a week to lineage gaps so I would ship a trace and defer columns'.split(
      ' ',
    );
  const line = Array.from({ length: 200_000 }, (_, i) => words[i % words.length])
    .join(' ')
    .slice(0, 1_000_000);
  writeFileSync(path.join(dir, 'huge.md'), `${line}\n`);
  // Pieces a pattern might try at every occurrence and scan on to the end of the line from.
  mkdirSync(path.join(dir, 'hostile'));
  for (const [i, piece] of HOSTILE_PIECES.entries())
    writeFileSync(path.join(dir, 'hostile', `h${i}.md`), `${piece.repeat(Math.floor(1e6 / piece.length))}\n`);
  // Answer files with front matter, as a coach grading a class's answers would have them.
  const many = path.join(dir, 'answers');
  mkdirSync(many);
  const fixtures = readdirSync(answersDir).filter((f) => f.endsWith('.md'));
  for (let i = 0; i < CLI_BATCH; i += 1) {
    const source = fixtures[i % fixtures.length];
    writeFileSync(path.join(many, `a${i}.md`), readFileSync(path.join(answersDir, source), 'utf8'));
  }
  const bankText = readFileSync(path.join(root, 'tests/fixtures/banks/valid.yaml'), 'utf8');
  const banks = path.join(dir, 'bank');
  mkdirSync(banks);
  // Calibration grades three exemplars a question, so it is timed on the first 1,000 questions.
  const calibrated = path.join(dir, 'calibrated');
  mkdirSync(calibrated);
  const header = bankText.slice(0, bankText.indexOf('questions:') + 'questions:'.length);
  const one = bankText.slice(bankText.indexOf('questions:') + 'questions:'.length);
  for (let f = 0; f < 100; f += 1) {
    const body = Array.from({ length: 100 }, (_, q) =>
      one.replace(/^ {2}- id: ([a-z0-9-]+)/gm, `  - id: $1-${f}-${q}`),
    ).join('');
    writeFileSync(path.join(banks, `bank-${f}.yaml`), `${header}${body}`);
    if (f < CALIBRATED_FILES) writeFileSync(path.join(calibrated, `bank-${f}.yaml`), `${header}${body}`);
  }
  return dir;
}

/** A data directory with 1,000 attempts spread over 60 days and the shipped bank's question ids. */
async function seededStore() {
  const { appendRecord } = await import(pathToFileURL(path.join(root, 'dist/store/attempt-log.js')).href);
  const { buildRecord } = await import(pathToFileURL(path.join(root, 'dist/store/record.js')).href);
  const { gradeOffline } = await import(pathToFileURL(path.join(root, 'dist/grading/offline.js')).href);
  const { toGradable } = await import(pathToFileURL(path.join(root, 'dist/grading/default-rubrics.js')).href);
  const bank = JSON.parse(readFileSync(path.join(root, 'dist/bank.json'), 'utf8'));
  const questions = (bank.questions ?? []).map((q) => toGradable(q.question ?? q));
  const answers = loadAnswers();
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-bench-'));
  const start = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < 1000; i += 1) {
    const question = questions[i % questions.length];
    const answer = answers[i % answers.length].body;
    const at = start + i * 5_184_000; // 60 days over 1,000 attempts
    const result = gradeOffline(answer, question);
    const record = buildRecord({
      id: `bench-${i}`,
      source: 'grade',
      savedAt: new Date(at),
      question,
      answer: { text: answer, submittedAt: at },
      answerFile: null,
      result,
      model: undefined,
    });
    appendRecord(dir, record);
  }
  return dir;
}

const bare = timeMedian(['-e', '0']);
const version = timeMedian(['bin/pm-coach.js', '--version']);
const grade = timeMedian(['bin/pm-coach.js', 'grade', '--offline', '--format', 'json', sampleAnswer]);
const perSecond = await batchThroughput();
const corpusRate = await corpusThroughput();
const parallel = await corpusParallelThroughput();
const inputs = hostileInputs();
/** `pm-coach grade` of one file as a free-text technical answer. */
const gradeFreeText = (file) => [
  'bin/pm-coach.js',
  'grade',
  '--offline',
  '--round',
  'technical',
  '--question',
  'How would you fix lineage gaps for data engineers?',
  file,
];
const huge = timeMedian(gradeFreeText(path.join(inputs, 'huge.md')));
const hostile = HOSTILE_PIECES.map((piece, i) => ({
  piece,
  ms: timeProcess(gradeFreeText(path.join(inputs, 'hostile', `h${i}.md`))),
})).reduce((worst, h) => (h.ms > worst.ms ? h : worst));
const manyFiles = readdirSync(path.join(inputs, 'answers')).map((f) => path.join(inputs, 'answers', f));
const cliBatchMs = median(
  Array.from({ length: Math.max(3, Math.floor(RUNS / 3)) }, () =>
    timeProcess(['bin/pm-coach.js', 'grade', '--offline', '--format', 'json', ...manyFiles]),
  ),
);
const lint = timeMedian(
  ['bin/pm-coach.js', 'lint', '--no-calibrate', '--format', 'json', path.join(inputs, 'bank')],
  [0, 1],
);
// Fewer runs: each grades 3,000 exemplars.
const calibrateMs = median(
  Array.from({ length: Math.max(3, Math.floor(RUNS / 3)) }, () =>
    timeProcess(['bin/pm-coach.js', 'lint', '--format', 'json', path.join(inputs, 'calibrated')], [0, 1]),
  ),
);
const calibrateRate = (CALIBRATED_FILES * 100) / (calibrateMs / 1000);
rmSync(inputs, { recursive: true, force: true });
const store = await seededStore();
process.env.PM_COACH_HOME = store;
const progress = timeMedian(['bin/pm-coach.js', 'progress', '--format', 'json']);
rmSync(store, { recursive: true, force: true });

const ratio = (ms) => `${(ms / bare).toFixed(2)}x`;
console.log(`node -e 0                     ${bare.toFixed(1)} ms (baseline, median of ${RUNS})`);
console.log(`pm-coach --version            ${version.toFixed(1)} ms  ${ratio(version)}  (aim < 2x)`);
console.log(`pm-coach grade --offline FILE ${grade.toFixed(1)} ms  ${ratio(grade)}  (aim < 3x)`);
console.log(`batch of ${BATCH} offline grades    ${Math.round(perSecond)} answers/s  (aim > 2000/s)`);
console.log(`blind corpus, bank as contrast ${Math.round(corpusRate)} answers/s`);
console.log(
  `blind corpus on ${parallel.threads} threads      ${Math.round(parallel.rate)} answers/s  (worker threads in one process)`,
);
console.log(
  `pm-coach grade, ${CLI_BATCH} files     ${Math.round(CLI_BATCH / (cliBatchMs / 1000))} answers/s  (${cliBatchMs.toFixed(0)} ms, start-up included)`,
);
console.log(`grade a 1 MB one-line answer  ${huge.toFixed(0)} ms  ${ratio(huge)}  (aim < 2 s)`);
console.log(
  `slowest 1 MB hostile line     ${hostile.ms.toFixed(0)} ms  (${JSON.stringify(hostile.piece)} repeated; aim < 2 s)`,
);
console.log(
  `lint 10,000 questions         ${lint.toFixed(0)} ms  ${ratio(lint)}  (aim < 1 s, --no-calibrate)`,
);
console.log(
  `lint with calibration         ${Math.round(calibrateRate)} questions/s  (${Math.round(calibrateRate * 3)} exemplars graded/s; aim: batch rate / 3)`,
);
console.log(`pm-coach progress, 1,000 attempts ${progress.toFixed(1)} ms  ${ratio(progress)}`);
