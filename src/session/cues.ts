import type { Phase } from '../bank/vocabulary.js';

/**
 * Simple wording cues. They are deliberately plain: the live phase display and the ledger insights
 * need "roughly where is the candidate", not a grade. Grading lives in src/grading.
 */
export const PHASE_CUES: Record<Phase, RegExp> = {
  clarify:
    /\b(clarif\w*|assum\w*|scope|requirements?|constraints?|how many|what scale|who (?:are|is) the users?|questions? first)\b/gi,
  highLevelDesign: /\b(high[- ]level|architecture|components?|overall design|the design|main pieces)\b/gi,
  dataFlow:
    /\b(data ?flow|ingest\w*|pipelines?|stream\w*|bronze|silver|gold|sources?|sinks?|etl|lands? in|flows? (?:from|into|to))\b/gi,
  scaleAndFailure:
    /\b(scal\w*|bottlenecks?|failures?|fails?|retr(?:y|ies)|idempot\w*|outages?|backpressure|replay|hot ?spots?)\b/gi,
  tradeoffs: /\b(trade-?offs?|instead of|rather than|gives? up|at the cost of|the downside|we lose)\b/gi,
  close:
    /\b(in summary|to summari[sz]e|to close|wrap(?:ping)? up|mvp|first version|biggest risk|main risk)\b/gi,
};

/** Cue hits per phase for one paragraph; a heading on its first line counts as many hits. */
export function countPhaseCues(paragraph: string): Map<Phase, number> {
  const counts = new Map<Phase, number>();
  const firstLine = paragraph.split('\n')[0] ?? '';
  const heading = isHeading(firstLine);
  for (const [phase, pattern] of Object.entries(PHASE_CUES) as [Phase, RegExp][]) {
    const hits = paragraph.match(pattern)?.length ?? 0;
    const headingHit = heading && new RegExp(pattern.source, 'i').test(firstLine) ? 10 : 0;
    if (hits + headingHit > 0) counts.set(phase, hits + headingHit);
  }
  return counts;
}

/** '## Data flow', 'Trade-offs:' or a short line on its own reads as a heading. */
function isHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.startsWith('#')) return true;
  return trimmed.endsWith(':') && trimmed.split(/\s+/).length <= 6;
}
