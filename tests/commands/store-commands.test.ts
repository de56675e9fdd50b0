import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendRecord, attemptLogPath, readAttemptLog } from '../../src/store/attempt-log.js';
import { writeFocus } from '../../src/store/focus.js';
import { makeRecord } from '../helpers/records.js';
import { runCliCaptured } from '../helpers/run-cli.js';

const NOW = new Date('2026-03-20T12:00:00Z');
const day = (n: number) => new Date(Date.parse('2026-03-01T09:00:00Z') + n * 86_400_000).toISOString();

/** A store with two rounds, a weak trade-off signal and a torn last line. */
function seededStore(): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-coach-cmd-'));
  const records = [
    makeRecord({
      id: 'a1',
      questionId: 'tech-a',
      round: 'technical',
      score: 40,
      at: day(0),
      criteria: { tradeoffs: [2, ['decision-tradeoff']], users: [3, ['named-user']] },
    }),
    makeRecord({
      id: 'p1',
      questionId: 'ps-a',
      round: 'product-sense',
      score: 70,
      at: day(1),
      criteria: { metrics: [4, ['success-metrics']] },
    }),
    makeRecord({
      id: 'a2',
      questionId: 'tech-a',
      round: 'technical',
      score: 55,
      at: day(3),
      criteria: { tradeoffs: [2.5, ['decision-tradeoff']], users: [4, ['named-user']] },
    }),
    makeRecord({
      id: 'b1',
      questionId: 'tech-b',
      round: 'technical',
      score: 80,
      at: day(5),
      criteria: { tradeoffs: [2, ['decision-tradeoff']], users: [5, ['named-user']] },
    }),
    makeRecord({
      id: 'f1',
      questionId: null,
      round: 'behavioral',
      score: 30,
      at: day(6),
      criteria: { star: [1.5, ['star-structure']] },
    }),
  ];
  for (const record of records) appendRecord(dataDir, record);
  appendFileSync(attemptLogPath(dataDir), '{"schemaVersion":1,"id":"torn","sou');
  return dataDir;
}

const run = (args: string[], dataDir: string) => runCliCaptured(args, { dataDir, now: () => NOW });

describe('pm-coach history', () => {
  it('--format json reads back exactly what was saved, newest first, and warns about the torn line', async () => {
    const dataDir = seededStore();
    const result = await run(['history', '--format', 'json'], dataDir);
    expect(result.code).toBe(0);
    const saved = readAttemptLog(dataDir).records;
    expect(JSON.parse(result.stdout)).toEqual([...saved].reverse());
    expect(result.stderr).toMatch(/attempts\.jsonl:6: skipped the last record: it was cut off mid-write/);
  });

  it('filters by round and limits, in text and JSON', async () => {
    const dataDir = seededStore();
    const json = await run(['history', '--round', 'technical', '--limit', '2', '--format', 'json'], dataDir);
    expect(JSON.parse(json.stdout).map((r: { id: string }) => r.id)).toEqual(['b1', 'a2']);
    const text = await run(['history', '--round', 'technical', '--limit', '2'], dataDir);
    expect(text.stdout).toMatch(/2026-03-06 09:00\s+technical\s+80\s+offline\s+grade\s+tech-b/);
    expect(text.stdout).toMatch(/2 attempts, 1 older \(use --limit\)/);
    expect(text.stdout).not.toMatch(/ps-a/);
  });

  it('an empty store says how to record attempts; a bad --limit is a usage error', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'pm-coach-cmd-'));
    expect((await run(['history'], empty)).stdout).toMatch(/No attempts yet/);
    const bad = await run(['history', '--limit', '0'], empty);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid --limit '0'/);
  });
});

