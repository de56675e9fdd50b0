import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LEVELS, ROLES } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';
import { writeFileAtomic } from '../store/write-atomic.js';

/**
 * A loop's progress, so it can be paused and resumed: loops/<id>.json, rewritten atomically after
 * every round and on every way out. The graded rounds themselves are ordinary attempts in
 * attempts.jsonl (tagged with the loop id); this file only says which question each round asks,
 * which attempt answered it, and the text of a round that was interrupted.
 */

export const LOOP_SCHEMA_VERSION = 1;

const LoopStateSchema = z.object({
  schemaVersion: z.literal(LOOP_SCHEMA_VERSION),
  id: z.string().regex(/^[\w.-]+$/),
  role: z.enum(ROLES),
  level: z.enum(LEVELS).nullable(),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  status: z.enum(['in-progress', 'paused', 'completed']),
  offline: z.boolean(),
  timeMs: z.number().nullable(),
  /** The --case-study file (absolute), read again on resume. */
  caseStudyFile: z.string().nullable(),
  // A loop with no rounds cannot be resumed or read out: it is damaged, not empty.
  steps: z
    .array(z.object({ stepId: z.string(), questionId: z.string(), attemptId: z.string().nullable() }))
    .min(1, 'it has no rounds'),
  /** What was typed in the round that was interrupted; the editor opens with it on resume. */
  pending: z.object({ stepId: z.string(), answer: z.string() }).nullable(),
});

export type LoopState = z.infer<typeof LoopStateSchema>;

export function loopsDir(dataDir: string): string {
  return path.join(dataDir, 'loops');
}

export function loopFile(dataDir: string, id: string): string {
  return path.join(loopsDir(dataDir), `${id}.json`);
}

export function saveLoopState(dataDir: string, state: LoopState): string {
  const file = loopFile(dataDir, state.id);
  writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
  return file;
}

export function readLoopState(dataDir: string, id: string): LoopState {
  const file = loopFile(dataDir, id);
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new UserError(`no saved loop '${id}'`, {
      location: file,
      hint: "run 'pm-coach loop --resume' without an id to resume the latest paused loop",
      exitCode: EXIT.USAGE,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw damaged(file, 'not valid JSON');
  }
  const parsed = LoopStateSchema.safeParse(value);
  if (!parsed.success) throw damaged(file, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

function damaged(file: string, why: string): UserError {
  return new UserError(`the saved loop is damaged (${why})`, {
    location: file,
    hint: "start a new loop with 'pm-coach loop --role …'; your graded rounds are still in 'pm-coach history'",
    exitCode: EXIT.USAGE,
  });
}

/** Ids of every saved loop, for "did you mean" on --show and --resume. */
export function listLoopIds(dataDir: string): string[] {
  try {
    return readdirSync(loopsDir(dataDir))
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length));
  } catch {
    return [];
  }
}

/** Paused or unfinished loops, newest first; unreadable files are skipped. */
export function listUnfinishedLoops(dataDir: string): LoopState[] {
  let names: string[];
  try {
    names = readdirSync(loopsDir(dataDir)).filter((n) => n.endsWith('.json'));
  } catch {
    return [];
  }
  const states: LoopState[] = [];
  for (const name of names) {
    try {
      const state = readLoopState(dataDir, name.slice(0, -'.json'.length));
      if (state.status !== 'completed') states.push(state);
    } catch {
      // A damaged loop file is reported when it is resumed by id, not here.
    }
  }
  return states.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
