import { availableParallelism } from 'node:os';
import type { Question } from '../bank/schema.js';
import type { JudgeConfig } from '../config/config.js';
import { EXIT, UserError } from '../errors.js';
import { mapBounded, READ_CONCURRENCY } from '../fs/map-bounded.js';
import { type QuestionSource, resolveQuestion } from '../grading/resolve-question.js';
import type { GradableQuestion, GradeResult } from '../grading/types.js';
import { type GradedFile, renderGradeJson } from '../ui/render-grade-json.js';
import { sanitize } from '../ui/sanitize.js';
import type { CommandContext } from './context.js';
import { parseRound } from './did-you-mean.js';
import { type AnswerFile, readAnswerFile } from './grade-input.js';

/**
 * `pm-coach grade <files...>`: grades written answers against a bank question's rubric or a round's
 * default rubric. Reads and checks every file before grading any (a typo in the fifth path should not
 * cost four model calls), then prints text, markdown or one JSON array in argument order.
 */

/** A graded file with what `--save` needs to record it. */
interface GradedAnswer extends GradedFile {
  question: GradableQuestion;
  body: string;
}

interface GradeOptions {
  question?: string;
  round?: string;
  offline?: boolean;
  model?: string;
  cache?: boolean;
  verbose?: boolean;
  format?: 'text' | 'json' | 'markdown';
  minScore?: string;
  save?: boolean;
  bank?: string;
}

function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) {
    throw new UserError(`--min-score must be a number from 0 to 100, got "${value}"`, {
      hint: 'e.g. --min-score 70',
      exitCode: EXIT.USAGE,
    });
  }
  return n;
}

async function loadBankQuestions(options: GradeOptions, ctx: CommandContext): Promise<Question[]> {
  const { loadQuestionsForUse } = await import('../bank/use.js');
  const bank = await loadQuestionsForUse({ bank: options.bank, packageRoot: ctx.packageRoot, cwd: ctx.cwd });
  if (bank.warning) ctx.stderr.write(`pm-coach: ${sanitize(bank.warning)}\n`);
  return bank.contrast;
}

/** The judge configuration, or undefined with --offline (no config file needs reading then). */
async function resolveJudge(options: GradeOptions, ctx: CommandContext): Promise<JudgeConfig | undefined> {
  if (options.offline) return undefined;
  const { resolveJudgeConfig, describeJudge } = await import('../config/config.js');
  const flags = { model: options.model, cache: options.cache };
  const { config, warnings } = await resolveJudgeConfig({ flags, env: ctx.env, configDir: ctx.configDir });
  for (const warning of warnings) ctx.stderr.write(`pm-coach: warning: ${warning}\n`);
  if (options.verbose) ctx.stderr.write(`pm-coach: ${describeJudge(config)}\n`);
  return config;
}

/**
 * Failures of the endpoint itself (no reply in time, unreachable, a refused redirect), as opposed to
 * one bad reply: the rest of the files are graded offline rather than paying the timeout each.
 */
const ENDPOINT_DOWN = /^(no reply from|could not reach) |redirected (to another origin|more than)/;

async function gradeFiles(
  answers: AnswerFile[],
  options: GradeOptions,
  ctx: CommandContext,
): Promise<GradedAnswer[]> {
  const round = options.round === undefined ? undefined : parseRound(options.round);
  const needsBank = answers.some((a) => (options.question ?? a.question) !== undefined);
  const bank = needsBank ? await loadBankQuestions(options, ctx) : [];
  const sources = answers.map((a) => ({ question: options.question ?? a.question, round: round ?? a.round }));
  const questions = answers.map((a, i) => resolveQuestion(a.file, sources[i] as QuestionSource, bank));
  const judge = await resolveJudge(options, ctx);
  const offline = judge === undefined || judge.mode === 'offline';
  const reason = judge?.mode === 'offline' ? judge.reason : '--offline was given';
  if (offline) {
    ctx.stderr.write(`pm-coach: grading offline with the heuristics only: ${reason}\n`);
    // Offline, many files are graded on every core (the results are the same as one by one).
    const { gradeOfflineBatch } = await import('../grading/batch.js');
    const jobs = answers.map((a, i) => ({
      file: a.file,
      answer: a.body,
      source: sources[i] as QuestionSource,
    }));
    const { results } = await gradeOfflineBatch(jobs, questions, {
      threads: availableParallelism(),
      bankSource: { bank: options.bank, packageRoot: ctx.packageRoot, cwd: ctx.cwd },
      bankIds: bank.map((q) => q.id),
      reason,
    });
    return answers.map((a, i) => ({
      file: a.file,
      result: results[i] as GradeResult,
      question: questions[i] as GradableQuestion,
      body: a.body,
    }));
  }
  const { gradeAnswer } = await import('../grading/grade-answer.js');
  const graded: GradedAnswer[] = [];
  let down: string | undefined;
  for (const [i, answer] of answers.entries()) {
    const question = questions[i];
    if (!question) continue;
    const skip = down !== undefined;
    const spinner = skip ? undefined : await judgeSpinner(ctx, answer.file);
    const result: GradeResult = await gradeAnswer({
      answer: answer.body,
      question,
      offline: skip,
      offlineReason: down ?? reason,
      ...(judge ? { judgeConfig: judge } : {}),
      env: ctx.env,
      dataDir: ctx.dataDir,
      configDir: ctx.configDir,
      packageRoot: ctx.packageRoot,
      ...(options.model ? { model: options.model } : {}),
      noCache: options.cache === false,
      random: ctx.random,
      onJudgeStart: ({ model, endpoint }) =>
        spinner?.update(`Grading ${answer.file} with ${model} at ${endpoint}…`),
    });
    spinner?.stop();
    if (result.judge.status === 'unavailable') {
      ctx.stderr.write(
        sanitize(
          `pm-coach: ${answer.file}: LLM judge unavailable (${result.judge.reason}); this grade is from the offline heuristics\n`,
        ),
      );
    }
    if (result.judge.status === 'unavailable' && ENDPOINT_DOWN.test(result.judge.reason)) {
      down = `the judge failed on ${answer.file} and was not asked again: ${result.judge.reason}`;
      const left = answers.length - i - 1;
      if (left > 0)
        ctx.stderr.write(
          `pm-coach: the judge's endpoint is failing; grading the other ${left} file${left === 1 ? '' : 's'} offline\n`,
        );
    }
    graded.push({ file: answer.file, result, question, body: answer.body });
  }
  return graded;
}

