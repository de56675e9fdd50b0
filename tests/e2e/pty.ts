import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type IPty, spawn } from 'node-pty';

/**
 * Runs the BUILT bin in a real pseudo-terminal (npm test builds before vitest). The environment is
 * built from scratch: an isolated data and config dir, no OPENAI_* variables, NO_COLOR. Waits poll the
 * screen text, so a loaded machine only makes tests slower, never flaky.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(REPO_ROOT, 'bin', 'pm-coach.js');

export interface PtyRun {
  home: string;
  pty: IPty;
  /** Everything written so far, with ANSI control sequences removed. */
  screen(): string;
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  type(text: string): void;
  exit: Promise<{ exitCode: number; signal?: number | undefined }>;
}

export function isolatedEnv(home: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    PM_COACH_HOME: path.join(home, 'data'),
    PM_COACH_CONFIG_HOME: path.join(home, 'config'),
    NO_COLOR: '1',
    TERM: 'xterm-256color',
    LANG: 'C.UTF-8',
  };
}

export function newHome(): string {
  return mkdtempSync(path.join(tmpdir(), 'pm-coach-e2e-'));
}

export function stripAnsi(text: string): string {
  return text.replace(/\x1b\[[0-?]*[ -/]*[@-~]|\x1b[78]|\x1b\][^\x07]*\x07/g, '');
}

export function startPractice(args: string[], extraEnv: Record<string, string> = {}): PtyRun {
  return startCli(['practice', ...args], { env: extraEnv });
}

/** Any pm-coach command in a pseudo-terminal; `home` lets a test seed the data directory first. */
export function startCli(
  argv: string[],
  options: { env?: Record<string, string>; home?: string } = {},
): PtyRun {
  const home = options.home ?? newHome();
  const extraEnv = options.env ?? {};
  const pty = spawn(process.execPath, [BIN, ...argv], {
    name: 'xterm-256color',
    cols: 120,
    rows: 40,
    cwd: REPO_ROOT,
    env: { ...isolatedEnv(home), ...extraEnv },
  });
  let output = '';
  pty.onData((data) => {
    output += data;
  });
  const exit = new Promise<{ exitCode: number; signal?: number | undefined }>((resolve) => {
    pty.onExit((event) => resolve(event));
  });
  const screen = () => stripAnsi(output);
  return {
    home,
    pty,
    screen,
    waitFor: (pattern, timeoutMs) => waitFor(screen, pattern, timeoutMs),
    type: (t) => pty.write(t),
    exit,
  };
}

async function waitFor(screen: () => string, pattern: RegExp, timeoutMs = 12_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = screen().match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${pattern} on screen:\n${screen().slice(-3000)}`);
}

/**
 * Ends a test's session: kills it if it is still running, waits (briefly) for it to exit, since a killed
 * session saves its draft on the way out, then removes its home when asked to.
 */
export async function endRun(run: PtyRun | undefined, options: { removeHome?: boolean } = {}): Promise<void> {
  if (!run) return;
  try {
    run.pty.kill();
  } catch {
    // Already gone.
  }
  await Promise.race([run.exit, new Promise((resolve) => setTimeout(resolve, 3_000))]);
  if (options.removeHome) rmSync(run.home, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