describe('pm-coach progress', () => {
  it('--format json gives per-round trends, per-criterion means and the weakest signals', async () => {
    const progress = JSON.parse((await run(['progress', '--format', 'json'], seededStore())).stdout);
    expect(progress.attempts).toBe(5);
    const technical = progress.rounds.find((r: { round: string }) => r.round === 'technical');
    expect(technical).toMatchObject({ attempts: 3, first: 40, latest: 80, best: 80, trend: 'improving' });
    expect(technical.series.map((p: { score: number }) => p.score)).toEqual([40, 55, 80]);
    const tradeoffs = progress.criteria.find((c: { id: string }) => c.id === 'tradeoffs');
    expect(tradeoffs).toMatchObject({ round: 'technical', attempts: 3, mean: 2.2, latest: 2 });
    expect(progress.weakest.map((w: { signal: string }) => w.signal)).toEqual([
      'star-structure',
      'decision-tradeoff',
    ]);
    expect(progress.review.due).toBeGreaterThan(0);
  });

  it('text shows a chart per round with more than one attempt, the weakest areas and the review line', async () => {
    const text = (await run(['progress'], seededStore())).stdout;
    // The trend word comes with the two numbers it compares (earlier and later half).
    expect(text).toMatch(
      /Technical \(3 attempts\)\s+first 40 · latest 80 · best 80 .*earlier half \d+ → later half 80: ▲ improving/,
    );
    expect(text).toMatch(/100 ┼/);
    // One point per attempt, over a numbered x-axis.
    expect(text).toMatch(/└┴┴\n\s+1 3 {2}attempts, in order/);
    // Criteria are summed up by signal across questions, in words.
    expect(text).toMatch(/Signals \(mean out of 5 across questions/);
    expect(text).toMatch(/1\. Telling a story in order: situation, task, action, result\s+1\.5\/5/);
    expect(text).toMatch(/due for review: pm-coach review/);
  });
});

describe('pm-coach review', () => {
  it('--list orders due questions weakest first and marks focus areas', async () => {
    const dataDir = seededStore();
    const list = JSON.parse((await run(['review', '--list', '--format', 'json'], dataDir)).stdout);
    expect(list.map((r: { questionId: string }) => r.questionId)).toEqual(['tech-a', 'tech-b', 'ps-a']);
    writeFocus(dataDir, {
      savedAt: NOW.toISOString(),
      loopId: 'l1',
      items: [{ signal: 'success-metrics', reason: 'x' }],
    });
    const focused = await run(['review', '--list'], dataDir);
    expect(focused.stdout).toMatch(/1\. ps-a\s+product-sense \[focus\]/);
  });

  it('with nothing due it says when the next is, and exits 0 without needing a terminal', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-coach-cmd-'));
    appendRecord(dataDir, makeRecord({ questionId: 'tech-a', score: 90, at: NOW.toISOString() }));
    const result = await run(['review'], dataDir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Nothing is due for review\. Next: tech-a at 2026-03-2\d/);
  });

  it('with questions due but no terminal it exits 2 like practice', async () => {
    const result = await run(['review'], seededStore());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/needs an interactive terminal/);
  });
});

describe('pm-coach export', () => {
  it('writes markdown to stdout with tables and charts', async () => {
    const result = await run(['export'], seededStore());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Interview practice report/);
    expect(result.stdout).toMatch(/\| Technical \| 3 \| 40 \| 80 \| 80 \|/);
    expect(result.stdout).toMatch(/```text\n\s+100 ┼/);
  });

  it('writes self-contained HTML to -o, escaping answer-derived text', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pm-coach-cmd-'));
    appendRecord(dataDir, makeRecord({ questionId: null, score: 50, at: day(1), answer: 'x' }));
    const record = makeRecord({ questionId: null, score: 60, at: day(2) });
    appendRecord(dataDir, { ...record, question: { ...record.question, text: '<script>alert(1)</script>' } });
    const cwd = mkdtempSync(path.join(tmpdir(), 'pm-coach-cmd-'));
    const result = await runCliCaptured(['export', '--format', 'html', '-o', 'report.html'], {
      dataDir,
      cwd,
      now: () => NOW,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/wrote a report of 2 attempts to report\.html/);
    const html = readFileSync(path.join(cwd, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/<pre class="chart">/);
  });

  it('an unwritable -o path is a one-line usage error naming it', async () => {
    const dataDir = seededStore();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pm-coach-cmd-'));
    writeFileSync(path.join(elsewhere, 'file'), 'not a folder');
    const result = await runCliCaptured(['export', '-o', path.join(elsewhere, 'file', 'x.md')], {
      dataDir,
      now: () => NOW,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/x\.md: cannot write the report/);
  });
});
