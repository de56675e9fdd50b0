import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs the built CLI (bin/pm-coach.js, so dist/) as a real process: for what only a process shows,
 * such as a closed stdout pipe, open-file limits and exit codes set by the shell layer.
 */
export const BIN = fileURLToPath(new URL('../../bin/pm-coach.js', import.meta.url));

export interface SpawnedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** Close our end of stdout at once, as `| head -0` would: every write the CLI makes gets EPIPE. */
  closeStdout?: boolean;
  /** Run through `sh -c 'ulimit -n N; exec node …'`. */
  openFileLimit?: number;
  timeoutMs?: number;
}

export function spawnCli(argv: string[], options: SpawnOptions = {}): Promise<SpawnedRun> {
  const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env };
  const [command, args] =
    options.openFileLimit === undefined
      ? [process.execPath, [BIN, ...argv]]
      : [
          '/bin/sh',
          ['-c', `ulimit -n ${options.openFileLimit} && exec "$0" "$@"`, process.execPath, BIN, ...argv],
        ];
  return new Promise((resolve, reject) => {
    const child = spawn(command as string, args as string[], { env, cwd: options.cwd });
    let stdout = '';
    let stderr = '';
    if (options.closeStdout) child.stdout.destroy();
    else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
