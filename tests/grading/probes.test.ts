import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/bank/load.js';
import { toGradable } from '../../src/grading/default-rubrics.js';
import { NOT_SAID, replyFromContext } from '../../src/grading/interviewer.js';
import { gradeOffline } from '../../src/grading/offline.js';
import { PROBE_POINTS } from '../../src/grading/probe-rules.js';
import { chooseProbes, gradeProbeReply, withProbeReplies } from '../../src/grading/probes.js';
import { ledgerLine } from '../../src/grading/score.js';
import { REPO_ROOT } from '../e2e/pty.js';

const bank = await loadBank(['question-bank'], REPO_ROOT);
const question = bank.questions.find((q) => q.question.id === 'uc-lineage-experiment-to-prod')?.question;
if (!question) throw new Error('bank question missing');
const gradable = toGradable(question);
const ANSWER =
  'The ML engineer loses lineage at the hand-off to serving, which costs a day of every sprint. I would build a run-to-endpoint trace in the catalog instead of per-request lineage.';

describe('probes about the answer', () => {
  const result = gradeOffline(ANSWER, gradable);
  const probes = chooseProbes({ answer: ANSWER, question: gradable, result, max: 2 });

  it('quotes the answer itself and never a detail only the exemplar has', () => {
    expect(probes).toHaveLength(2);
    for (const probe of probes) {
      expect(ANSWER.replace(/\s+/g, ' ')).toContain((probe.quote ?? '').replace(/…$/, ''));
      expect(probe.prompt).not.toMatch(/spreadsheet|60 days|schema changed/);
      expect(probe.targets.length).toBe(1);
    }
    expect(new Set(probes.map((p) => p.quote)).size).toBe(2);
  });

  it('grades each reply on what its probe asked to repair, and counts it in the ledger', () => {
    const probe = { prompt: 'What number tells you it worked?', targets: ['success-metrics' as const] };
    const good = gradeProbeReply(
      probe,
      'Within 60 days, lineage tickets drop from 40 a month to under 15, and 70% of registry teams open the trace weekly.',
    );
    expect(good.outcome).not.toBe('missed');
    expect(gradeProbeReply(probe, 'I think it would be nice.').outcome).toBe('missed');
    const skipped = gradeProbeReply(probe, undefined);
    expect(skipped).toMatchObject({ outcome: 'skipped', points: PROBE_POINTS.skipped });
    const counted = withProbeReplies(result, [good, skipped]);
    expect(counted.ledger.entries.filter((e) => e.kind === 'probe')).toHaveLength(2);
    expect(counted.score).toBe(counted.ledger.final);
    expect(ledgerLine(counted.ledger)).toMatch(/probe 1 \+\d, probe 2 -2/);
  });

  it('keeps a cap the grade already carried, so good replies cannot lift an injection-capped grade', () => {
    const cap = { id: 'prompt-injection', points: 10, reason: 'addressed to the grader' };
    const capped = { ...result, score: 10, ledger: { ...result.ledger, cap, final: 10 } };
    const probe = { prompt: 'What number tells you it worked?', targets: ['success-metrics' as const] };
    const good = gradeProbeReply(probe, 'Within 60 days, lineage tickets drop from 40 a month to under 15.');
    const counted = withProbeReplies(capped, [good]);
    expect(counted.score).toBe(10);
    expect(counted.ledger.cap).toEqual(cap);
  });
});

describe('the interviewer offline', () => {
  it('answers from the context items that match, or says it does not say', () => {
    const context = 'There are 40 ML teams. Each team ships about 12 models a quarter. Audits happen yearly.';
    expect(replyFromContext('How many teams are there?', context)).toContain('40 ML teams');
    expect(replyFromContext('What is the weather like?', context)).toBe(NOT_SAID);
    expect(replyFromContext('anything?', undefined)).toBe(NOT_SAID);
  });
});
