import type { z } from 'zod';
import { REPLY_LIMITS } from './bounded-fetch.js';

/**
 * Checks on one Chat Completions reply, kept apart from the SDK so they are plain functions. A reply the
 * judge cannot trust (refused, cut off, filtered, empty) is a JudgeFailure, never a low score.
 */
export class JudgeFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JudgeFailure';
  }
}

/** The parts of a choice we read; matches the SDK's ChatCompletion.Choice structurally. */
export interface ReplyChoice {
  finish_reason: string | null;
  message: { content: string | null; refusal?: string | null };
}

export function readContent(choice: ReplyChoice | undefined): string {
  if (!choice) throw new JudgeFailure('the endpoint returned no choices');
  const refusal = choice.message.refusal?.trim();
  if (refusal) throw new JudgeFailure(`the model refused to grade: ${oneLine(refusal)}`);
  if (choice.finish_reason === 'length') {
    throw new JudgeFailure(
      'the reply was cut off before the grading form was complete (finish_reason "length")',
    );
  }
  if (choice.finish_reason === 'content_filter') {
    throw new JudgeFailure('the endpoint filtered the reply (finish_reason "content_filter")');
  }
  const content = choice.message.content?.trim();
  if (!content) throw new JudgeFailure('the model sent an empty reply');
  // Checked before parsing, and the reply is dropped: it is never stored or sent back in a repair.
  if (content.length > REPLY_LIMITS.contentChars) {
    throw new JudgeFailure(
      `the reply was ${Math.ceil(content.length / 1024)} KB, over the ${REPLY_LIMITS.contentChars / 1024} KB limit for a grading form; it was discarded unread`,
    );
  }
  return content;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** JSON.parse then zod: the reply is validated even when the endpoint promised the schema. */
export function parseReply<T>(content: string, schema: z.ZodType<T>): Parsed<T> {
  let data: unknown;
  try {
    // Local models in json_object mode sometimes wrap the object in a ```json fence.
    data = JSON.parse(content.replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, ''));
  } catch {
    return { ok: false, error: `the reply is not JSON (it starts "${oneLine(content).slice(0, 60)}")` };
  }
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return { ok: false, error: issues.join('; ') };
}

export function repairPrompt(error: string): string {
  return [
    'Your reply does not match the required grading form.',
    `Validation error: ${error}`,
    'Reply again with only the corrected JSON object, filling in every required field.',
  ].join('\n');
}

/** Every string in a parsed reply with `clean` applied (the key removed), keys and shape kept. */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, clean)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, clean);
    return out as T;
  }
  return value;
}

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
