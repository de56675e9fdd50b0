import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/bank/vocabulary.js';

// Worker threads run built files, so this uses dist/ (which `npm test` builds first).
const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).href;
type BatchModule = typeof import('../../src/grading/batch.js');
type BankSource = import('../../src/grading/batch.js').BankSource;
type UseModule = typeof import('../../src/bank/use.js');
type ResolveModule = typeof import('../../src/grading/resolve-question.js');
type GradeModule = typeof import('../../src/grading/grade-answer.js');

const root = new URL('../../', import.meta.url).pathname;
const bankSource: BankSource = { bank: undefined, packageRoot: root, cwd: root };
const REASON = '--offline was given';

/** The first corpus answers, each against its own question. */
function corpusJobs(count: number) {
  const lines = readFileSync(new URL('../../corpus/answers.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n');
  return lines.slice(0, count).map((line, i) => {
    const row = JSON.parse(line) as {
      text: string;
      question: { text: string; round: Round };
    };
    return {
      file: `answer-${i}.md`,
      answer: row.text,
      // The text finds a bank question by its prompt; one merged away since is graded as free text.
      source: { question: row.question.text, round: row.question.round },
    };
  });
}

/** The built modules, the shipped bank and a grader of jobs with the options every test shares. */
async function setup() {
  const { gradeOfflineBatch } = (await import(dist('grading/batch.js'))) as BatchModule;
  const { loadQuestionsForUse } = (await import(dist('bank/use.js'))) as UseModule;
  const { resolveQuestion } = (await import(dist('grading/resolve-question.js'))) as ResolveModule;
  const bank = (await loadQuestionsForUse(bankSource)).contrast;
  const bankIds = bank.map((q) => q.id);
  const resolve = (jobs: ReturnType<typeof corpusJobs>) =>
    jobs.map((job) => resolveQuestion(job.file, job.source, bank));
  const grade = (
    jobs: ReturnType<typeof corpusJobs>,
    threads: number,
    extra: { bankSource?: BankSource; parallelAlways?: boolean } = {},
  ) => gradeOfflineBatch(jobs, resolve(jobs), { threads, bankSource, bankIds, reason: REASON, ...extra });
  return { grade, resolve };
}

describe('grading many answers offline on every core', () => {
  it('gives each answer the grade it gets alone, whichever thread grades it', async () => {
    const { gradeAnswer } = (await import(dist('grading/grade-answer.js'))) as GradeModule;
    const { grade, resolve } = await setup();
    const jobs = corpusJobs(400);
    const questions = resolve(jobs);
    const shared = await grade(jobs, 3, { parallelAlways: true });
    // The worker threads took part (they take blocks only once loaded, so not necessarily half).
    expect(shared.byWorkers).toBeGreaterThan(0);
    const alone = await grade(jobs, 1);
    expect(alone.byWorkers).toBe(0);
    expect(shared.results).toHaveLength(jobs.length);
    expect(shared.results).toEqual(alone.results);
    // And each is what `grade` gives one answer at a time.
    for (const [i, job] of jobs.entries()) {
      const one = await gradeAnswer({
        answer: job.answer,
        question: questions[i] as (typeof questions)[number],
        offline: true,
        offlineReason: REASON,
        env: {},
        dataDir: root,
        configDir: root,
        packageRoot: root,
      });
      expect(shared.results[i]).toEqual(one);
    }
  }, 60_000);

  it('grades a worker’s blocks itself when the bank the worker loads is unusable', async () => {
    const { grade } = await setup();
    const jobs = corpusJobs(60);
    const broken = { ...bankSource, bank: '/nonexistent/bank/folder' };
    const result = await grade(jobs, 2, { bankSource: broken, parallelAlways: true });
    expect(result.byWorkers).toBe(0);
    const alone = await grade(jobs, 1);
    expect(result.results).toEqual(alone.results);
  }, 60_000);
});
