import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli.js';
import type { CommandContext, Output } from '../../src/commands/context.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function capture(isTTY = false): Output & { text: () => string } {
  let buffer = '';
  return {
    write: (text: string) => {
      buffer += text;
    },
    isTTY,
    columns: 100,
    text: () => buffer,
  };
}

/** Runs the CLI in-process with captured output, no colour, an isolated data dir and no model configured. */
export async function runCliCaptured(
  argv: string[],
  overrides: Partial<CommandContext> = {},
): Promise<CliRun> {
  const stdout = capture();
  const stderr = capture();
  const home = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
  const code = await runCli(argv, {
    env: { NO_COLOR: '1', PM_COACH_HOME: home },
    stdin: Readable.from([]),
    dataDir: home,
    configDir: path.join(home, 'config'),
    now: () => new Date('2026-11-21T12:00:00Z'),
    random: () => 0.5,
    ...overrides,
    stdout,
    stderr,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
