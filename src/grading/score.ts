import { redFlagPenalty } from './flags/misuse.js';
import { FLAG_RULES, MISUSE_PENALTY_CAP, TOTAL_PENALTY_CAP } from './rules/flag-rules.js';
import { WEIGHTS } from './rules/weights.js';
import type { CriterionScore, Flag, LedgerEntry, ScoreLedger } from './types.js';

/**
 * The final 0-100 score, computed in code and kept as a ledger: each criterion's points, each flag's
 * penalty, the penalty caps, and any gate that capped the total (too short, off topic, addressed to the
 * grader). Everything that prints or merges a score reads this ledger instead of re-deriving it.
 */

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function rubricScore(criteria: readonly { weight: number; score: number }[]): number {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight === 0) return 0;
  const earned = criteria.reduce(
    (sum, c) => sum + c.weight * ((Math.min(5, Math.max(1, c.score)) - 1) / 4),
    0,
  );
  return (100 * earned) / totalWeight;
}

/** A flag's cost: fitted on the blind corpus when the fit has a value for it, else its rule's default. */
function penaltyOf(flag: Flag): number {
  if (flag.severity === 'info') return 0;
  if (flag.id === 'red-flag') return redFlagPenalty(flag);
  return WEIGHTS.penalties[flag.id] ?? FLAG_RULES[flag.id]?.penalty ?? 0;
}

function criterionEntries(criteria: readonly CriterionScore[]): LedgerEntry[] {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0) || 1;
  return criteria.map((c) => ({
    kind: 'criterion',
    id: c.id,
    label: c.name,
    points: round1((100 * c.weight * ((Math.min(5, Math.max(1, c.score)) - 1) / 4)) / totalWeight),
    reason: `${c.score.toFixed(1)}/5 x ${c.weight}%${c.reasoning ? `: ${c.reasoning}` : ''}`,
  }));
}

/**
 * Penalty entries with the misuse cap and the total cap applied, in flag order. A flag the caps leave
 * nothing to is listed at 0 points, saying so: every flag that costs points shows in the ledger.
 */
function penaltyEntries(flags: readonly Flag[]): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  let misuseLeft = MISUSE_PENALTY_CAP;
  let totalLeft = TOTAL_PENALTY_CAP;
  const seen = new Set<string>();
  for (const flag of flags) {
    const full = penaltyOf(flag);
    let points = full;
    if (points <= 0) continue;
    // A flag id costs once however many sentences raised it, except red flags and claims, which are
    // distinct mistakes each (bounded by their own cap).
    const misuse = flag.id === 'term-misuse' || flag.id === 'red-flag';
    const key = misuse ? `${flag.id}:${flag.quote ?? flag.message}` : flag.id;
    if (seen.has(key)) continue;
    seen.add(key);
    let note = '';
    if (misuse) {
      if (points > misuseLeft) note = ` (misuse penalties capped at ${MISUSE_PENALTY_CAP})`;
      points = Math.min(points, misuseLeft);
      misuseLeft -= points;
    }
    if (points > totalLeft) note = ` (all penalties capped at ${TOTAL_PENALTY_CAP})`;
    points = Math.min(points, totalLeft);
    totalLeft -= points;
    const entry: LedgerEntry = {
      kind: 'penalty',
      id: flag.id,
      label: flag.id,
      points,
      reason: `${flag.message}${note}`,
    };
    entries.push(points < full ? { ...entry, uncapped: full } : entry);
  }
  return entries;
}

function capEntry(flags: readonly Flag[]): ScoreLedger['cap'] {
  let cap: ScoreLedger['cap'] = null;
  for (const f of flags) {
    const gate = f.severity === 'info' ? undefined : FLAG_RULES[f.id]?.cap;
    if (gate === undefined) continue;
    if (!cap || gate < cap.points) cap = { id: f.id, points: gate, reason: f.message };
  }
  return cap;
}

/**
 * Build a ledger from criterion scores and flags, plus adjustments already decided: probe replies and
 * the exemplar entry (`kind` says which).
 */
