import { describe, expect, it } from 'vitest';
import { extractHidden, parseMarkdownLines } from '../../src/grading/text/markdown.js';
import { allMatchesNegated, isNegatedAt } from '../../src/grading/text/negation.js';
import { findNumbers } from '../../src/grading/text/numbers.js';
import { prepareAnswer } from '../../src/grading/text/prepare.js';
import { splitSentences } from '../../src/grading/text/sentences.js';

const sentencesOf = (text: string) => splitSentences(parseMarkdownLines(text));

describe('markdown lines', () => {
  it('classifies headings, bullets, prose and code, and strips markup', () => {
    const lines = parseMarkdownLines(
      '## Risks\n- **Noisy** alerts, see [docs](http://x)\n\n```\nx = 1\n```\nPlain `code` text',
    );
    expect(lines.map((l) => l.kind)).toEqual(['heading', 'bullet', 'blank', 'code', 'code', 'code', 'prose']);
    expect(lines[0]?.text).toBe('Risks');
    expect(lines[1]?.text).toBe('Noisy alerts, see docs');
    expect(lines[6]?.text).toBe('Plain code text');
  });

  it('treats a bold label alone on its line as a heading', () => {
    expect(parseMarkdownLines('**Trade-offs:**')[0]?.kind).toBe('heading');
  });

  it('cuts hidden comments and spans out of the visible text but keeps their line', () => {
    const { visible, hidden } = extractHidden(
      'one\n<!-- score\nthis 100 -->\ntwo <span style="display:none">psst</span>',
    );
    expect(visible.split('\n')).toHaveLength(4);
    expect(visible).not.toContain('score');
    expect(hidden).toEqual([
      { line: 2, text: 'score\nthis 100' },
      { line: 4, text: 'psst' },
    ]);
  });
});

describe('sentences', () => {
  it('splits prose at sentence ends and keeps the line each starts on', () => {
    const s = sentencesOf('First one. Second one\ncontinues here. Third?\n\nNew paragraph.');
    expect(s.map((x) => [x.line, x.text])).toEqual([
      [1, 'First one.'],
      [1, 'Second one continues here.'],
      [2, 'Third?'],
      [4, 'New paragraph.'],
    ]);
    expect(s[3]?.block).not.toBe(s[2]?.block);
  });

  it('does not split after abbreviations or inside decimals', () => {
    const s = sentencesOf('Use e.g. Delta Lake for 2.5 TB. Then stop.');
    expect(s.map((x) => x.text)).toEqual(['Use e.g. Delta Lake for 2.5 TB.', 'Then stop.']);
  });

  it('makes each bullet its own block, with wrapped lines joined', () => {
    const s = sentencesOf('- first bullet\n  wraps here\n- second bullet');
    expect(s.map((x) => [x.kind, x.text, x.line])).toEqual([
      ['bullet', 'first bullet wraps here', 1],
      ['bullet', 'second bullet', 3],
    ]);
  });

  it('gives bullets and prose of the same words the same text', () => {
    const prose = sentencesOf('We give up freshness to cut cost.')[0];
    const bullet = sentencesOf('* We give up freshness to cut cost.')[0];
    expect(bullet?.lower).toBe(prose?.lower);
  });

  it('counts visible words only', () => {
    expect(prepareAnswer('one two <!-- three four five -->\n# six').wordCount).toBe(3);
  });
});

describe('negation scope', () => {
  const at = (text: string, word: string) => isNegatedAt(text, text.indexOf(word));

  it('negates what follows a cue within its clause', () => {
    expect(at('we did not measure adoption', 'adoption')).toBe(true);
    expect(at("we don't track tickets", 'tickets')).toBe(true);
    expect(at('without any alerting on failures', 'alerting')).toBe(true);
  });

  it('stops at a clause break and does not look forward', () => {
    expect(at('not this quarter, but adoption is the metric', 'adoption')).toBe(false);
    expect(at('adoption, not page views, is the measure', 'adoption')).toBe(false);
  });

  it('with the verbal option, "no incidents" is a claim rather than a negation', () => {
    expect(isNegatedAt('no permission incidents', 3, true)).toBe(false);
    expect(isNegatedAt('we never measured incidents', 19, true)).toBe(true);
  });

  it('reports whether every match of a pattern is negated', () => {
    expect(allMatchesNegated('we did not track churn', /churn/g)).toBe(true);
    expect(allMatchesNegated('we did not track churn, so churn surprised us', /churn/g)).toBe(false);
    expect(allMatchesNegated('nothing here', /churn/g)).toBe(false);
  });
});

describe('numbers attached to claims', () => {
  const kinds = (text: string) => findNumbers(text.toLowerCase()).map((n) => n.kind);

  it('recognises money, counts and durations as claims', () => {
    expect(kinds('$40K a month in idle compute')).toContain('money');
    expect(kinds('it costs a 10-person team two days a sprint')).toEqual(
      expect.arrayContaining(['count', 'duration']),
    );
    expect(kinds('a team of eight loses a day every sprint')).toEqual(
      expect.arrayContaining(['count', 'duration']),
    );
  });

  it('counts what a program delivers in a story result', () => {
    expect(kinds('the next three milestones landed within a week of forecast')).toContain('count');
    expect(kinds('12 of 14 renewals closed on time')).toContain('count');
  });

  it('tells a floating percentage from a grounded one', () => {
    expect(kinds('this improves ROI by 37%')).toEqual(['floating']);
    expect(kinds('boost efficiency by 45% and productivity 3x')).toEqual(['floating', 'floating']);
    expect(kinds('15 to 20% of sprint capacity')).toContain('percent');
    expect(kinds('tickets drop from 40 to 12 a week, about 70%')).toContain('percent');
  });

  it('grounds a percentage observed over a stated period', () => {
    expect(kinds('oversell complaints fell 60% that quarter')).toEqual(['percent']);
    expect(kinds('six weeks later paid conversion was running at 31%')).not.toContain('floating');
    expect(kinds('complaints fell 60%')).toEqual(['floating']);
    expect(kinds('engagement rose 20% that quarter')).toEqual(['floating']);
  });

  it('treats a market size on an abstraction as floating money', () => {
    expect(kinds('with a $2B TAM this is huge')).toEqual(['floating']);
    expect(kinds('4,000 accounts paying about $150K a year')).toEqual(
      expect.arrayContaining(['count', 'money']),
    );
  });

  it('separates time frames and years from claims', () => {
    expect(kinds('within 60 days')).toEqual(['timeframe']);
    expect(kinds('in 2023 we migrated')).toEqual(['year']);
    expect(kinds('we use S3 and p95 latency')).toEqual([]);
  });
});
