import { ROUNDS, type Round } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';

/**
 * "Did you mean" for names a user types (topics, question ids, loop ids): an unknown one is exit 2
 * with the closest known names and the command that lists them all, never a crash further on.
 */
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Edit distance, iterative with two rows; the names are short. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to three known names close to `value`: same letters ignoring punctuation, a prefix, or a small edit. */
export function closestNames(value: string, known: readonly string[]): string[] {
  const wanted = squash(value);
  const scored = known.map((name) => {
    const plain = squash(name);
    if (plain === wanted) return { name, score: 0 };
    if (plain.includes(wanted) || wanted.includes(plain)) return { name, score: 1 };
    return { name, score: 1 + editDistance(wanted, plain) };
  });
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((s) => s.name);
}

export interface KnownNames {
  /** What the name is, e.g. "topic" or "question id". */
  kind: string;
  value: string;
  known: readonly string[];
  /** The command that lists every valid value. */
  listCommand: string;
}

export function requireKnown(names: KnownNames): void {
  if (names.known.includes(names.value)) return;
  throw new UserError(`unknown ${names.kind} '${names.value}'${didYouMean(names.value, names.known)}`, {
    hint: `run '${names.listCommand}' for every valid ${names.kind}`,
    exitCode: EXIT.USAGE,
  });
}

/** The command whose help lists every round (the --round choices). */
const ROUND_LIST_COMMAND = 'pm-coach list --help';

/** A --round value: one of ROUNDS, else exit 2 with the closest round and where all are listed. */
export function parseRound(value: string): Round {
  requireKnown({ kind: 'round', value, known: ROUNDS, listCommand: ROUND_LIST_COMMAND });
  return value as Round;
}

/** "; did you mean 'x'?" for a mistyped name, or nothing when no known name is close. */
export function didYouMean(value: string, known: readonly string[], quote = "'"): string {
  const close = closestNames(value, known);
  return close.length > 0 ? `; did you mean ${close.map((c) => `${quote}${c}${quote}`).join(' or ')}?` : '';
}

/** Every topic a filter can name: built-in, declared by a bank file, or used by a question. */
export function topicNames(
  questions: readonly { question: { topics: readonly string[] } }[],
  declared: Readonly<Record<string, string>>,
  builtin: Readonly<Record<string, string>>,
): string[] {
  const names = new Set([...Object.keys(builtin), ...Object.keys(declared)]);
  for (const q of questions) for (const t of q.question.topics) names.add(t);
  return [...names].sort();
}
