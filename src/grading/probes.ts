import type { SignalId } from '../bank/vocabulary.js';
import { type Analysis, analyzeAnswer } from './analyze.js';
import {
  ANCHOR_SIGNALS,
  type AnchorKind,
  PROBE_POINTS,
  PROBE_QUOTE_MAX,
  PROBE_TEMPLATES,
  PROBE_WEAK_BELOW,
  type ProbeOutcome,
} from './probe-rules.js';
import { STRENGTH_LEVELS } from './rules/score-rules.js';
import { buildLedger, withCeiling } from './score.js';
import type { GradableQuestion, GradeResult, LedgerEntry } from './types.js';

/**
 * Probes about the candidate's own answer, and the grading of their replies. Offline, a probe is
 * aimed at the answer's weakest rubric signal and quotes the answer's own sentence; each reply is read
 * with the same offline analysis for the one signal the probe asked to repair, and the outcome goes
 * into the score ledger as a `probe` entry, so the final score counts it visibly.
 */
export interface Probe {
  prompt: string;
  /** The signal the probe asks the candidate to repair; the reply is graded on it. */
  targets: SignalId[];
  /** The sentence of the answer the probe quotes, when it quotes one. */
  quote?: string | undefined;
}

export interface ProbeVerdict {
  probe: Probe;
  outcome: ProbeOutcome;
  points: number;
  /** One line a candidate reads: what the reply did for the probed signal. */
  reason: string;
}

/** Rubric signals ordered weakest first (by criterion score, then by the signal's own strength). */
function weakSignals(analysis: Analysis, result: GradeResult, question: GradableQuestion): SignalId[] {
  const byCriterion = new Map(result.criteria.map((c) => [c.id, c.score]));
  const seen = new Set<SignalId>();
  const ranked: { id: SignalId; criterion: number; strength: number }[] = [];
  for (const criterion of question.rubric) {
    for (const id of criterion.signals) {
      if (seen.has(id)) continue;
      seen.add(id);
      const strength = analysis.signals[id].strength;
      ranked.push({ id, criterion: byCriterion.get(criterion.id) ?? 5, strength });
    }
  }
  ranked.sort((a, b) => a.criterion - b.criterion || a.strength - b.strength);
  const weak = ranked.filter((r) => r.strength < PROBE_WEAK_BELOW).map((r) => r.id);
  // A strong answer is still pushed: on its weakest criterion's signals, as a panel would.
  return weak.length > 0 ? weak : ranked.map((r) => r.id);
}

function shorten(text: string): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?:;,]+$/, '');
  if (flat.length <= PROBE_QUOTE_MAX) return flat;
  const cut = flat.slice(0, PROBE_QUOTE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), PROBE_QUOTE_MAX / 2))}…`;
}

/** The sentence a probe quotes: evidence of the signal itself, else of the anchor kind, else the opening. */
function anchorQuote(analysis: Analysis, signal: SignalId, kind: AnchorKind): string | undefined {
  const own = analysis.signals[signal].evidence[0]?.quote;
  if (own) return shorten(own);
  if (kind !== 'opening') {
    for (const id of ANCHOR_SIGNALS[kind]) {
      const quote = analysis.signals[id].evidence[0]?.quote;
      if (quote) return shorten(quote);
    }
  }
  const first = analysis.content.find((s) => s.words >= 4) ?? analysis.content[0];
  return first ? shorten(first.text) : undefined;
}

export interface ProbeChoice {
  answer: string;
  question: GradableQuestion;
  result: GradeResult;
  max: number;
}

/** Offline probes: one per weak signal, each quoting a different sentence of the answer where it can. */
export function chooseProbes(choice: ProbeChoice): Probe[] {
  const analysis = analyzeAnswer(choice.answer);
  const probes: Probe[] = [];
  const quoted = new Set<string>();
  for (const signal of weakSignals(analysis, choice.result, choice.question)) {
    if (probes.length >= choice.max) break;
    const template = PROBE_TEMPLATES[signal];
    const quote = anchorQuote(analysis, signal, template.anchor);
    if (!quote || quoted.has(quote)) continue;
    quoted.add(quote);
    probes.push({ prompt: template.text.replace('{quote}', quote), targets: [signal], quote });
  }
  return probes;
}

/** Grades one reply on the signal(s) its probe asked to repair, with the offline analysis. */
export function gradeProbeReply(probe: Probe, reply: string | undefined): ProbeVerdict {
  const names = probe.targets.join(', ');
  if (!reply || reply.trim() === '') {
    return { probe, outcome: 'skipped', points: PROBE_POINTS.skipped, reason: `skipped (${names})` };
  }
  const signals = analyzeAnswer(reply).signals;
  const strength = Math.max(0, ...probe.targets.map((t) => signals[t].strength));
  const outcome: ProbeOutcome =
    strength >= STRENGTH_LEVELS.strong
      ? 'repaired'
      : strength >= STRENGTH_LEVELS.partial
        ? 'partly'
        : 'missed';
  const says = { repaired: 'repaired', partly: 'partly repaired', missed: 'did not repair', skipped: '' };
  return { probe, outcome, points: PROBE_POINTS[outcome], reason: `${says[outcome]} ${names}` };
}

export function probeEntries(verdicts: readonly ProbeVerdict[]): LedgerEntry[] {
  return verdicts.map((v, i) => ({
    kind: 'probe',
    id: `probe-${i + 1}`,
    label: `probe ${i + 1}`,
    points: v.points,
    reason: v.reason,
  }));
}

/** The grade with the probe replies counted: the ledger is rebuilt with them, and the score is its final. */
export function withProbeReplies(result: GradeResult, verdicts: readonly ProbeVerdict[]): GradeResult {
  if (verdicts.length === 0) return result;
  const exemplar = result.ledger.entries.filter((e) => e.kind === 'exemplar');
  const rebuilt = buildLedger(result.criteria, result.flags, [...exemplar, ...probeEntries(verdicts)]);
  // A cap the grade already carried (the judge's injection ceiling) still holds with the probes counted.
  const ledger = result.ledger.cap ? withCeiling(rebuilt, result.ledger.cap) : rebuilt;
  return { ...result, ledger, score: ledger.final };
}
