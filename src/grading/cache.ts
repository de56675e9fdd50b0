import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Criterion, Exemplar } from '../bank/schema.js';
import { writeFileAtomic } from '../store/write-atomic.js';

/**
 * Successful judgments on disk, so the same answer graded twice gets the same grade without a second
 * request. Only the model's raw judgment is stored (merging runs again, so heuristic fixes apply). The
 * key covers everything that changes a grade; the API key is never part of it or of any file.
 */
export const CACHE_FORMAT = 1;

export interface CacheKeyParts {
  model: string;
  endpoint: string;
  /** A hash of the API key, so a judgment is served only to the account that paid for it. */
  credential?: string;
  promptVersion: string;
  promptHash: string;
  question: string;
  rubric: readonly Criterion[];
  strongExemplar: Exemplar | undefined;
  answer: string;
}

export function cacheKey(parts: CacheKeyParts): string {
  const material = JSON.stringify([
    CACHE_FORMAT,
    parts.model,
    parts.endpoint,
    parts.credential ?? null,
    parts.promptVersion,
    parts.promptHash,
    parts.question,
    parts.rubric,
    parts.strongExemplar ?? null,
    parts.answer,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

export function cacheDir(dataDir: string): string {
  return path.join(dataDir, 'cache', 'judge');
}

const EntrySchema = z.object({
  format: z.literal(CACHE_FORMAT),
  model: z.string(),
  endpoint: z.string(),
  promptVersion: z.string(),
  savedAt: z.string(),
  tokens: z.object({ prompt: z.number(), completion: z.number() }),
  judgment: z.unknown(),
});

export interface CachedJudgment<T> {
  judgment: T;
  tokens: { prompt: number; completion: number };
}

/** A missing, unreadable, corrupt or outdated entry is a miss, never an error. */
export async function readCachedJudgment<T>(
  dataDir: string,
  key: string,
  schema: z.ZodType<T>,
): Promise<CachedJudgment<T> | undefined> {
  try {
    const raw = JSON.parse(await readFile(path.join(cacheDir(dataDir), `${key}.json`), 'utf8'));
    const entry = EntrySchema.parse(raw);
    return { judgment: schema.parse(entry.judgment), tokens: entry.tokens };
  } catch {
    return undefined;
  }
}

export interface CacheEntryInput {
  model: string;
  endpoint: string;
  promptVersion: string;
  tokens: { prompt: number; completion: number };
  judgment: unknown;
  now?: Date;
}

/** Atomic (temp file, then rename), through the same writer as attempts and drafts. */
export async function writeCachedJudgment(
  dataDir: string,
  key: string,
  input: CacheEntryInput,
): Promise<void> {
  const entry = {
    format: CACHE_FORMAT,
    model: input.model,
    endpoint: input.endpoint,
    promptVersion: input.promptVersion,
    savedAt: (input.now ?? new Date()).toISOString(),
    tokens: input.tokens,
    judgment: input.judgment,
  };
  writeFileAtomic(path.join(cacheDir(dataDir), `${key}.json`), `${JSON.stringify(entry, null, 2)}\n`);
}
