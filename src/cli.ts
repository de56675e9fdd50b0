import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { LEVELS, ROLES, ROUNDS } from './bank/vocabulary.js';
import type { CommandContext } from './commands/context.js';
import { parseRound } from './commands/did-you-mean.js';
import { resolveConfigDir, resolveDataDir } from './config/paths.js';
import { EXIT, InternalError, isUserError } from './errors.js';
import { readPackageVersion } from './package-info.js';
import { shouldUseColor } from './ui/color.js';
import { sanitize } from './ui/sanitize.js';

/**
 * The shell: builds the commander program, imports each command only when it runs, and is the one
 * place that turns errors into messages and exit codes. Everything below it returns or throws.
 */

const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const ISSUES_URL = 'https://github.com/pm-coach/pm-coach/issues';

type CommandModule = {
  run: (args: string[], options: Record<string, unknown>, ctx: CommandContext) => Promise<number>;
};
type Loader = () => Promise<CommandModule>;

const commands: Record<string, Loader> = {
  practice: () => import('./commands/practice.js'),
  grade: () => import('./commands/grade.js'),
  lint: () => import('./commands/lint.js'),
  list: () => import('./commands/list.js'),
  history: () => import('./commands/history.js'),
  progress: () => import('./commands/progress.js'),
  review: () => import('./commands/review.js'),
  export: () => import('./commands/export.js'),
  loop: () => import('./commands/loop.js'),
  show: () => import('./commands/show.js'),
};

/**
 * --round, with the rounds as choices in --help; a mistyped one is exit 2 with "did you mean" (our
 * parser replaces commander's, which would only list the choices).
 */
function roundOption(description: string): Option {
  return new Option('--round <round>', description).choices(ROUNDS).argParser(parseRound);
}

function formatOption(values: string[]): Option {
  return new Option('--format <format>', 'output format').choices(values).default(values[0]);
}

/** The flags every command that asks questions under a clock shares (practice, review, loop). */
function addAnswerOptions(command: Command, timeHelp: string): void {
  command
    .option('--time <duration>', timeHelp)
    .option('--offline', 'grade with the offline heuristics only')
    .option('--editor', 'compose answers in $EDITOR while the clock runs')
    .option('--model <name>', 'model for the LLM judge')
    .option('--bank <path>', 'question bank file or directory (default: the shipped bank)')
    .option(
      '--verbose',
      'after the score, show all the feedback: flags, time ledger, probes, the strong example',
    );
}

export function buildProgram(ctx: CommandContext, onExit: (code: number) => void): Command {
  const program = new Command('pm-coach')
    .description('Practise Databricks PM, TPM and PGM interviews in the terminal and get graded feedback.')
    .version(readPackageVersion(ctx.packageRoot), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      // Commander's own error text is rewritten by the error boundary into our one-line format.
      outputError: () => {},
    });

  const action =
    (name: string) =>
    async (...received: unknown[]): Promise<void> => {
      const command = received.at(-1) as Command;
      const options = command.opts();
      const args = command.args;
      const load = commands[name];
      if (!load) throw new InternalError(`no loader for command ${name}`);
      const module = await load();
      onExit(await module.run(args, options, ctx));
    };

  const practice = program
    .command('practice')
    .description('answer a question under a live countdown and get graded feedback')
    .addOption(roundOption('interview round'))
    .addOption(new Option('--role <role>', 'your target role').choices(ROLES))
    .option('--topic <topic>', 'only questions on this topic')
    .addOption(new Option('--level <level>', 'candidate level').choices(LEVELS))
    .option('--question <id>', 'practise one question by id')
    .option('--due', 'only questions due for review, weakest first (same as pm-coach review)')
    .option('--count <n>', 'how many questions in this session');
  addAnswerOptions(practice, "time budget: '45m', '90s' or minutes (default: the question's budget)");
  practice.action(action('practice'));

  program
    .command('grade')
    .description('grade written answers (markdown) against a bank question or a round rubric')
    .argument('<files...>', 'answer files (markdown, optional YAML front matter)')
    .option('--question <id-or-text>', 'bank question id, or the question text')
    .addOption(roundOption('round rubric for a free-text question'))
    .option('--offline', 'grade with the offline heuristics only')
    .option('--model <name>', 'model for the LLM judge')
    .option('--no-cache', 'do not read or write the judgment cache')
    .option('--verbose', 'show the endpoint host and model')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .option('--min-score <n>', 'exit 1 when any answer scores below n (0-100)')
    .option('--save', 'record the graded answers as attempts')
    .option('--bank <path>', 'question bank file or directory (default: the shipped bank)')
    .action(action('grade'));

  program
    .command('lint')
    .description('check question-bank files: schema, ids, weights, time budgets, references')
    .argument('[paths...]', 'bank files or directories', ['question-bank'])
    .addOption(formatOption(['text', 'json', 'github', 'sarif']))
    .option('--no-calibrate', 'skip the check that strong exemplars out-score weak ones')
    .action(action('lint'));

  program
    .command('list')
    .description('list bank questions')
    .addOption(roundOption('only this round'))
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .option('--topic <topic>', 'only this topic')
    .addOption(new Option('--level <level>', 'only this level').choices(LEVELS))
    .option('--topics', 'list the topic ids instead of questions')
    .option('--facts', 'list the product facts the grader checks claims against')
    .addOption(formatOption(['text', 'json']))
    .option('--bank <path>', 'question bank file or directory (default: the shipped bank)')
    .action(action('list'));

  program
    .command('history')
    .description('your past attempts, newest first')
    .addOption(roundOption('only this round'))
    .option('--limit <n>', 'at most n attempts (text default: 20)')
    .addOption(formatOption(['text', 'json']))
    .action(action('history'));

  program
    .command('progress')
    .description('scores over time per round and rubric criterion, and your weakest areas')
    .addOption(formatOption(['text', 'json']))
    .action(action('progress'));

  const loop = program
    .command('loop')
    .description("a role's whole interview loop, round by round, then a hiring-committee read-out")
    .addOption(new Option('--role <role>', 'the loop to run').choices(ROLES))
    .addOption(new Option('--level <level>', 'candidate level').choices(LEVELS))
    .option('--case-study <file>', 'your written take-home (markdown); otherwise it is written in $EDITOR')
    .option('--resume [id]', 'continue a paused loop (default: the latest)')
    .option('--show <id>', "each round's full feedback for a finished (or paused) loop");
  addAnswerOptions(
    loop,
    "every round's clock, e.g. '5m' for a quick run-through (default: each question's budget)",
  );
  loop.action(action('loop'));

  const review = program
    .command('review')
    .description('practise the questions due for review (FSRS), weakest criteria first')
    .option('--list', 'print the review queue instead of practising')
    .addOption(roundOption('only this round'))
    .addOption(new Option('--role <role>', 'your target role').choices(ROLES))
    .option('--count <n>', 'how many due questions in this session')
    .addOption(formatOption(['text', 'json']).default('text', 'text (with --list)'));
  addAnswerOptions(review, "time budget: '45m', '90s' or minutes (default: the question's budget)");
  review.action(action('review'));

  program
    .command('show')
    .description('study a question: its rubric with the 1/3/5 anchors and example answers (records nothing)')
    .argument('<id>', "question id (see 'pm-coach list')")
    .addOption(formatOption(['text', 'json']))
    .option('--bank <path>', 'question bank file or directory (default: the shipped bank)')
    .action(action('show'));

  program
    .command('export')
    .description('a shareable progress report with charts')
    .addOption(formatOption(['markdown', 'html']))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .action(action('export'));

  return program;
}

