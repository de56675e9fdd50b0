import { describe, expect, it } from 'vitest';
import type { PhaseBudget } from '../../src/bank/schema.js';
import { plannedPhaseAt, planPhases, trackPhase, writtenPhase } from '../../src/session/phases.js';

const MIN = 60_000;
const PHASES: PhaseBudget = {
  clarify: 5,
  highLevelDesign: 10,
  dataFlow: 10,
  scaleAndFailure: 10,
  tradeoffs: 5,
  close: 5,
};

describe('phase plan', () => {
  it('lays the phases out in interview order', () => {
    const plan = planPhases(PHASES, 45 * MIN);
    expect(plan.map((w) => [w.phase, w.startMs / MIN, w.endMs / MIN])).toEqual([
      ['clarify', 0, 5],
      ['highLevelDesign', 5, 15],
      ['dataFlow', 15, 25],
      ['scaleAndFailure', 25, 35],
      ['tradeoffs', 35, 40],
      ['close', 40, 45],
    ]);
  });

  it('scales to a --time budget that differs from the question', () => {
    const plan = planPhases(PHASES, 90 * MIN);
    expect(plan[0]?.endMs).toBe(10 * MIN);
    expect(plan.at(-1)?.endMs).toBe(90 * MIN);
  });

  it('gives the current planned phase by elapsed time, and the last one after the budget', () => {
    const plan = planPhases(PHASES, 45 * MIN);
    expect(plannedPhaseAt(plan, 0).phase).toBe('clarify');
    expect(plannedPhaseAt(plan, 5 * MIN).phase).toBe('highLevelDesign');
    expect(plannedPhaseAt(plan, 36 * MIN).phase).toBe('tradeoffs');
    expect(plannedPhaseAt(plan, 50 * MIN).phase).toBe('close');
  });
});

describe('where the text is', () => {
  it('reads a heading as the phase', () => {
    expect(writtenPhase(['## Clarify\nHow many users?', '## Data flow\nEvents land in bronze.'])).toBe(
      'dataFlow',
    );
    expect(writtenPhase(['Trade-offs:\nWe pay more for freshness.'])).toBe('tradeoffs');
  });

  it('uses the latest paragraph with any cue, by its strongest cue', () => {
    expect(writtenPhase(['What scale and latency constraints do we have? Any assumptions?', 'Okay.'])).toBe(
      'clarify',
    );
    expect(
      writtenPhase([
        'First I ask about scale.',
        'If a job fails we retry it; the bottleneck is the shuffle.',
      ]),
    ).toBe('scaleAndFailure');
  });

  it('is undefined before any cue', () => {
    expect(writtenPhase([])).toBeUndefined();
    expect(writtenPhase(['Hello there.'])).toBeUndefined();
  });
});

describe('ahead or behind plan', () => {
  const plan = planPhases(PHASES, 45 * MIN);

  it('is behind when the text is still in an earlier phase than planned', () => {
    const status = trackPhase(plan, 18 * MIN, ['## Clarify\nWho are the users?']);
    expect(status.planned.phase).toBe('dataFlow');
    expect(status.written).toBe('clarify');
    expect(status.standing).toEqual({ kind: 'behind', byMs: 13 * MIN });
  });

  it('is ahead when the text has reached a later phase', () => {
    const status = trackPhase(plan, 3 * MIN, ['## High-level design\nThree components.']);
    expect(status.standing).toEqual({ kind: 'ahead', byMs: 2 * MIN });
  });

  it('is on plan when both agree, and treats no text yet as clarifying', () => {
    expect(trackPhase(plan, 20 * MIN, ['## Data flow\nIngest from Kafka.']).standing).toEqual({
      kind: 'on-plan',
    });
    expect(trackPhase(plan, 1 * MIN, []).standing).toEqual({ kind: 'on-plan' });
    expect(trackPhase(plan, 7 * MIN, []).standing.kind).toBe('behind');
  });
});
