import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintBank } from '../../src/bank/lint.js';
import type { LoadedBank } from '../../src/bank/load.js';
import type { Question } from '../../src/bank/schema.js';
import { LEVELS, ROUNDS } from '../../src/bank/vocabulary.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
let bank: LoadedBank;
let questions: Question[];

beforeAll(async () => {
  const result = await lintBank(['question-bank'], root, []);
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  bank = result.bank;
  questions = bank.questions.map((q) => q.question);
});

const count = (predicate: (q: Question) => boolean) => questions.filter(predicate).length;

/** Thresholds the bank is held to, named once (issue 14). */
const MAX_STRONG_TO_WEAK_LENGTH = 2;
const MIN_FULLY_CALIBRATED_SHARE = 0.7;
const PRODUCTS_2025 = [
  'lakeflow',
  'agent-bricks',
  'lakebase',
  'databricks-apps',
  'aibi-genie',
  'uc-abac',
  'metric-views',
  'iceberg',
  'predictive-optimization',
  'mlflow-3',
  'clean-rooms',
  'foundation-model-apis',
];

describe('the shipped question bank', () => {
  it('has at least 130 questions spread over the rounds as the loops need', () => {
    expect(questions.length).toBeGreaterThanOrEqual(130);
    const minimum = {
      'product-sense': 25,
      technical: 30,
      behavioral: 20,
      'system-design': 20,
      'case-study': 5,
    };
    for (const round of ROUNDS)
      expect(
        count((q) => q.round === round),
        round,
      ).toBeGreaterThanOrEqual(minimum[round]);
  });

  it('tags enough questions for each role', () => {
    expect(count((q) => q.roles.includes('pm'))).toBeGreaterThanOrEqual(60);
    expect(count((q) => q.roles.includes('tpm'))).toBeGreaterThanOrEqual(40);
    expect(count((q) => q.roles.includes('pgm'))).toBeGreaterThanOrEqual(25);
  });

  it('has junior and senior questions in every round', () => {
    for (const round of ROUNDS) {
      for (const level of [LEVELS[0], LEVELS[2]]) {
        expect(
          count((q) => q.round === round && q.level === level),
          `${round} ${level}`,
        ).toBeGreaterThan(0);
      }
    }
  });

  it('gives every question a full rubric, strong, mid and weak exemplars, a probe and a red flag', () => {
    const thin = questions.filter(
      (q) =>
        q.rubric.length < 3 ||
        !q.exemplars.some((e) => e.label === 'strong') ||
        !q.exemplars.some((e) => e.label === 'mid') ||
        !q.exemplars.some((e) => e.label === 'weak') ||
        q.followUps.length === 0 ||
        q.redFlags.length === 0,
    );
    expect(thin.map((q) => q.id)).toEqual([]);
  });

  it('covers the technical topics the assessment asks about', () => {
    const technical = questions.filter((q) => q.round === 'technical');
    const topics = new Set(technical.flatMap((q) => q.topics));
    const required = [
      'spark',
      'shuffle-skew',
      'delta-lake',
      'unity-catalog',
      'photon',
      'serverless',
      'mlflow',
      'ai-gateway',
      'vector-search',
      'model-serving',
      'delta-sharing',
      'control-plane',
      'lakehouse',
      'open-source',
      'competition',
    ];
    expect(required.filter((t) => !topics.has(t))).toEqual([]);
  });

  it('is calibrated: strong beats weak everywhere, and strong > mid > weak on most questions', async () => {
    const { exemplarScores, misrankedPairs } = await import('../../src/grading/calibrate.js');
    const entries = exemplarScores(bank);
    const inverted = entries
      .filter((e) => Math.min(...(e.scores.get('strong') ?? [])) <= Math.max(...(e.scores.get('weak') ?? [])))
      .map((e) => e.site.question.id);
    expect(inverted).toEqual([]);
    const misranked = entries.filter((e) => misrankedPairs(e).length > 0).map((e) => e.site.question.id);
    // The offline grader cannot always tell an almost-right answer from a realistic miss; `lint` lists them.
    expect(
      1 - misranked.length / entries.length,
      `misranked mid exemplars: ${misranked.join(', ')}`,
    ).toBeGreaterThanOrEqual(MIN_FULLY_CALIBRATED_SHARE);
  });

  it('keeps weak exemplars realistic: the median strong one is at most twice as long as the median weak one', () => {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const lengths = (label: string) =>
      questions.flatMap((q) => q.exemplars.filter((e) => e.label === label).map((e) => words(e.text).length));
    expect(median(lengths('strong')) / median(lengths('weak'))).toBeLessThanOrEqual(
      MAX_STRONG_TO_WEAK_LENGTH,
    );
  });

  it('reaches 2025: every product of the 2025 platform appears in at least two questions', () => {
    const thin = PRODUCTS_2025.filter((topic) => count((q) => q.topics.includes(topic)) < 2);
    expect(thin).toEqual([]);
  });

  it('runs the rounds as the articles describe them', () => {
    const drills = count((q) => q.round === 'technical' && q.topics.includes('hands-on-debugging'));
    expect(drills).toBeGreaterThanOrEqual(15);
    expect(
      count(
        (q) => q.round === 'technical' && q.roles.includes('tpm') && q.topics.includes('hands-on-debugging'),
      ),
    ).toBeGreaterThanOrEqual(10);
    expect(count((q) => q.roles.includes('pm') && q.topics.includes('system-tables'))).toBeGreaterThanOrEqual(
      2,
    );
    expect(
      count((q) => q.roles.includes('pgm') && q.topics.includes('market-sizing')),
    ).toBeGreaterThanOrEqual(6);
    expect(count((q) => q.roles.length === 1 && q.roles[0] === 'pgm')).toBeGreaterThanOrEqual(3);
    const shortCases = questions.filter((q) => q.round === 'case-study' && q.followUps.length < 5);
    expect(shortCases.map((q) => q.id)).toEqual([]);
  });

  it('never asks the same prompt twice', () => {
    const prompts = questions.map((q) => q.prompt.toLowerCase().replace(/\W+/g, ' ').trim());
    expect(new Set(prompts).size).toBe(prompts.length);
  });
});

/** Lowercase word runs, punctuation-insensitive, so a copied sentence is caught whatever its quotes. */
function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .match(/[a-z0-9$%'.-]+/g)
      ?.map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ''))
      .filter(Boolean) ?? []
  );
}

function shingles(text: string, n: number): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) out.add(list.slice(i, i + n).join(' '));
  return out;
}

const seedsDir = path.resolve(root, '..', 'shared', 'seeds');

describe.runIf(existsSync(seedsDir))('originality against the source articles', () => {
  it('copies no run of 8 or more words from any article (titles in `source` excepted)', () => {
    const seeds = new Set<string>();
    for (const file of readdirSync(seedsDir))
      for (const s of shingles(readFileSync(path.join(seedsDir, file), 'utf8'), 8)) seeds.add(s);
    const copied: string[] = [];
    for (const q of questions) {
      const { rubric, ...rest } = q;
      const texts = [JSON.stringify(rest), ...rubric.map(({ source: _source, ...c }) => JSON.stringify(c))];
      for (const text of texts) {
        for (const s of shingles(text.replace(/\\n/g, ' '), 8))
          if (seeds.has(s)) copied.push(`${q.id}: "${s}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});