/** A spinner on stderr while the judge works, only when stderr is a terminal (stdout may be JSON). */
async function judgeSpinner(
  ctx: CommandContext,
  file: string,
): Promise<{ update(text: string): void; stop(): void } | undefined> {
  if (!ctx.stderr.isTTY) return undefined;
  const { startSpinner } = await import('../ui/spinner.js');
  const spinner = await startSpinner(`Grading ${file}…`, {
    enabled: true,
    color: ctx.color,
    write: (line) => ctx.stderr.write(line),
    stream: process.stderr,
  });
  return { update: (text) => spinner.update(text), stop: () => spinner.stop() };
}

/**
 * Every answer file, read several at a time; when some cannot be used, the error is the first such
 * file's in argument order, as if they had been read one by one.
 */
async function readAnswerFiles(files: readonly string[], cwd: string): Promise<AnswerFile[]> {
  const read = await mapBounded(files, READ_CONCURRENCY, (file) =>
    readAnswerFile(file, cwd).then(
      (answer) => ({ answer }),
      (error: unknown) => ({ error }),
    ),
  );
  return read.map((r) => {
    if ('error' in r) throw r.error;
    return r.answer;
  });
}

async function render(graded: GradedFile[], options: GradeOptions, ctx: CommandContext): Promise<string> {
  if (options.format === 'json') return renderGradeJson(graded);
  // The text and markdown renderers (and the terminal-layout modules they use) load only for them.
  const { renderGradeMarkdown, renderGradeText } = await import('../ui/render-grade.js');
  if (options.format === 'markdown') return graded.map((g) => renderGradeMarkdown(g)).join('\n');
  // chalk is only needed for text; JSON and markdown (CI) start without it.
  const { makeStyle } = await import('../ui/style.js');
  const style = makeStyle(ctx.color);
  return graded.map((g) => renderGradeText(g, style, ctx.stdout.columns || 80)).join('\n');
}

/** Records each graded file as an attempt; the grades are already printed, so a failure says so. */
async function saveGraded(graded: GradedAnswer[], options: GradeOptions, ctx: CommandContext): Promise<void> {
  // The store (and zod with it) loads only when saving: plain grading starts faster without it.
  const { saveAttempt } = await import('../store/attempts.js');
  for (const g of graded) {
    try {
      saveAttempt(ctx.dataDir, {
        source: 'grade',
        savedAt: ctx.now(),
        question: g.question,
        answer: { text: g.body.replace(/^\s*\n/, ''), submittedAt: ctx.now().getTime() },
        origin: g.file,
        result: g.result,
        model: options.model,
      });
    } catch (error) {
      if (error instanceof UserError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new UserError(`could not save the attempt for ${g.file} under ${ctx.dataDir}: ${reason}`, {
        hint: 'make the data directory writable, or point PM_COACH_HOME at one that is',
        exitCode: EXIT.USAGE,
      });
    }
  }
  const n = graded.length;
  ctx.stderr.write(`pm-coach: saved ${n} attempt${n === 1 ? '' : 's'}; see them with 'pm-coach history'\n`);
}

export async function run(files: string[], options: GradeOptions, ctx: CommandContext): Promise<number> {
  const minScore = parseMinScore(options.minScore);
  const answers = await readAnswerFiles(files, ctx.cwd);
  const graded = await gradeFiles(answers, options, ctx);
  ctx.stdout.write(await render(graded, options, ctx));
  if (options.save) await saveGraded(graded, options, ctx);
  const below = minScore === undefined ? [] : graded.filter((g) => g.result.score < minScore);
  if (below.length > 0) {
    const list = below.map((g) => `${g.file} (${g.result.score})`).join(', ');
    ctx.stderr.write(`pm-coach: below --min-score ${minScore}: ${list}\n`);
    return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
