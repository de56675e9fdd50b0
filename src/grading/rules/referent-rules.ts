/**
 * People a question hands the answer. A technical or case question often names who is asking or who
 * is hurt ("a customer's data engineer pasted this...", "her workloads"); an answer that goes on to
 * speak of "the engineer" or "her" is talking about that user, as an interviewer hears it, even though
 * "the engineer" alone names nobody. Used by signals/referents.ts.
 */

/** Rounds where the question's people count as the answer's named user when the answer refers back. */
export const REFERENT_ROUNDS = ['technical', 'case-study', 'system-design', 'product-sense'] as const;

/**
 * Nouns for a person or a group of people. A question naming one of these (alone or with a qualifier,
 * "data platform lead") lets the answer refer back to it with a determiner: "the lead", "their team".
 */
export const PERSON_HEADS = [
  'customer',
  'client',
  'engineer',
  'developer',
  'lead',
  'analyst',
  'scientist',
  'admin',
  'administrator',
  'architect',
  'manager',
  'director',
  'owner',
  'user',
  'team',
  'executive',
  'cfo',
  'cto',
  'ceo',
  'vp',
  'champion',
  'buyer',
  'operator',
  'reader',
  'consumer',
  'startup',
  'company',
  'regulator',
  'auditor',
] as const;

/**
 * Nouns that turn a person word into data: "a customers table", "the users column", "customer_id". A
 * head followed by one of these names a table or a key, not someone, in the question or the answer.
 */
export const DATA_NOUN = String.raw`(?:tables?|columns?|ids?|keys?|side|data|dimensions?|records?|rows?|fields?|schemas?|partitions?|events?|segments?|accounts?)`;

/** A determiner that points back at someone already named: "the engineer", "their team". */
export const BACK_REFERENCE = String.raw`(?:the|this|that|these|those|their|your|her|his|its|each|every|one|any|other|some)`;
/** At most this many words between the determiner and the head ("the customer's data engineer"). */
export const MAX_QUALIFIER_WORDS = 3;

/** She, her, he, him: a question about one person (who "asks you") lets the answer call them that. */
export const PERSON_PRONOUN = /\b(?:she|her|hers|he|him|his)\b/;