export function buildLedger(
  criteria: readonly CriterionScore[],
  flags: readonly Flag[],
  adjustments: readonly LedgerEntry[] = [],
): ScoreLedger {
  const criterionLines = criterionEntries(criteria);
  const penaltyLines = penaltyEntries(flags);
  const cap = capEntry(flags);
  const rubric = round1(rubricScore(criteria));
  const penalties = penaltyLines.reduce((sum, e) => sum + e.points, 0);
  const exemplarLines = adjustments.filter((e) => e.kind === 'exemplar');
  const probeLines = adjustments.filter((e) => e.kind === 'probe');
  const exemplar = round1(exemplarLines.reduce((sum, e) => sum + e.points, 0));
  const probePoints = probeLines.reduce((sum, e) => sum + e.points, 0);
  const raw = rubric + exemplar - penalties + probePoints;
  const capped = cap ? Math.min(raw, cap.points) : raw;
  const final = Math.max(0, Math.min(100, Math.round(capped)));
  const entries = [...criterionLines, ...exemplarLines, ...penaltyLines, ...probeLines];
  if (cap) entries.push({ kind: 'cap', id: cap.id, label: cap.id, points: cap.points, reason: cap.reason });
  return { entries, rubric, penalties, probes: probePoints, exemplar, cap, final };
}

/** The entries a rebuilt ledger keeps from the one it replaces: the exemplar entry and probe replies. */
export function carriedEntries(ledger: ScoreLedger): LedgerEntry[] {
  return ledger.entries.filter((e) => e.kind === 'exemplar' || e.kind === 'probe');
}

/**
 * The ledger in one line: "rubric 41, feature-enumeration -14, capped at 30: off-topic = 27"; when the
 * penalty caps cut a penalty, it says so and names the flags they left at nothing.
 */
export function ledgerLine(ledger: ScoreLedger): string {
  const parts = [`rubric ${Math.round(ledger.rubric)}`];
  const cut = ledger.entries.some((e) => e.kind === 'penalty' && e.uncapped !== undefined);
  for (const e of ledger.entries) {
    if (e.kind === 'penalty' && e.points > 0) parts.push(`${e.label} -${Math.round(e.points)}`);
    if ((e.kind === 'probe' || e.kind === 'exemplar') && Math.round(e.points) !== 0)
      parts.push(`${e.label} ${e.points >= 0 ? '+' : ''}${Math.round(e.points)}`);
  }
  if (cut) {
    const dropped = [
      ...new Set(ledger.entries.filter((e) => e.kind === 'penalty' && e.points === 0).map((e) => e.label)),
    ];
    parts.push(`penalty cap reached${dropped.length > 0 ? ` (${dropped.join(', ')} not counted)` : ''}`);
  }
  if (ledger.cap) parts.push(`capped at ${ledger.cap.points}: ${ledger.cap.id}`);
  return `${parts.join(', ')} = ${ledger.final}`;
}

export function finalScore(criteria: readonly CriterionScore[], flags: readonly Flag[]): number {
  return buildLedger(criteria, flags).final;
}

/** Points all penalties take off together, after the misuse and total caps. */
export function flagPenalty(flags: readonly Flag[]): number {
  return buildLedger([], flags).penalties;
}

/** The lowest gate cap that applies, or 100. */
export function scoreCap(flags: readonly Flag[]): number {
  return capEntry(flags)?.points ?? 100;
}

/** The ledger with a ceiling applied (a cap decided outside the flags, such as the judge's injection cap). */
export function withCeiling(ledger: ScoreLedger, cap: NonNullable<ScoreLedger['cap']>): ScoreLedger {
  if (ledger.final <= cap.points && ledger.cap && ledger.cap.points <= cap.points) return ledger;
  const final = Math.min(ledger.final, cap.points);
  const lowest = ledger.cap && ledger.cap.points <= cap.points ? ledger.cap : cap;
  return {
    ...ledger,
    cap: lowest,
    final,
    entries: [
      ...ledger.entries.filter((e) => e.kind !== 'cap'),
      { kind: 'cap', id: lowest.id, label: lowest.id, points: lowest.points, reason: lowest.reason },
    ],
  };
}
