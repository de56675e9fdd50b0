import { describe, expect, it } from 'vitest';
import { describeGrader } from '../../src/ui/render-feedback.js';

describe('describeGrader says plainly which grader ran', () => {
  it('names model, endpoint and tokens for a model grade', () => {
    const text = describeGrader(
      {
        status: 'ok',
        model: 'gpt-4o-mini',
        endpoint: 'api.openai.com',
        tokens: { prompt: 1200, completion: 300 },
        cached: false,
      },
      61,
    );
    expect(text).toBe(
      'Graded by the LLM judge (gpt-4o-mini at api.openai.com, 1500 tokens: 1200 prompt + 300 completion) merged with the offline heuristics (heuristic score 61).',
    );
  });

  it('says when a model grade came from the cache', () => {
    const text = describeGrader(
      {
        status: 'ok',
        model: 'llama3.1',
        endpoint: 'localhost:11434',
        tokens: { prompt: 0, completion: 0 },
        cached: true,
      },
      40,
    );
    expect(text).toContain('from the cache, no tokens used');
  });

  it('never lets a fallback pass for a model grade', () => {
    const text = describeGrader(
      { status: 'unavailable', reason: 'timed out after 60 s', model: 'gpt-4o' },
      55,
    );
    expect(text).toBe(
      'Graded by the offline heuristics only: the model gpt-4o was unavailable (timed out after 60 s).',
    );
  });

  it('gives the skip reason as the config states it', () => {
    const reason = 'no model configured (set OPENAI_API_KEY)';
    expect(describeGrader({ status: 'skipped', reason }, 70)).toBe(
      'Graded by the offline heuristics only (no model configured (set OPENAI_API_KEY)).',
    );
  });
});
