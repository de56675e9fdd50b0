import type { Round } from '../../bank/vocabulary.js';
import type { Severity } from '../types.js';

/**
 * Known mistakes that apply to every question of a round, on top of each bank question's own red
 * flags: heroics in a story (blaming others is the `blame` flag, read from the story tags),
 * "everything real-time" in a design, building for every user at once. Each fires as a `red-flag` with the reason shown to the candidate; a match inside
 * negation scope ("not every type of user needs this") does not count.
 */
export interface RoundRedFlag {
  id: string;
  rounds: readonly Round[];
  pattern: RegExp;
  why: string;
  severity: Severity;
}

const DESIGN: readonly Round[] = ['product-sense', 'technical', 'system-design', 'case-study'];

export const ROUND_RED_FLAGS: readonly RoundRedFlag[] = [
  {
    id: 'heroics',
    rounds: ['behavioral'],
    pattern: new RegExp(
      String.raw`${[
        String.raw`\b(?:worked|working) (?:every|all|through the|over the|most) (?:weekends?|nights?|holidays?)\b`,
        String.raw`\bworked (?:nights and weekends|weekends|late nights)\b`,
        String.raw`\ball-nighters?\b`,
        String.raw`\b(?:did|do) (?:it|everything) (?:all )?(?:myself|yourself)\b`,
        String.raw`\bdrive everything (?:yourself|myself)\b`,
        String.raw`\bcan(?:no|')t rely on (?:other|anyone)\b`,
      ].join('|')}`,
    ),
    why: 'Heroics instead of a trade-off: say what you cut, moved or renegotiated.',
    severity: 'warning',
  },
  {
    id: 'escalates-first',
    rounds: ['behavioral'],
    pattern: new RegExp(
      String.raw`\bescalated (?:it )?to (?:my|the|our) (?:${[
        String.raw`director`,
        String.raw`vp`,
        String.raw`ceo`,
        String.raw`cto`,
        String.raw`boss`,
        String.raw`manager`,
        String.raw`leadership`,
      ].join(
        '|',
      )})(?: \w+)? (?:right away|immediately|twice|again|first)\b|\bwent over (?:his|her|their) heads?\b`,
    ),
    why: 'Escalation as the first move; influence without authority is the skill being tested.',
    severity: 'warning',
  },
  {
    id: 'builds-what-was-asked',
    rounds: ['behavioral', ...DESIGN],
    pattern: new RegExp(
      String.raw`\b(?:${[
        String.raw`build`,
        String.raw`built`,
        String.raw`building`,
        String.raw`ship`,
        String.raw`shipped`,
        String.raw`deliver`,
        String.raw`delivered`,
      ].join(
        '|',
      )}) (?:exactly |just )?(?:what|everything|whatever) (?:the )?(?:customers?|they|sales|users?) (?:asked|wanted|requested)\b`,
    ),
    why: 'Builds the request as asked instead of finding the problem behind it.',
    severity: 'warning',
  },
  {
    id: 'everything-real-time',
    rounds: ['technical', 'system-design'],
    pattern:
      /\b(?:everything|all (?:data|logs|events|metrics|records)) (?:will be |is |stays? )?(?:in )?(?:real[- ]time|cached|indexed|hot)\b|\bkeep (?:all|every) (?:the )?(?:data|logs|events) hot\b/,
    why: 'Makes everything real-time, hot or cached without weighing what it costs.',
    severity: 'warning',
  },
  {
    id: 'everyone-at-once',
    rounds: DESIGN,
    pattern:
      /\b(?:every|all) (?:types?|kinds?) of (?:users?|customers?)\b|\bfor every (?:persona|user|customer|team)\b|\bcovers every (?:type|kind|use case)\b/,
    why: 'Designs for every user at once, which means for no one in particular.',
    severity: 'warning',
  },
];
