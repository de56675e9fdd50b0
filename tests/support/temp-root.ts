import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest global setup: every temporary file the tests make (data dirs, banks, answer files, spawned
 * CLIs' own temp files) goes under one folder for the run, removed when the run ends, so a test that
 * forgets to clean up leaves nothing behind in the system's temp folder.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
