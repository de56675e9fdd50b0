import { type Analysis, analyzeAnswer, analyzeExemplar } from './analyze.js';
import { compareToStrong, listGaps, listStrengths } from './compare.js';
import { scoreCriteria } from './criteria.js';
import { DEFAULT_STRONG_EXEMPLARS } from './default-exemplars.js';
import { detectFlags } from './flags/detect-flags.js';
import { exemplarLean, exemplarPoints } from './relevance/exemplar-lean.js';
import { STORY_ROUNDS } from './rules/story-rules.js';
import { EXEMPLAR_POINTS } from './rules/weights.js';
import { buildLedger } from './score.js';
import { referentSignals } from './signals/referents.js';
import { storySignals } from './signals/story.js';
import type { Flag, GradableQuestion, GradeResult, LedgerEntry } from './types.js';

/**
 * The offline grader: reads the answer once (sentences, tags, signals), scores each rubric criterion
 * from its signals, raises flags, and computes the score in code. Pure and synchronous: the same
 * answer and question always give the same result.
 */

function strongExemplar(question: GradableQuestion): Analysis | undefined {
  const bankStrong = question.bank?.exemplars.find((e) => e.label === 'strong')?.text;
  const text = bankStrong ?? (question.bank ? undefined : DEFAULT_STRONG_EXEMPLARS[question.round]);
  return text ? analyzeExemplar(text) : undefined;
}

/**
 * What the answer's closeness to its bank question's example answers adds or takes away: the fitted
 * points per unit of lean (strong similarity minus weak), around a centre, within a bound. None for
 * free text, which has no exemplars.
 */
function exemplarEntry(answer: string, question: GradableQuestion): LedgerEntry[] {
  if (EXEMPLAR_POINTS.perLean === 0) return [];
  const found = exemplarLean(answer, question.bank, question.contrast);
  if (!found) return [];
  const points = exemplarPoints(found.lean, EXEMPLAR_POINTS);
  return [
    {
      kind: 'exemplar',
      id: 'exemplar-lean',
      label: points >= 0 ? 'like the strong example' : 'like the weak example',
      points,
      reason: `similarity ${found.strong.toFixed(2)} to this question's strong example answer, ${found.weak.toFixed(2)} to its weak one`,
    },
  ];
}

/** Gaps from flags the candidate can act on, ahead of the rubric's missing signals. */
function flagGaps(flags: readonly Flag[]): string[] {
  return flags.filter((f) => f.severity === 'error' || f.id === 'feature-enumeration').map((f) => f.message);
}

export function gradeOffline(answer: string, question: GradableQuestion): GradeResult {
  const read = analyzeAnswer(answer);
  const story = (STORY_ROUNDS as readonly string[]).includes(question.round) ? storySignals(read) : read;
  const analysis = referentSignals(story, question);
  const criteria = scoreCriteria(question.rubric, analysis.signals);
  const flags = detectFlags({ analysis, question });
  const ledger = buildLedger(criteria, flags, exemplarEntry(analysis.prepared.raw, question));
  const score = ledger.final;
  const gaps = [...new Set([...flagGaps(flags), ...listGaps(analysis, criteria, question)])].slice(0, 6);
  return {
    question: { id: question.id, text: question.text, round: question.round },
    score,
    ledger,
    grader: 'heuristic',
    judge: { status: 'skipped', reason: 'offline: graded with the heuristics only' },
    criteria,
    flags,
    heuristicScore: score,
    strengths: listStrengths(analysis, question),
    gaps,
    comparedToStrong: compareToStrong(analysis, strongExemplar(question), question),
    wordCount: analysis.prepared.wordCount,
  };
}
