import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asCheckedEnvelope, asCheckedQuestion, SHAPES } from '../../src/bank/fast-check.js';
import { BankEnvelopeSchema, BankFileSchema, QuestionSchema } from '../../src/bank/schema.js';

const bankDir = new URL('../../question-bank/', import.meta.url);
const files = [
  ...readdirSync(bankDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(new URL(f, bankDir), 'utf8')),
  readFileSync(new URL('../fixtures/banks/valid.yaml', import.meta.url), 'utf8'),
];
const questions: unknown[] = files.flatMap((text) => parse(text).questions);

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Values that sit on either side of some rule of the schema. */
const VALUES: unknown[] = [
  '',
  ' ',
  'x',
  ' padded',
  'padded ',
  'ok-slug',
  'Not A Slug',
  'a--b',
  'strong',
  'mid',
  'weak',
  'tpm',
  'senior',
  'system-design',
  'info',
  'error',
  'Databricks PM System Design Interview Guide',
  'clarifying-questions',
  0,
  -1,
  1,
  1.5,
  5,
  40,
  100,
  101,
  240,
  240.5,
  241,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  true,
  [],
  ['x'],
  [''],
  {},
];

type Container = Record<string, unknown> | unknown[];

/** Every object and array inside `value` with the keys it holds. */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (Array.isArray(value)) {
    out.push(value);
    for (const item of value) containers(item, out);
  } else if (value !== null && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

function mutate(question: unknown, rand: () => number): unknown {
  const copy = structuredClone(question);
  const all = containers(copy);
  const target = all[Math.floor(rand() * all.length)] as Container;
  const keys = Object.keys(target);
  const key = keys[Math.floor(rand() * keys.length)];
  const value = VALUES[Math.floor(rand() * VALUES.length)];
  const record = target as Record<string, unknown>;
  switch (Math.floor(rand() * 5)) {
    case 0:
      if (key !== undefined) {
        if (Array.isArray(target)) target.splice(Number(key), 1);
        else delete record[key];
      }
      break;
    case 1:
      // Moves a key to the end: same content, other order.
      if (key !== undefined && !Array.isArray(target)) {
        const moved = record[key];
        delete record[key];
        record[key] = moved;
      }
      break;
    case 2:
      if (Array.isArray(target)) target.push(value);
      else
        record[
          rand() < 0.5
            ? 'extra'
            : (['context', 'related', 'description', 'fact', 'severity', 'targets', 'phases'][
                Math.floor(rand() * 7)
              ] as string)
        ] = value;
      break;
    default:
      if (key !== undefined) record[key] = value;
  }
  return copy;
}

/** The contract: a question the fast check takes is one zod accepts, and it equals zod's output, key order included. */
function expectSameAsZod(raw: unknown): boolean {
  const zod = QuestionSchema.safeParse(raw);
  const checked = asCheckedQuestion(structuredClone(raw));
  if (!checked) return false;
  expect(zod.success, JSON.stringify(raw)).toBe(true);
  expect(JSON.stringify(checked)).toBe(JSON.stringify(zod.data));
  expect(checked).toStrictEqual(zod.data);
  return true;
}

describe('fast question check', () => {
  it('knows the keys of the schema, in its order, and which are optional', () => {
    const Q = QuestionSchema.shape;
    const objects = {
      question: QuestionSchema,
      time: Q.time,
      phases: Q.time.shape.phases.unwrap(),
      criterion: Q.rubric.element,
      anchors: Q.rubric.element.shape.anchors,
      exemplar: Q.exemplars.element,
      followUp: Q.followUps.element,
      redFlag: Q.redFlags.unwrap().element,
      file: BankFileSchema,
    };
    for (const [name, schema] of Object.entries(objects)) {
      const keys = Object.keys(schema.shape);
      const shape = SHAPES[name as keyof typeof SHAPES];
      expect(shape.keys, name).toEqual(keys);
      const shapeOf = schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
      const optional = keys.filter((key) => shapeOf[key]?.safeParse(undefined).success);
      expect(
        keys.filter((_, i) => (shape.required & (1 << i)) === 0),
        name,
      ).toEqual(optional);
    }
  });

  it('takes a file envelope only as zod would give it', () => {
    const cases: unknown[] = [
      { version: 1, questions: [] },
      { version: 1, topics: { 'a-b': ' About it ' }, questions: [1] },
      { questions: [], version: 1 },
      { version: 2, questions: [] },
      { version: 1 },
      { version: 1, questions: {} },
      { version: 1, topics: { Bad: 'x' }, questions: [] },
      { version: 1, topics: { ok: ' ' }, questions: [] },
      { version: 1, topics: null, questions: [] },
      { version: 1, questions: [], extra: 1 },
      [],
      null,
    ];
    for (const raw of cases) {
      const zod = BankEnvelopeSchema.safeParse(raw);
      const checked = asCheckedEnvelope(raw);
      if (checked) expect(JSON.stringify(checked), JSON.stringify(raw)).toBe(JSON.stringify(zod.data));
      else
        expect(zod.success && JSON.stringify(raw) === JSON.stringify(zod.data), JSON.stringify(raw)).toBe(
          false,
        );
    }
  });

  it('takes every shipped question, as zod would give it', () => {
    for (const q of questions) expect(expectSameAsZod(q)).toBe(true);
  });

  it('fills in the defaults zod fills in', () => {
    const q = structuredClone(questions[0]) as Record<string, unknown>;
    delete q.related;
    delete q.redFlags;
    expect(expectSameAsZod(q)).toBe(true);
    expect(asCheckedQuestion(q)?.redFlags).toEqual([]);
  });

  it('agrees with zod on thousands of mutated questions, or leaves them to it', () => {
    const rand = random(20261202);
    let taken = 0;
    let rejected = 0;
    for (let i = 0; i < 6000; i += 1) {
      let q = questions[i % questions.length];
      const steps = 1 + Math.floor(rand() * 2);
      for (let s = 0; s < steps; s += 1) q = mutate(q, rand);
      if (expectSameAsZod(q)) taken += 1;
      else if (!QuestionSchema.safeParse(q).success) rejected += 1;
    }
    // Both sides of the check are exercised; what matters is the comparison above.
    expect(taken).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(2000);
  });
});
