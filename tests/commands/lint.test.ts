import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/run-cli.js';

const valid = readFileSync(new URL('../fixtures/banks/valid.yaml', import.meta.url), 'utf8');

function bankDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pm-coach-lintcmd-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const broken = valid.replace('weight: 40', 'weight: 45');

describe('pm-coach lint', () => {
  it('exits 0 on a clean bank and says so', async () => {
    const cwd = bankDir({ 'a.yaml': valid });
    const run = await runCliCaptured(['lint', 'a.yaml', '--no-calibrate'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 file checked, no problems');
  });

  it('defaults to question-bank/ under the current directory', async () => {
    const cwd = bankDir({});
    const missing = await runCliCaptured(['lint'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: question-bank');
  });

  it('exits 1 with file:line:col, rule and path in text output', async () => {
    const cwd = bankDir({ 'a.yaml': broken });
    const run = await runCliCaptured(['lint', '.', '--no-calibrate'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/a\.yaml\n {2}\d+:\d+ +error +rubric weights add up to 105, not 100/);
    expect(run.stdout).toContain('weights');
    expect(run.stdout).toContain('(questions[0].rubric)');
    expect(run.stdout).toContain('1 error, 0 warnings in 1 file');
  });

  it('exits 2 for a bad flag value', async () => {
    const run = await runCliCaptured(['lint', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain("argument 'xml' is invalid");
  });

  it('prints findings as a JSON array', async () => {
    const cwd = bankDir({ 'a.yaml': broken });
    const run = await runCliCaptured(['lint', 'a.yaml', '--format', 'json', '--no-calibrate'], { cwd });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout);
    expect(findings).toMatchObject([
      { file: 'a.yaml', rule: 'weights', severity: 'error', path: 'questions[0].rubric' },
    ]);
    expect(findings[0].line).toBeGreaterThan(1);
  });

  it('prints GitHub workflow annotations with escaped values', async () => {
    const cwd = bankDir({ 'a,b.yaml': broken });
    const run = await runCliCaptured(['lint', 'a,b.yaml', '--format', 'github', '--no-calibrate'], { cwd });
    expect(run.stdout).toMatch(
      /^::error file=a%2Cb\.yaml,line=\d+,col=\d+,title=pm-coach weights::rubric weights add up to 105/,
    );
  });

  it('prints SARIF 2.1.0 with rules and physical locations', async () => {
    const cwd = bankDir({ 'a.yaml': broken });
    const run = await runCliCaptured(['lint', 'a.yaml', '--format', 'sarif', '--no-calibrate'], { cwd });
    const sarif = JSON.parse(run.stdout);
    expect(sarif.version).toBe('2.1.0');
    const runEntry = sarif.runs[0];
    expect(runEntry.tool.driver.name).toBe('pm-coach');
    const result = runEntry.results[0];
    expect(result).toMatchObject({ ruleId: 'weights', level: 'error' });
    expect(runEntry.tool.driver.rules[result.ruleIndex].id).toBe('weights');
    expect(result.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'a.yaml' } });
    expect(result.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
  });

  it('exits 0 when there are only warnings', async () => {
    const small = valid
      .replace(/ {6}- id: failure[\s\S]*?source: Databricks PM System Design Interview Guide\n/, '')
      .replace('weight: 40', 'weight: 70');
    const cwd = bankDir({ 'a.yaml': small });
    const run = await runCliCaptured(['lint', 'a.yaml', '--no-calibrate'], { cwd });
    expect(run.stdout).toContain('rubric-size');
    expect(run.code).toBe(0);
  });
});
