import type { Question } from '../bank/schema.js';
import { ROUNDS, type Round } from '../bank/vocabulary.js';
import { EXIT, UserError } from '../errors.js';
import { freeTextQuestion, toGradable } from './default-rubrics.js';
import type { GradableQuestion } from './types.js';

/**
 * Which question an answer is graded against: --question/--round beat the file's front matter. A bank
 * id (or a bank question's exact prompt) gives that question and its rubric; other text with a round
 * gives the round's default rubric. Neither is a usage error that says how to fix it.
 */

export interface QuestionSource {
  question: string | undefined;
  round: Round | undefined;
}

const LOOKS_LIKE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const HOW_TO_FIX =
  'add front matter (---, question: <bank id or the question text>, round: <round>, ---) or pass --question and --round';

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

interface BankLookup {
  byId: Map<string, Question>;
  byPrompt: Map<string, Question>;
}

/** Each bank's ids and normalised prompts, read once however many answers are graded against it. */
const lookups = new WeakMap<readonly Question[], BankLookup>();

function lookupFor(bank: readonly Question[]): BankLookup {
  let lookup = lookups.get(bank);
  if (!lookup) {
    lookup = { byId: new Map(), byPrompt: new Map() };
    for (const q of bank) {
      if (!lookup.byId.has(q.id)) lookup.byId.set(q.id, q);
      const prompt = normalise(q.prompt);
      if (!lookup.byPrompt.has(prompt)) lookup.byPrompt.set(prompt, q);
    }
    lookups.set(bank, lookup);
  }
  return lookup;
}

function findInBank(text: string, bank: readonly Question[]): Question | undefined {
  const { byId, byPrompt } = lookupFor(bank);
  return byId.get(text) ?? byPrompt.get(normalise(text));
}

export function resolveQuestion(
  file: string,
  source: QuestionSource,
  bank: readonly Question[],
): GradableQuestion {
  const { question, round } = source;
  if (question !== undefined) {
    const found = findInBank(question, bank);
    // The whole bank is the contrast set: an answer that fits another question better is off topic.
    if (found) return toGradable(found, bank);
    if (LOOKS_LIKE_ID.test(question)) {
      throw new UserError(`unknown question id "${question}"`, {
        location: file,
        hint: "run 'pm-coach list' for the ids, or give the question's text with --round to grade it as free text",
        exitCode: EXIT.USAGE,
      });
    }
    if (round) return freeTextQuestion(question, round, bank);
    throw new UserError('the question is not in the bank and no round is given', {
      location: file,
      hint: `add "round: <round>" to the front matter or pass --round (${ROUNDS.join(', ')})`,
      exitCode: EXIT.USAGE,
    });
  }
  if (round) return freeTextQuestion('', round);
  throw new UserError('no question to grade against', {
    location: file,
    hint: HOW_TO_FIX,
    exitCode: EXIT.USAGE,
  });
}
