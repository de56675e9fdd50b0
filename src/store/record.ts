import { z } from 'zod';
import { LEVELS, ROUNDS, SIGNAL_IDS } from '../bank/vocabulary.js';
import { buildLedger } from '../grading/score.js';
import type { GradableQuestion, GradeResult } from '../grading/types.js';
import type { Capture, FollowUpReply } from '../session/types.js';

/**
 * One attempt as the store keeps it: a line of attempts.jsonl. Field names are public (history
 * --format json, export) and versioned: a reader skips records with a schemaVersion it does not know
 * instead of misreading them. Add fields freely; renaming or retyping one means schemaVersion 2.
 */
export const ATTEMPT_SCHEMA_VERSION = 1;

export const ATTEMPT_SOURCES = ['practice', 'grade', 'loop'] as const;
export type AttemptSource = (typeof ATTEMPT_SOURCES)[number];

const iso = z.iso.datetime();

const GradeSchema = z.looseObject({
  score: z.number().min(0).max(100),
  heuristicScore: z.number(),
  grader: z.enum(['heuristic', 'llm+heuristic']),
  judge: z.looseObject({ status: z.enum(['skipped', 'ok', 'unavailable']) }),
  criteria: z.array(
    z.looseObject({ id: z.string(), name: z.string(), weight: z.number(), score: z.number() }),
  ),
  flags: z.array(z.looseObject({ id: z.string(), severity: z.string() })),
});

const LedgerSchema = z.object({
  budgetMs: z.number(),
  paragraphs: z.array(
    z.object({
      startedMs: z.number(),
      finishedMs: z.number(),
      text: z.string(),
      marks: z.array(z.object({ atMs: z.number(), chars: z.number() })),
    }),
  ),
});

export const AttemptRecordSchema = z.object({
  schemaVersion: z.literal(ATTEMPT_SCHEMA_VERSION),
  /** Unique across machines and parallel runs: time stamp, question and a random suffix. */
  id: z.string().min(1),
  source: z.enum(ATTEMPT_SOURCES),
  savedAt: iso,
  question: z.object({
    id: z.string().nullable(),
    round: z.enum(ROUNDS),
    title: z.string().nullable(),
    level: z.enum(LEVELS).nullable(),
    text: z.string(),
    topics: z.array(z.string()),
    /** The rubric as graded, with the signals each criterion stands for (progress groups by them). */
    rubric: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        weight: z.number(),
        signals: z.array(z.enum(SIGNAL_IDS)),
      }),
    ),
  }),
  answer: z.object({
    text: z.string(),
    /** The readable markdown copy, relative to the data directory (forward slashes). */
    file: z.string().nullable(),
    /** The file `grade --save` read, as given; null for practice. */
    origin: z.string().nullable(),
  }),
  timings: z.object({
    startedAt: iso,
    submittedAt: iso,
    budgetMs: z.number().nullable(),
    elapsedMs: z.number().nullable(),
    cutOff: z.boolean(),
    mode: z.enum(['inline', 'editor', 'file']),
  }),
  /** When each paragraph was written (see session/ledger.ts); null for answers read from a file. */
  ledger: LedgerSchema.nullable(),
  followUps: z.array(
    z.object({
      prompt: z.string(),
      answer: z.string().nullable(),
      skipped: z.boolean(),
      budgetMs: z.number().nullable(),
      elapsedMs: z.number().nullable(),
      cutOff: z.boolean(),
      /** How the reply was graded on what the probe asked to repair (absent on older records). */
      outcome: z.enum(['repaired', 'partly', 'missed', 'skipped']).optional(),
      points: z.number().optional(),
    }),
  ),
  /** Clarifying questions asked of the interviewer while answering (`?` lines), with the replies. */
  asked: z
    .array(
      z.object({
        question: z.string(),
        reply: z.string(),
        source: z.enum(['context', 'model']),
        atMs: z.number(),
      }),
    )
    .optional(),
  grader: z.enum(['heuristic', 'llm+heuristic']),
  /** The model that graded, or the one asked for when the judge was unavailable; null offline. */
  model: z.string().nullable(),
  grade: GradeSchema,
  /** Set when the attempt was one round of `pm-coach loop`. */
  loop: z.object({ id: z.string(), role: z.string(), step: z.string() }).optional(),
});

export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;

/** The grade as the rest of the program knows it; the schema above checks only what the store reads. */
export function gradeOf(record: AttemptRecord): GradeResult {
  const grade = record.grade as unknown as GradeResult;
  if (grade.ledger) return grade;
  // Records written before the ledger existed: rebuild it from what they kept, keeping their score.
  const ledger = buildLedger(grade.criteria, grade.flags);
  return { ...grade, ledger: { ...ledger, final: grade.score } };
}

export interface RecordInput {
  id: string;
  source: AttemptSource;
  savedAt: Date;
  question: GradableQuestion;
  answer: Capture | { text: string; submittedAt: number };
  answerFile: string | null;
  origin?: string | null;
  followUps?: FollowUpReply[];
  result: GradeResult;
  /** The model asked for, when any; the judge status in the result says whether it ran. */
  model: string | undefined;
  loop?: AttemptRecord['loop'];
}

function isCapture(answer: RecordInput['answer']): answer is Capture {
  return 'ledger' in answer;
}

/** Builds the record for an answer typed in practice or read from a file by `grade --save`. */
export function buildRecord(input: RecordInput): AttemptRecord {
  const { answer, question, result } = input;
  const capture = isCapture(answer) ? answer : undefined;
  const bank = question.bank;
  return {
    schemaVersion: ATTEMPT_SCHEMA_VERSION,
    id: input.id,
    source: input.source,
    savedAt: input.savedAt.toISOString(),
    question: {
      id: question.id ?? null,
      round: question.round,
      title: bank?.title ?? null,
      level: bank?.level ?? null,
      text: question.text,
      topics: bank ? [...bank.topics] : [],
      rubric: question.rubric.map((c) => ({
        id: c.id,
        name: c.name,
        weight: c.weight,
        signals: [...c.signals],
      })),
    },
    answer: { text: answer.text, file: input.answerFile, origin: input.origin ?? null },
    timings: {
      startedAt: new Date(capture?.startedAt ?? answer.submittedAt).toISOString(),
      submittedAt: new Date(answer.submittedAt).toISOString(),
      budgetMs: capture?.budgetMs ?? null,
      elapsedMs: capture ? capture.submittedAt - capture.startedAt : null,
      cutOff: capture?.cutOff ?? false,
      mode: capture?.mode ?? 'file',
    },
    ledger: capture ? structuredClone(capture.ledger) : null,
    followUps: (input.followUps ?? []).map((f) => ({
      prompt: f.prompt,
      answer: f.capture?.text ?? null,
      skipped: f.capture === undefined,
      budgetMs: f.capture?.budgetMs ?? null,
      elapsedMs: f.capture ? f.capture.submittedAt - f.capture.startedAt : null,
      cutOff: f.capture?.cutOff ?? false,
      ...(f.verdict ? { outcome: f.verdict.outcome, points: f.verdict.points } : {}),
    })),
    ...(capture?.asked && capture.asked.length > 0 ? { asked: structuredClone(capture.asked) } : {}),
    grader: result.grader,
    model: result.judge.status === 'ok' ? result.judge.model : (input.model ?? null),
    grade: result as unknown as AttemptRecord['grade'],
    ...(input.loop ? { loop: input.loop } : {}),
  };
}
