import { z } from 'zod';
import { SOURCE_TITLES } from './sources.js';
import { EXEMPLAR_LABELS, LEVELS, ROLES, ROUNDS, SIGNAL_IDS, SLUG_PATTERN } from './vocabulary.js';

/**
 * The question-bank format. This file is the single source of truth: the JSON Schema in schema/ is
 * generated from it (npm run schema) and a test fails when the two drift apart.
 */

const slug = z
  .string()
  .regex(SLUG_PATTERN, 'use lowercase letters, digits and single hyphens (e.g. "uc-lineage-gap")');

const text = z.string().trim().min(1, 'must not be empty');

export const PhaseBudgetSchema = z
  .object({
    clarify: z
      .number()
      .positive()
      .describe('Minutes for clarifying questions: scale, latency, users, constraints.'),
    highLevelDesign: z
      .number()
      .positive()
      .describe('Minutes for the high-level design: the main components and why.'),
    dataFlow: z
      .number()
      .positive()
      .describe('Minutes for walking data from source to output, with error handling.'),
    scaleAndFailure: z.number().positive().describe('Minutes for growth, bottlenecks and failure modes.'),
    tradeoffs: z.number().positive().describe('Minutes for the key decisions and what each gives up.'),
    close: z.number().positive().describe('Minutes for the summary, the MVP cut and the main risk.'),
  })
  .strict()
  .describe('Per-phase budget for system design, in minutes. The phases must add up to `minutes`.');

export const TimeBudgetSchema = z
  .object({
    minutes: z
      .number()
      .positive()
      .max(240)
      .describe('Total answering time in minutes, as in the real round.'),
    phases: PhaseBudgetSchema.optional(),
  })
  .strict()
  .describe('How long the candidate has. System-design questions must also give `phases`.');

export const AnchorsSchema = z
  .object({
    '1': text.describe('What a 1 (weak) answer looks like on this criterion.'),
    '3': text.describe('What a 3 (adequate) answer looks like.'),
    '5': text.describe('What a 5 (excellent) answer looks like.'),
  })
  .strict()
  .describe('Score anchors for 1, 3 and 5; 2 and 4 sit between them.');

export const CriterionSchema = z
  .object({
    id: slug.describe('Stable id of the criterion within the question, e.g. "user-and-workflow".'),
    name: text.describe('Short name shown in feedback, e.g. "User and broken workflow".'),
    weight: z
      .number()
      .int()
      .positive()
      .max(100)
      .describe('Weight in percent. The weights of a question must add up to 100.'),
    description: text.optional().describe('What the interviewer is looking for, in one or two sentences.'),
    signals: z
      .array(z.enum(SIGNAL_IDS))
      .min(1)
      .describe('Reasoning signals the offline grader uses as evidence for this criterion.'),
    anchors: AnchorsSchema,
    source: z.enum(SOURCE_TITLES).describe('Title of the article this criterion comes from.'),
  })
  .strict();

export const ExemplarSchema = z
  .object({
    label: z
      .enum(EXEMPLAR_LABELS)
      .describe(
        'strong: what clears the bar; mid: the almost-right answer a prepared candidate gives; weak: a realistic miss.',
      ),
    text: text.describe('The example answer, written as a candidate would say or write it.'),
    why: text.describe('One line on what makes it strong or weak.'),
  })
  .strict();

export const FollowUpSchema = z
  .object({
    id: slug.describe('Stable id of the probe within the question.'),
    prompt: text.describe('The pointed question a panel asks to stress-test the answer.'),
    targets: z
      .array(slug)
      .optional()
      .describe('Rubric criterion ids this probe tests; used to pick probes for the weakest criteria.'),
  })
  .strict();

export const RedFlagSchema = z
  .object({
    id: slug.describe('Stable id of the red flag within the question.'),
    phrases: z
      .array(text)
      .min(1)
      .describe('Phrases (case-insensitive) whose presence in an answer signals the mistake.'),
    why: text.describe('Why this is a mistake, shown to the candidate when it fires.'),
    fact: slug.optional().describe('Id of the product fact this contradicts (see `pm-coach list --facts`).'),
    severity: z.enum(['info', 'warning', 'error']).default('warning').describe('How much it should cost.'),
  })
  .strict();

export const QuestionSchema = z
  .object({
    id: slug.describe('Stable, unique id across all bank files. Never reuse or rename: history keys on it.'),
    title: text.describe('A short title for lists, e.g. "Lineage breaks between experiment and production".'),
    round: z.enum(ROUNDS).describe('The interview round this question belongs to.'),
    roles: z.array(z.enum(ROLES)).min(1).describe('Roles whose loops ask this question.'),
    level: z.enum(LEVELS).describe('Candidate level the question and its anchors are calibrated for.'),
    topics: z
      .array(slug)
      .min(1)
      .describe('Topic ids: built-in ones or ones declared under `topics` in the file.'),
    prompt: text.describe('The question as the interviewer asks it.'),
    context: text
      .optional()
      .describe('Facts the interviewer reveals when the candidate asks (scale, users, limits).'),
    time: TimeBudgetSchema,
    rubric: z.array(CriterionSchema).min(1).describe('Weighted criteria; weights add up to 100.'),
    exemplars: z
      .array(ExemplarSchema)
      .min(1)
      .describe('Example answers: at least one strong, one mid and one weak.'),
    followUps: z.array(FollowUpSchema).min(1).describe('Probes a panel uses to push back on an answer.'),
    redFlags: z.array(RedFlagSchema).default([]).describe('Phrases or claims that signal a known mistake.'),
    related: z.array(slug).optional().describe('Ids of related questions in any bank file.'),
  })
  .strict();

export const BankFileSchema = z
  .object({
    version: z.literal(1).describe('Format version of this bank file.'),
    topics: z
      .record(slug, text)
      .optional()
      .describe('Extra topic ids this file uses, each with a one-line description.'),
    questions: z.array(QuestionSchema).describe('The questions in this file.'),
  })
  .strict()
  .describe('A pm-coach question bank file.');

/** A bank file with its questions left unchecked, so each question can be checked (and fail) on its own. */
export const BankEnvelopeSchema = BankFileSchema.extend({ questions: z.array(z.unknown()) });

export type PhaseBudget = z.infer<typeof PhaseBudgetSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Exemplar = z.infer<typeof ExemplarSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type RedFlag = z.infer<typeof RedFlagSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type BankFile = z.infer<typeof BankFileSchema>;
