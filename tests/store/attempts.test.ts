import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toGradable } from '../../src/grading/default-rubrics.js';
import type { GradeResult } from '../../src/grading/types.js';
import { createLedger, updateLedger } from '../../src/session/ledger.js';
import { readAttemptLog } from '../../src/store/attempt-log.js';
import { saveAttempt } from '../../src/store/attempts.js';
import { createDraftKeeper } from '../../src/store/draft-keeper.js';
import { draftPath, saveDraft } from '../../src/store/drafts.js';
import { makeQuestion } from '../session/fixture.js';

const RESULT = {
  question: { id: 'q-sample', text: 'x', round: 'technical' },
  score: 55,
  ledger: { entries: [], rubric: 55, penalties: 0, probes: 0, cap: null, final: 55 },
  grader: 'heuristic',
  judge: { status: 'skipped', reason: 'offline' },
  criteria: [],
  flags: [],
  heuristicScore: 55,
  strengths: [],
  gaps: [],
  comparedToStrong: [],
  wordCount: 3,
} as GradeResult;

const SAMPLE = path.join(import.meta.dirname, '..', 'fixtures', 'answers', 'beh-strong-influence-prose.md');

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'pm-coach-store-'));

describe('drafts', () => {
  it('writes atomically to drafts/<timestamp>-<id>.md with front matter, overwriting on update', () => {
    const dir = tempDir();
    const draft = {
      startedAt: new Date('2025-03-01T10:00:00Z'),
      questionId: 'q-1',
      round: 'technical' as const,
      answer: 'first',
      followUps: [],
    };
    const file = saveDraft(dir, draft);
    expect(file).toBe(path.join(dir, 'drafts', '2025-03-01T10-00-00-000Z-q-1.md'));
    saveDraft(dir, { ...draft, answer: 'second', followUps: [{ prompt: 'Why?', answer: 'Because.' }] });
    expect(readFileSync(file, 'utf8')).toBe(
      '---\nquestion: q-1\nround: technical\n---\n\nsecond\n\n## Follow-up 1: Why?\n\nBecause.\n',
    );
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('the keeper writes on Enter and flush, never before text exists, and discards after saving', () => {
    const dir = tempDir();
    const startedAt = new Date('2025-03-01T10:00:00Z');
    const keeper = createDraftKeeper(dir, { id: 'q-1', round: 'technical' }, startedAt, () => 0);
    expect(keeper.flush()).toBeUndefined();
    keeper.setAnswer('typed', true);
    const file = draftPath(dir, { startedAt, questionId: 'q-1' });
    expect(readFileSync(file, 'utf8')).toContain('typed');
    keeper.discard();
    keeper.setAnswer('after', true);
    expect(readdirSync(path.join(dir, 'drafts'))).toEqual([]);
  });
});

describe('saveAttempt', () => {
  const answer = {
    text: 'My answer text',
    cutOff: true,
    budgetMs: 60_000,
    startedAt: Date.UTC(2025, 2, 1),
    submittedAt: Date.UTC(2025, 2, 1) + 60_000,
    ledger: updateLedger(createLedger(60_000), 'My answer text', 2_000),
    mode: 'inline' as const,
  };

  it('writes a re-gradable markdown answer and appends one schema-versioned record', () => {
    const dir = tempDir();
    const saved = saveAttempt(dir, {
      source: 'practice',
      savedAt: new Date('2025-03-01T10:01:05Z'),
      question: toGradable(makeQuestion()),
      answer,
      followUps: [{ prompt: 'Why?', capture: undefined }],
      result: RESULT,
      model: undefined,
    });
    expect(saved.id).toMatch(/^2025-03-01T00-01-00-000Z-q-sample-[0-9a-f]{6}$/);
    expect(saved.markdown).toBe(path.join(dir, 'attempts', `${saved.id}.md`));
    const markdown = readFileSync(saved.markdown, 'utf8');
    expect(markdown).toMatch(/^---\nquestion: q-sample\nround: technical\nattempt: /);
    expect(markdown.endsWith('---\n\nMy answer text\n')).toBe(true);
    const { records, warnings } = readAttemptLog(dir);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toEqual(saved.record);
    expect(records[0]).toMatchObject({
      schemaVersion: 1,
      source: 'practice',
      question: { id: 'q-sample', round: 'technical', rubric: [{ id: 'user', signals: ['named-user'] }] },
      answer: { text: 'My answer text', file: `attempts/${saved.id}.md` },
      timings: { budgetMs: 60_000, elapsedMs: 60_000, cutOff: true, mode: 'inline' },
      followUps: [{ prompt: 'Why?', answer: null, skipped: true }],
      grader: 'heuristic',
      model: null,
      grade: { score: 55 },
    });
    expect(records[0]?.ledger?.paragraphs[0]?.text).toBe('My answer text');
  });

  it('the saved markdown grades to the same score with pm-coach grade', async () => {
    const dir = tempDir();
    const { runCliCaptured } = await import('../helpers/run-cli.js');
    const first = await runCliCaptured(['grade', '--offline', '--save', '--format', 'json', SAMPLE], {
      dataDir: dir,
    });
    expect(first.code).toBe(0);
    const [record] = readAttemptLog(dir).records;
    expect(record?.source).toBe('grade');
    const again = await runCliCaptured(
      ['grade', '--offline', '--format', 'json', path.join(dir, record?.answer.file ?? 'missing')],
      { dataDir: dir },
    );
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)[0].score).toBe(record?.grade.score);
    expect(JSON.parse(first.stdout)[0].score).toBe(record?.grade.score);
  });
});
