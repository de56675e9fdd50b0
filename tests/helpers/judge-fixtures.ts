import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Question, QuestionSchema } from '../../src/bank/schema.js';
import type { GradeRequest } from '../../src/grading/grade-answer.js';
import type { Judgment } from '../../src/grading/judge-schema.js';
import type { GradableQuestion } from '../../src/grading/types.js';

/** A small bank question of our own, validated by the real schema so it cannot drift from the format. */
export const QUESTION: Question = QuestionSchema.parse({
  id: 'test-lineage-question',
  title: 'Lineage breaks between experiment and production',
  round: 'technical',
  roles: ['pm'],
  level: 'mid',
  topics: ['unity-catalog'],
  prompt:
    'ML teams stopped trusting lineage for their models. Where does it break and what would you build first?',
  time: { minutes: 20 },
  rubric: [
    {
      id: 'user-and-workflow',
      name: 'User and broken workflow',
      weight: 50,
      signals: ['named-user', 'problem-cost'],
      anchors: {
        '1': 'ANCHOR-ONE users in general',
        '3': 'ANCHOR-THREE names a user',
        '5': 'ANCHOR-FIVE hand-off and cost',
      },
      source: 'Databricks PM interview: feasibility is already solved',
    },
    {
      id: 'product-decision',
      name: 'A product surface and what it gives up',
      weight: 50,
      signals: ['decision-tradeoff'],
      anchors: {
        '1': 'no surface',
        '3': 'a surface without cost',
        '5': 'a surface, the hard part, what is deferred',
      },
      source: 'Databricks PM interview: feasibility is already solved',
    },
  ],
  exemplars: [
    {
      label: 'strong',
      why: 'STRONG-WHY names the hand-off',
      text: 'STRONG-EXEMPLAR-TEXT the break happens at promotion.',
    },
    { label: 'weak', why: 'lists products', text: 'Unity Catalog provides governance.' },
  ],
  followUps: [
    {
      id: 'per-request',
      prompt: 'A regulator asks which data produced one prediction. What now?',
      targets: ['product-decision'],
    },
  ],
});

export const GRADABLE: GradableQuestion = {
  id: QUESTION.id,
  text: QUESTION.prompt,
  round: QUESTION.round,
  rubric: QUESTION.rubric,
  bank: QUESTION,
};

export const ANSWER = `The break happens when an ML engineer promotes a model from an MLflow run to a serving endpoint.
The run knows which Delta table version it read, but after registration nobody can walk back from the
endpoint to the data without opening the notebook, so engineers rebuild provenance by hand. For a team of
ten that costs a day or two every sprint, and governance drifts into spreadsheets.

I would build one thing first: a trace in the catalog from run to registered model to endpoint. The hard
part is recording the link without slowing the serving path, so I capture it at registration and deploy
time rather than per request, and I leave per-request lineage for later. I would call it working if,
within 60 days, most registry users open the trace and lineage tickets drop by a third.`;

export function judgmentFor(score: number, overrides: Partial<Judgment> = {}): Judgment {
  return {
    instructedGrader: { detected: false, quote: '' },
    criteria: {
      'user-and-workflow': {
        evidence: ['engineers rebuild provenance by hand'],
        reasoning: 'Names the ML engineer and the hand-off.',
        score,
      },
      'product-decision': {
        evidence: ['capture it at registration and deploy time'],
        reasoning: 'One surface with what it defers.',
        score,
      },
    },
    strengths: ['Names the broken hand-off'],
    gaps: ['No baseline for ticket volume'],
    ...overrides,
  };
}

export const API_KEY = 'sk-test-DO-NOT-LEAK-1234';

export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Fresh data and config directories per test, removed by the returned cleanup. */
export async function makeDirs(): Promise<{
  dataDir: string;
  configDir: string;
  cleanup: () => Promise<void>;
}> {
  const root = await mkdtemp(path.join(tmpdir(), 'pm-coach-judge-'));
  const dataDir = path.join(root, 'data');
  const configDir = path.join(root, 'config');
  return { dataDir, configDir, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** A grade request against the fake server, with the distinctive test key. */
export function requestFor(
  baseURL: string,
  dirs: { dataDir: string; configDir: string },
  extra: Partial<GradeRequest> & { env?: Record<string, string> } = {},
): GradeRequest {
  return {
    answer: ANSWER,
    question: GRADABLE,
    offline: false,
    dataDir: dirs.dataDir,
    configDir: dirs.configDir,
    packageRoot: PACKAGE_ROOT,
    random: seeded(7),
    ...extra,
    env: {
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: baseURL,
      PM_COACH_MODEL: 'judge-test-model',
      ...extra.env,
    },
  };
}

/** A tiny deterministic generator (mulberry32) so nonces are reproducible. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
