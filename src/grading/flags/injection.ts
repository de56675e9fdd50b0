import {
  DISCUSSABLE,
  HIDDEN_ADDRESS,
  HIDDEN_INSTRUCTION,
  INJECTION_RULES,
  INJECTION_TRIGGER,
  type InjectionRule,
  NOTE_TO_SELF,
  QUOTED_DISCUSSION,
  UNQUOTED_DISCUSSION,
} from '../rules/injection-rules.js';
import { normalise } from '../text/sentences.js';
import type { Flag } from '../types.js';
import { type FlagContext, makeFlag } from './flag.js';

/**
 * Prompt injection: text addressed to the grader. Scanned on the raw lines (fake system labels and
 * JSON live in code blocks and line starts), on the visible sentences (an instruction wrapped over two
 * lines) and on hidden spans (HTML comments). A quoted instruction discussed as a product risk is not
 * an attempt, so "users could type 'ignore previous instructions'" passes.
 */

interface Hit {
  rule: InjectionRule;
  line: number;
  quote: string;
}

const SINGLE_QUOTED = /(^|[\s(])'([^']{3,})'(?=[\s.,;:!?)]|$)/g;

function insideQuotes(lower: string, index: number): boolean {
  const doubles = (lower.slice(0, index).match(/"/g) ?? []).length;
  if (doubles % 2 === 1) return true;
  for (const m of lower.matchAll(SINGLE_QUOTED)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    if (index > start && index < start + (m[2]?.length ?? 0) + 2) return true;
  }
  return false;
}

/** `context` is the surrounding paragraph: the risk being discussed is often named a sentence earlier. */
function isDiscussion(rule: InjectionRule, lower: string, index: number, context: string): boolean {
  const outside = context.replace(/"[^"]*"/g, ' ').replace(SINGLE_QUOTED, '$1 ');
  if (insideQuotes(lower, index)) return QUOTED_DISCUSSION.test(outside);
  return DISCUSSABLE.has(rule.id) && UNQUOTED_DISCUSSION.test(outside);
}

function scanText(text: string, line: number, context = text): Hit | undefined {
  const lower = normalise(text);
  const around = normalise(context);
  for (const rule of INJECTION_RULES) {
    const match = rule.pattern.exec(lower);
    if (match && !isDiscussion(rule, lower, match.index, around)) {
      return { rule, line, quote: text.trim().slice(0, 160) };
    }
  }
  return undefined;
}

function scanHidden(ctx: FlagContext): Hit[] {
  return ctx.analysis.prepared.hidden.flatMap((span) => {
    const hit = scanText(span.text, span.line);
    if (hit) return [hit];
    const hidden = normalise(span.text);
    const aimed =
      HIDDEN_INSTRUCTION.test(hidden) || (HIDDEN_ADDRESS.test(hidden) && !NOTE_TO_SELF.test(hidden));
    if (!aimed) return [];
    const rule: InjectionRule = {
      id: 'hidden-comment',
      pattern: HIDDEN_INSTRUCTION,
      note: 'a hidden note about grading',
    };
    return [{ rule, line: span.line, quote: span.text.slice(0, 160) }];
  });
}

/** Visible sentences (with their paragraph as context) and code lines, which sentences leave out. */
function scanUnits(ctx: FlagContext): { text: string; line: number; context: string }[] {
  const sentences = ctx.analysis.sentences;
  const units = sentences.map((s) => ({
    text: s.text,
    line: s.line,
    context: sentences
      .filter((o) => o.block === s.block)
      .map((o) => o.text)
      .join(' '),
  }));
  for (const line of ctx.analysis.prepared.codeLines)
    units.push({ text: line.text, line: line.number, context: line.text });
  return units;
}

export function findInjections(ctx: FlagContext): Hit[] {
  const hits: Hit[] = [...scanHidden(ctx)];
  for (const unit of scanUnits(ctx)) {
    // Every rule needs one of the trigger words; most sentences have none and skip the full scan.
    if (!INJECTION_TRIGGER.test(normalise(unit.text))) continue;
    const hit = scanText(unit.text, unit.line, unit.context);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => a.line - b.line);
}

export function detectInjection(ctx: FlagContext): Flag[] {
  const hits = findInjections(ctx);
  const first = hits[0];
  if (!first) return [];
  return [makeFlag('prompt-injection', first.rule.note, { line: first.line, quote: first.quote })];
}
