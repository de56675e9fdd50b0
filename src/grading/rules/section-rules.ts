import type { TagId } from './tag-ids.js';

/**
 * Structured answers put the reasoning in the heading: "Out of scope" over a bullet list makes each
 * bullet a rejection, "Risks" makes each a risk, "Success" makes each a success measure. A section
 * lead is a heading, or a short label line ("Success.", "What I'd skip:"); its tags flow to the
 * sentences under it. "Trade-offs" is deliberately not here: a heading cannot give up anything.
 */
export interface SectionRule {
  id: string;
  lead: RegExp;
  tag: TagId;
}

export const SECTION_RULES: readonly SectionRule[] = [
  {
    id: 'out-of-scope',
    lead: new RegExp(
      String.raw`\b(?:${[
        String.raw`not (?:building|doing|now|yet|in v1)`,
        String.raw`(?:don't|won't|not) build`,
        String.raw`out of scope`,
        String.raw`non-goals?`,
        String.raw`deferred`,
        String.raw`later`,
        String.raw`what (?:i|we)(?:'d| would| will)? (?:skip|give up|leave out|not do)`,
        // "What I wouldn't chase yet", "What we won't build" (not "what I don't know yet").
        String.raw`what (?:i|we) (?:wouldn't|would not|won't|will not|shouldn't|should not|don't|do not)(?! (?:know|understand|have|see|expect)\b)`,
        String.raw`giving up`,
        String.raw`what i'm not`,
        String.raw`what we're not`,
        String.raw`skip(?:ping)?`,
        String.raw`parked`,
        String.raw`cut from`,
      ].join('|')})\b`,
    ),
    tag: 'rejection',
  },
  {
    id: 'risks',
    lead: /\b(?:risks?|what could go wrong|failure modes?|concerns?|watch ?outs?|the catch)\b/,
    tag: 'risk',
  },
  {
    id: 'success',
    lead: /\b(?:success|metrics?|measur\w*|kpis?|how (?:i'd|i would|we'd|we would|you'd|you would|she'd|she would|they'd|they would|to) (?:know|judge|measure|tell)|outcomes?)\b/,
    tag: 'success-frame',
  },
  { id: 'result', lead: /\b(?:results?|outcome|impact)\b/, tag: 'result-cue' },
  {
    id: 'decision',
    // "What I did" heads the actions (the A of STAR), not a decision: a scheduled meeting under it is not a call.
    lead: /\b(?:decision|decided|recommendation|my call|the call|what i (?:chose|decided))\b/,
    tag: 'decision',
  },
  { id: 'situation', lead: /\b(?:situation|context|background)\b/, tag: 'situation' },
  { id: 'task', lead: /\btask\b/, tag: 'task' },
];

/** "Result: 31% of accounts ...": a sentence that opens with its own label takes the label's tags. */
export const INLINE_LABEL = /^\W*([a-z][a-z' /-]{1,30}?)\s*:\s+\S/;

/**
 * Labels that only make sense in front of content: unlike a heading, "Trade-off: analysts lose
 * search" says what is given up in the same sentence.
 */
export const INLINE_ONLY_RULES: readonly SectionRule[] = [
  {
    id: 'given-up',
    lead: new RegExp(
      String.raw`\b(?:${[
        String.raw`given up`,
        String.raw`gave up`,
        String.raw`giving up`,
        String.raw`trade-?offs?`,
        String.raw`tradeoffs?`,
        String.raw`the catch`,
        String.raw`downside`,
        String.raw`what (?:we|i|you|they) lose`,
        String.raw`cost of (?:this|that|the choice)`,
        String.raw`what it costs`,
        String.raw`price`,
      ].join('|')})\b`,
    ),
    tag: 'rejection',
  },
  { id: 'target', lead: /\b(?:target|goal|north star|measure|success metric)\b/, tag: 'success-frame' },
];

/** A label line: short, and ending in a colon, a full stop or nothing. */
export const LABEL_LINE = { maxWords: 6 } as const;

/** A bullet that starts by refusing something ("No ML model in v1", "Skip the UI") is a rejection. */
export const BULLET_REJECTION =
  /^(?:no|not|never|skip\w*|drop\w*|defer\w*|cut|avoid\w*|won't|don't|leave out|hold off)\b(?! one\b| way\b| matter\b| longer\b| idea\b)/;
