import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SIGNAL_IDS, type SignalId } from '../bank/vocabulary.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * focus.json: the things a loop read-out said to practise next. The scheduler asks due questions that
 * exercise them first. Advisory: a missing or damaged file means no focus, never a failed command.
 */

export const FOCUS_SCHEMA_VERSION = 1;

const FocusSchema = z.object({
  schemaVersion: z.literal(FOCUS_SCHEMA_VERSION),
  savedAt: z.iso.datetime(),
  /** Which loop set it. */
  loopId: z.string(),
  items: z.array(z.object({ signal: z.enum(SIGNAL_IDS), reason: z.string() })),
});

export type Focus = z.infer<typeof FocusSchema>;

export function focusPath(dataDir: string): string {
  return path.join(dataDir, 'focus.json');
}

export function writeFocus(dataDir: string, focus: Omit<Focus, 'schemaVersion'>): void {
  writeFileAtomic(
    focusPath(dataDir),
    `${JSON.stringify({ schemaVersion: FOCUS_SCHEMA_VERSION, ...focus }, null, 2)}\n`,
  );
}

export function readFocusFile(dataDir: string): Focus | undefined {
  try {
    const parsed = FocusSchema.safeParse(JSON.parse(readFileSync(focusPath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The focus signals, or none. */
export function readFocus(dataDir: string): SignalId[] {
  return readFocusFile(dataDir)?.items.map((item) => item.signal) ?? [];
}
