import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/grading/analyze.js';
import type { TagId } from '../../src/grading/rules/tag-ids.js';

const tagsOf = (sentence: string): ReadonlySet<TagId> =>
  analyzeAnswer(sentence).sentences[0]?.tags ?? new Set();

describe('story tags read what a story says happened', () => {
  it('a result is an outcome, not a meeting', () => {
    expect(tagsOf('We met the 99.9% SLA for the first time that quarter.').has('result-cue')).toBe(true);
    expect(tagsOf('We met daily for three weeks.').has('result-cue')).toBe(false);
    expect(tagsOf('We met with the four leads every morning.').has('result-cue')).toBe(false);
  });

  it('blame is a setback put on another party', () => {
    expect(
      tagsOf('The infra team had deprioritized the load testing in favour of other work.').has('blame'),
    ).toBe(true);
    expect(tagsOf('The engineering estimates were also off by about 40%.').has('blame')).toBe(true);
    expect(tagsOf('Honestly, this should have been caught much earlier.').has('blame')).toBe(true);
    expect(
      tagsOf('Design took longer than planned because of changing priorities on their side.').has('blame'),
    ).toBe(true);
    expect(tagsOf('I deprioritized the export so the team could fix the load test first.').has('blame')).toBe(
      false,
    );
    expect(tagsOf('The customer team owns a pipeline they did not own before.').has('blame')).toBe(false);
  });
});
