import type { Analysis } from '../analyze.js';
import { BoundedCache } from '../bounded-cache.js';
import {
  BACK_REFERENCE,
  DATA_NOUN,
  MAX_QUALIFIER_WORDS,
  PERSON_HEADS,
  PERSON_PRONOUN,
  REFERENT_ROUNDS,
} from '../rules/referent-rules.js';
import { SIGNAL_RULES } from '../rules/signal-rules.js';
import type { TagId } from '../rules/tag-ids.js';
import type { TaggedSentence } from '../tagging.js';
import type { GradableQuestion } from '../types.js';
import { detectComboSignal } from './combos.js';

/**
 * The question's people as the answer's user: when the question names someone (a customer's data
 * engineer, a platform lead who "asks you") and the answer speaks of "the engineer" or "her", that
 * sentence names the user, and the signals built on a named user are read again. Nothing changes for
 * an answer that never refers back, or for a question that names nobody.
 */

interface QuestionPeople {
  /** A back-reference to one of the people the question names, or null when it names none. */
  reference: RegExp | null;
  /** The question speaks of one person by pronoun, so the answer may too. */
  pronoun: boolean;
}

const PEOPLE = new BoundedCache<string, QuestionPeople>(2_000);

function peopleOf(text: string): QuestionPeople {
  return PEOPLE.get(text, () => readPeople(text));
}

function readPeople(text: string): QuestionPeople {
  const lower = text.toLowerCase();
  const person = (h: string): string => String.raw`${h}(?:s|es)?\b(?![_-]| ${DATA_NOUN}\b)`;
  const heads = PERSON_HEADS.filter((h) => new RegExp(String.raw`\b${person(h)}`).test(lower));
  const qualifiers = String.raw`(?:[a-z'-]+ ){0,${MAX_QUALIFIER_WORDS}}?`;
  const people: QuestionPeople = {
    reference:
      heads.length > 0
        ? new RegExp(String.raw`\b${BACK_REFERENCE} ${qualifiers}(?:${heads.map(person).join('|')})`)
        : null,
    pronoun: PERSON_PRONOUN.test(lower),
  };
  return people;
}

/** Signals whose rules read the persona tag (named user, sized users, a component tied to a user). */
const PERSONA_RULES = SIGNAL_RULES.filter((r) => r.combos.some((c) => c.all.includes('persona')));

export function referentSignals(analysis: Analysis, question: GradableQuestion): Analysis {
  if (!(REFERENT_ROUNDS as readonly string[]).includes(question.round)) return analysis;
  const people = peopleOf(question.text);
  if (!people.reference && !people.pronoun) return analysis;
  const refersBack = (s: TaggedSentence): boolean =>
    s.kind !== 'heading' &&
    !s.tags.has('persona') &&
    ((people.reference?.test(s.lower) ?? false) || (people.pronoun && PERSON_PRONOUN.test(s.lower)));
  const back = analysis.sentences.map(refersBack);
  if (!back.includes(true)) return analysis;
  const sentences = analysis.sentences.map((s, i) =>
    back[i] ? { ...s, tags: new Set<TagId>([...s.tags, 'persona']) } : s,
  );
  const signals = { ...analysis.signals };
  for (const rule of PERSONA_RULES) signals[rule.signal] = detectComboSignal(sentences, rule);
  return { ...analysis, sentences, content: sentences.filter((s) => s.kind !== 'heading'), signals };
}