export interface RunOptions extends Partial<CommandContext> {}

/** Runs the CLI with the given argv (without node and script) and returns the exit code. */
export async function runCli(argv: string[], overrides: RunOptions = {}): Promise<number> {
  const ctx = createContext(overrides);
  let exitCode: number = EXIT.OK;
  try {
    const program = buildProgram(ctx, (code) => {
      exitCode = code;
    });
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

function createContext(overrides: RunOptions): CommandContext {
  const env = overrides.env ?? process.env;
  const stdout = overrides.stdout ?? processOutput(process.stdout);
  const stderr = overrides.stderr ?? processOutput(process.stderr);
  return {
    env,
    cwd: overrides.cwd ?? process.cwd(),
    stdout,
    stderr,
    stdin: overrides.stdin ?? process.stdin,
    color: overrides.color ?? shouldUseColor(env, stdout.isTTY),
    now: overrides.now ?? (() => new Date()),
    random: overrides.random ?? Math.random,
    packageRoot: overrides.packageRoot ?? packageRoot,
    dataDir: overrides.dataDir ?? resolveDataDir(env),
    configDir: overrides.configDir ?? resolveConfigDir(env),
  };
}

/**
 * A process stream as an Output. When the reader goes away (`| head -1`) the rest of the output is
 * dropped, but the command runs to the end: `--save` still saves, and the exit code (`--min-score`,
 * lint errors) is still the command's, so a CI gate that pipes its output cannot pass by accident.
 */
function processOutput(stream: NodeJS.WriteStream): CommandContext['stdout'] {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    closed = true;
    // A closed pipe is the reader's choice; any other failure (a full disk behind `>`) is reported.
    if (error.code !== 'EPIPE') outputFailure ??= error.code ?? error.message;
  });
  return {
    write: (text: string) => {
      if (!closed && !stream.destroyed) stream.write(text);
    },
    isTTY: Boolean(stream.isTTY),
    columns: stream.columns ?? 80,
  };
}

function reportError(error: unknown, ctx: CommandContext): number {
  const debug = ctx.env.PM_COACH_DEBUG === '1';
  if (error instanceof CommanderError) {
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.exitCode === 0
    ) {
      return EXIT.OK;
    }
    const message = error.message.replace(/^error:\s*/, '').replace(/\n+/g, ' ');
    ctx.stderr.write(
      `pm-coach: ${sanitize(message)}\nhint: run 'pm-coach --help' or 'pm-coach <command> --help'\n`,
    );
    return EXIT.USAGE;
  }
  if (isUserError(error)) {
    // Messages name files and quote input (a YAML error, a front-matter value): text, never controls.
    const where = error.location ? `${error.location}: ` : '';
    ctx.stderr.write(sanitize(`pm-coach: ${where}${error.message}\n`));
    if (error.hint) ctx.stderr.write(sanitize(`hint: ${error.hint}\n`));
    if (debug && error.stack) ctx.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const reason = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(
    `pm-coach: internal error: ${sanitize(reason.split('\n')[0] ?? '')}\nThis is a bug in pm-coach. Please report it at ${ISSUES_URL} with the output of PM_COACH_DEBUG=1.\n`,
  );
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${error.stack}\n`);
  return EXIT.INTERNAL;
}

let outputFailure: string | undefined;

/** Entry point for bin/pm-coach.js. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2));
  // Give a failed write's error event a turn to arrive before deciding the exit code.
  await new Promise((resolve) => setImmediate(resolve));
  if (outputFailure !== undefined && code === EXIT.OK) {
    process.stderr.write(`pm-coach: could not write the output (${outputFailure})\n`);
    process.exitCode = EXIT.USAGE;
    return;
  }
  process.exitCode = code;
}
