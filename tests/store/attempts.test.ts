import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GradeResult } from '../../src/grading/types.js';
import { createLedger, updateLedger } from '../../src/session/ledger.js';
import { saveAttempt } from '../../src/store/attempts.js';
import { createDraftKeeper } from '../../src/store/draft-keeper.js';
import { draftPath, saveDraft } from '../../src/store/drafts.js';
import { makeQuestion } from '../session/fixture.js';

const RESULT = {
  question: { id: 'q-sample', text: 'x', round: 'technical' },
  score: 55,
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
  it('writes the answer with question and round front matter, and the JSON with schemaVersion 1', () => {
    const dir = tempDir();
    const question = makeQuestion();
    const ledger = updateLedger(createLedger(60_000), 'My answer text', 2_000);
    const answer = {
      text: 'My answer text',
      cutOff: true,
      budgetMs: 60_000,
      startedAt: Date.UTC(2025, 2, 1),
      submittedAt: Date.UTC(2025, 2, 1) + 60_000,
      ledger,
      mode: 'inline' as const,
    };
    const saved = saveAttempt(dir, {
      question,
      answer,
      followUps: [{ prompt: 'Why?', capture: undefined }],
      result: RESULT,
      model: undefined,
    });
    expect(readFileSync(saved.markdown, 'utf8')).toBe(
      '---\nquestion: q-sample\nround: technical\n---\n\nMy answer text\n',
    );
    const json = JSON.parse(readFileSync(saved.json, 'utf8'));
    expect(json).toMatchObject({
      schemaVersion: 1,
      question: { id: 'q-sample', round: 'technical' },
      timings: { budgetMs: 60_000, elapsedMs: 60_000, cutOff: true, mode: 'inline' },
      followUps: [{ prompt: 'Why?', answer: null, skipped: true }],
      grader: 'heuristic',
      model: null,
      grade: { score: 55 },
    });
    expect(json.ledger.paragraphs[0].text).toBe('My answer text');
  });
});
