import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';
import { spawnCli } from '../helpers/spawn-cli.js';

/** Bank loading under hostile conditions (redteam 2.18-2.21): findings or exit 2, never exit 70. */
const VALID = readFileSync(fileURLToPath(new URL('../fixtures/banks/valid.yaml', import.meta.url)), 'utf8');

function manyFiles(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
  const ids = [...VALID.matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1] ?? '');
  for (let i = 0; i < count; i += 1) {
    let text = VALID;
    for (const id of ids) text = text.replaceAll(id, `${id}-${i}`);
    writeFileSync(path.join(dir, `b${String(i).padStart(3, '0')}.yaml`), text);
  }
  return dir;
}

describe('bank loading', () => {
  it('reads 600 files under a 256 open-file limit (lint and list)', async () => {
    const dir = manyFiles(600);
    const lint = await spawnCli(['lint', dir, '--no-calibrate', '--format', 'json'], {
      openFileLimit: 256,
      timeoutMs: 60_000,
    });
    expect(lint.stderr).not.toMatch(/EMFILE|internal error/);
    expect(lint.code).toBe(0);
    const list = await spawnCli(['list', '--bank', dir, '--format', 'json'], {
      openFileLimit: 256,
      timeoutMs: 60_000,
    });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).length).toBeGreaterThanOrEqual(600);
  }, 90_000);

  it('lints /proc into findings, not an internal error', async () => {
    const run = await runCliCaptured(['lint', '/proc', '--no-calibrate']);
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it('refuses YAML nested too deeply before parsing it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
    let nested = 'x: 1';
    for (let i = 0; i < 1400; i += 1) nested = `k:\n${nested.replace(/^/gm, '  ')}`;
    writeFileSync(path.join(dir, 'flow.yaml'), `version: 1\nquestions: ${'['.repeat(200_000)}`);
    writeFileSync(path.join(dir, 'block.yaml'), nested);
    const run = await runCliCaptured(['lint', dir, '--no-calibrate', '--format', 'json']);
    expect(run.code).toBe(1);
    const messages = JSON.parse(run.stdout).map(
      (f: { rule: string; message: string }) => `${f.rule} ${f.message}`,
    );
    expect(messages).toEqual([
      expect.stringMatching(/^yaml-syntax the file is indented more than 256 columns/),
      expect.stringMatching(/^yaml-syntax the file nests more than 64 levels/),
    ]);
  });

  it('does not grade a huge exemplar during calibration (redteam 2.15)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-test-'));
    const long = 'First I would ask how many admins watch this and how fresh the data must be. '.repeat(
      12_000,
    );
    const file = path.join(dir, 'huge-exemplar.yaml');
    writeFileSync(
      file,
      VALID.replace(
        'text: First I would ask how many admins watch this and how fresh the data must be.',
        `text: ${long}`,
      ),
    );
    const run = await runCliCaptured(['lint', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.stdout);
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'calibration',
        severity: 'warning',
        message: expect.stringMatching(/was not calibrated/),
      }),
    ]);
  });

  it('--bank with an empty path is a usage error, not the shipped bank', async () => {
    const run = await runCliCaptured(['list', '--bank', '']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty bank path/);
  });
});
