import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../src/bank/schema.js';
import { SOURCE_TITLES } from '../../src/bank/sources.js';
import { ROUNDS, SIGNAL_IDS } from '../../src/bank/vocabulary.js';
import { analyzeAnswer } from '../../src/grading/analyze.js';
import { criterionStrength, scoreCriterion } from '../../src/grading/criteria.js';
import { DEFAULT_RUBRICS, freeTextQuestion, toGradable } from '../../src/grading/default-rubrics.js';
import { DIAGNOSIS_RUBRIC } from '../../src/grading/default-rubrics-product.js';
import { gradeOffline } from '../../src/grading/offline.js';
import { finalScore, flagPenalty, rubricScore, scoreCap } from '../../src/grading/score.js';
import type { CriterionScore, Flag, GradableQuestion } from '../../src/grading/types.js';

const criterion = (score: number, weight: number): CriterionScore => ({
  id: `c${weight}`,
  name: 'c',
  weight,
  score,
  evidence: [],
  reasoning: '',
});
const flag = (id: Flag['id'], severity: Flag['severity'] = 'warning'): Flag => ({
  id,
  severity,
  message: '',
  line: null,
  quote: null,
});

describe('default rubrics', () => {
  const rubrics: [string, readonly Criterion[]][] = [
    ...ROUNDS.map((round): [string, readonly Criterion[]] => [round, DEFAULT_RUBRICS[round]]),
    ['the technical diagnosis rubric', DIAGNOSIS_RUBRIC],
  ];
  it.each(rubrics)(
    '%s has 3-5 criteria with weights summing to 100, known signals, anchors and a source',
    (_name, rubric) => {
      expect(rubric.length).toBeGreaterThanOrEqual(3);
      expect(rubric.length).toBeLessThanOrEqual(5);
      expect(rubric.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
      for (const c of rubric) {
        expect(c.signals.every((s) => (SIGNAL_IDS as readonly string[]).includes(s))).toBe(true);
        expect(Object.keys(c.anchors).sort()).toEqual(['1', '3', '5']);
        expect(SOURCE_TITLES).toContain(c.source);
      }
    },
  );

  it('a free-text technical question asking why something fails is graded on the diagnosis', () => {
    const why = freeTextQuestion(
      'Why does this join now fail with driver OOM, and how do you confirm it?',
      'technical',
    );
    expect(why.rubric).toBe(DIAGNOSIS_RUBRIC);
    // Asked for a measure too, or asked to build something: the round's rubric, which measures success.
    const measured = freeTextQuestion('Why is the job slow, and how would you measure the fix?', 'technical');
    expect(measured.rubric).toBe(DEFAULT_RUBRICS.technical);
    expect(freeTextQuestion('What would you build for lineage?', 'technical').rubric).toBe(
      DEFAULT_RUBRICS.technical,
    );
    // So an answer that diagnoses well is not marked down for a launch metric nobody asked for.
    const answer = `The broadcast hint makes the driver collect the 60M-row dimension, which no longer fits; the SQL tab
shows the BroadcastExchange failing on the driver. Remove the hint and let it run as a sort-merge join: a bit
slower, but it finishes, and the analysts who read the table at 7am get it on time. Don't fix it with a bigger
driver, which lasts until the next growth spurt.`;
    const flags = (q: ReturnType<typeof freeTextQuestion>) => gradeOffline(answer, q).flags.map((f) => f.id);
    expect(flags(why)).not.toContain('no-metrics');
    expect(
      flags(freeTextQuestion('What would you build so teams notice this earlier?', 'technical')),
    ).toContain('no-metrics');
  });

  it('freeTextQuestion uses the round rubric and no bank question; toGradable keeps the bank one', () => {
    const free = freeTextQuestion('Design X', 'system-design');
    expect(free).toMatchObject({ id: undefined, text: 'Design X', round: 'system-design', bank: undefined });
    expect(free.rubric).toBe(DEFAULT_RUBRICS['system-design']);
    const bank = { id: 'q-1', prompt: 'P', round: 'technical', rubric: DEFAULT_RUBRICS.technical } as never;
    expect(toGradable(bank)).toMatchObject({ id: 'q-1', text: 'P', round: 'technical', bank });
  });
});

describe('criterion scores', () => {
  it('maps the strength of listed signals onto 1-5, strongest signal first', () => {
    const analysis = analyzeAnswer(
      'Data engineers rebuild lineage by hand, which costs a team of ten two days a sprint.',
    );
    const c = DEFAULT_RUBRICS.technical[0];
    if (!c) throw new Error('no criterion');
    const scored = scoreCriterion(c, analysis.signals);
    expect(scored.score).toBeGreaterThanOrEqual(4);
    expect(scored.evidence[0]).toMatchObject({
      line: 1,
      note: expect.stringMatching(/^named-user|^problem-cost/),
    });
    expect(criterionStrength(['named-user', 'competitive-position'], analysis.signals)).toBeLessThan(
      criterionStrength(['named-user'], analysis.signals),
    );
  });

  it('scores 1 with a reasoning that says what was not found', () => {
    const analysis = analyzeAnswer('Something vague about the product.');
    const c = DEFAULT_RUBRICS.behavioral[3];
    if (!c) throw new Error('no criterion');
    const scored = scoreCriterion(c, analysis.signals);
    expect(scored.score).toBe(1);
    expect(scored.reasoning).toContain('not found');
  });
});

describe('final score', () => {
  it('is the weighted rubric score in 0-100', () => {
    expect(rubricScore([criterion(5, 60), criterion(1, 40)])).toBe(60);
    expect(rubricScore([criterion(3, 100)])).toBe(50);
  });

  it('subtracts penalties, ignores information flags, and caps misuse and the total', () => {
    expect(flagPenalty([flag('feature-enumeration')])).toBeGreaterThan(0);
    expect(flagPenalty([flag('too-short', 'info')])).toBe(0);
    const many = Array.from({ length: 10 }, () => flag('term-misuse', 'error'));
    expect(flagPenalty(many)).toBeLessThanOrEqual(16);
  });

  it('caps at the lowest gate that fired', () => {
    expect(scoreCap([flag('too-short', 'error'), flag('prompt-injection', 'error')])).toBe(20);
    expect(scoreCap([flag('off-topic', 'error')])).toBe(30);
    expect(finalScore([criterion(5, 100)], [flag('prompt-injection', 'error')])).toBe(20);
    expect(finalScore([criterion(5, 100)], [])).toBe(100);
  });
});

describe('gradeOffline', () => {
  const question: GradableQuestion = freeTextQuestion('What would you build?', 'product-sense');
  const answer = `Platform leads lose two days a month tracing why spend jumped. I'd put per-job cost next to run time,
and I would not build automatic shutdown because it breaks trust. Within a quarter, bill tickets should halve.`;

  it('returns a complete heuristic result with the judge skipped', () => {
    const result = gradeOffline(answer, question);
    expect(Object.keys(result).sort()).toEqual(
      [
        'comparedToStrong',
        'criteria',
        'flags',
        'gaps',
        'grader',
        'heuristicScore',
        'judge',
        'ledger',
        'question',
        'score',
        'strengths',
        'wordCount',
      ].sort(),
    );
    expect(result).toMatchObject({
      grader: 'heuristic',
      judge: { status: 'skipped' },
      heuristicScore: result.score,
    });
    expect(result.criteria.map((c) => c.id)).toEqual(question.rubric.map((c) => c.id));
    expect(Number.isInteger(result.score)).toBe(true);
  });

  it('is deterministic', () => {
    expect(gradeOffline(answer, question)).toEqual(gradeOffline(answer, question));
  });

  it('says what the strong exemplar does that the answer does not, quoting it', () => {
    const weak = gradeOffline(
      'Unity Catalog provides governance. MLflow provides tracking. I would add more features.',
      question,
    );
    expect(weak.comparedToStrong.length).toBeGreaterThan(0);
    expect(weak.comparedToStrong[0]).toMatch(/^The strong answer .+: ".+"$/);
    expect(weak.gaps.length).toBeGreaterThan(0);
  });

  it('uses the bank question exemplar when there is one', () => {
    const bankQuestion = {
      ...question,
      id: 'q',
      bank: {
        exemplars: [
          {
            label: 'strong',
            text: 'I pulled the data. Tickets dropped from 40 to 12 within a quarter.',
            why: 'x',
          },
        ],
        redFlags: [],
      },
    } as unknown as GradableQuestion;
    const result = gradeOffline(
      'Some unrelated but long enough answer about customers and teams and products.',
      bankQuestion,
    );
    expect(result.comparedToStrong.join(' ')).toContain('Tickets dropped from 40 to 12');
  });

  it('scores the same reasoning alike in prose, bullets or under headings', () => {
    const points = [
      'Platform leads lose two days a month tracing why spend jumped, and then they cap usage.',
      "I'd put per-job cost next to run time in the Jobs UI.",
      'I would not build automatic shutdown, because killing a pipeline to save money breaks trust.',
      'Within a quarter, bill tickets should drop by half against today.',
    ];
    const prose = gradeOffline(points.join(' '), question).score;
    const bullets = gradeOffline(points.map((p) => `- ${p}`).join('\n'), question).score;
    const headed = gradeOffline(
      [
        '## Problem',
        points[0],
        '## Build',
        points[1],
        '## Not building',
        points[2],
        '## Success',
        points[3],
      ].join('\n\n'),
      question,
    ).score;
    expect(prose).toBeGreaterThan(50);
    expect(Math.abs(prose - bullets)).toBeLessThanOrEqual(10);
    expect(Math.abs(prose - headed)).toBeLessThanOrEqual(10);
  });

  it('does not let length alone carry the score', () => {
    const filler = 'Customers care about data and the platform should keep improving for them over time. ';
    const long = gradeOffline(filler.repeat(30), question).score;
    expect(long).toBeLessThan(25);
  });
});
