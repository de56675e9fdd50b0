import { describe, expect, it } from 'vitest';
import type { SignalId } from '../../src/bank/vocabulary.js';
import { SIGNAL_IDS } from '../../src/bank/vocabulary.js';
import { analyzeAnswer } from '../../src/grading/analyze.js';

/**
 * One block per signal: phrasings that must prove it (strength >= 0.6) and phrasings that must not
 * (strength < 0.35): keywords without the reasoning behind them, and negated claims.
 */

const strength = (text: string, id: SignalId) => analyzeAnswer(text).signals[id].strength;

function expectSignal(id: SignalId, fires: string[], silent: string[]) {
  for (const text of fires) expect(strength(text, id), `should fire: ${text}`).toBeGreaterThanOrEqual(0.6);
  for (const text of silent) expect(strength(text, id), `should not fire: ${text}`).toBeLessThan(0.35);
}

describe('signal detectors', () => {
  it('computes every signal of the vocabulary, with evidence lines and quotes', () => {
    const analysis = analyzeAnswer(
      'Data engineers rebuild lineage by hand.\nIt costs them two days a sprint.',
    );
    expect(Object.keys(analysis.signals).sort()).toEqual([...SIGNAL_IDS].sort());
    const evidence = analysis.signals['named-user'].evidence[0];
    expect(evidence).toMatchObject({ line: 1, quote: 'Data engineers rebuild lineage by hand.' });
  });

  it('named-user: a specific persona and what breaks, not "users" or a persona label', () => {
    expectSignal(
      'named-user',
      [
        'The ML engineer rebuilds provenance by hand every time a model is promoted.',
        'Finance analysts wait two days for the close pack to refresh.',
      ],
      ['Users want a better experience.', 'Our customers need more value from the platform.'],
    );
  });

  it('problem-cost: a number attached to the cost, not a floating figure', () => {
    expectSignal(
      'problem-cost',
      [
        'For a team of ten that is a day or two of every sprint.',
        'One job burned $40K a month in idle compute.',
      ],
      ['This improves ROI by 37%.', 'The problem is expensive for customers.'],
    );
  });

  it('decision-tradeoff: what is given up, in plain words; "trade-off" alone is not one', () => {
    expectSignal(
      'decision-tradeoff',
      [
        "I won't build automatic rollback because a wrong restore silently drops good data.",
        'We give up per-request lineage to keep the serving path fast.',
        "The catch is that forecasts will be wrong for new jobs, so I'd show a range.",
        "I'd skip the marketplace for now; providers already have contracts.",
      ],
      [
        'The key trade-off is between innovation and cost.',
        'We must balance the trade-offs carefully.',
        'I would build a cost dashboard.',
      ],
    );
  });

  it('risk-mitigation: a named risk with how it is contained', () => {
    expectSignal(
      'risk-mitigation',
      ['The risk is noisy warnings, so we would pilot with ten design partners behind a feature flag.'],
      ['We will mitigate all risks proactively.', 'There are risks.'],
    );
  });

  it('success-metrics: a measure with a window or baseline; not when negated', () => {
    expectSignal(
      'success-metrics',
      [
        'Success: within 60 days, lineage tickets drop by a third.',
        'Adoption among registry users goes from 10% today to 40% by end of Q3.',
        // A colon right after "Success" once defeated the word boundary.
        'Success: 80% of alerts acknowledged within a day.',
        // A success frame makes a number with a window a target, even without a metric noun.
        'Success is the job back under 15 minutes within a week.',
        'I would call it done when the nightly job is back under 15 minutes for a week.',
        // A target of more than one digit: the rule's closing word boundary once fell between digits.
        'Check: monthly cost under $15.5K, alert lag p95 under 10 minutes.',
        'Success = runtime back under an hour and rows copied per run near rows updated.',
      ],
      [
        'We did not measure adoption.',
        'Success means a 10x improvement in user delight.',
        'Success means happier customers.',
        'Our North Star is engagement, up 40%.',
      ],
    );
  });

  it('clarifying-questions: scoping questions before the design', () => {
    expectSignal(
      'clarifying-questions',
      ['How many jobs a day? How fresh must the data be? Who reads the dashboard?\nThen Kafka feeds Delta.'],
      ['Kafka feeds Spark, which writes to Delta every minute.'],
    );
  });

  it('system-tradeoffs: one property given up for another', () => {
    expectSignal(
      'system-tradeoffs',
      ['We accept five minutes of staleness instead of real time to cut compute cost by two thirds.'],
      ['The system is fast, cheap and consistent.', 'There is a trade-off between cost and latency.'],
    );
  });

  it('platform-specificity: a component used for a reason, not described', () => {
    expectSignal(
      'platform-specificity',
      ['I would capture lineage at registration in Unity Catalog because per-request capture adds latency.'],
      ['Unity Catalog provides unified governance.', 'Photon is a vectorized query engine.'],
    );
  });

  it('failure-handling: what happens when a stage fails', () => {
    expectSignal(
      'failure-handling',
      [
        'If the stream fails, it restarts from its checkpoint and idempotent writes mean a replay never double-counts.',
      ],
      ['The pipeline reads events and writes a table.'],
    );
  });

  it('star-structure: situation, actions, result in order; not a hypothetical', () => {
    expectSignal(
      'star-structure',
      [
        'Last year I was the PM for ingestion. My job was to ship a connector. I pulled the incident data. I proposed a trade. As a result, pages dropped from 30 a month to 9.',
      ],
      ['I would listen to the customer, then I would explain our roadmap, and I would offer alternatives.'],
    );
  });

  it('ownership: first-person actions, not only "we"', () => {
    expectSignal(
      'ownership',
      ['I pulled the usage data. I wrote the proposal. I called their lead and I negotiated the date.'],
      ['We had many meetings. We worked hard as a team. We finished eventually.'],
    );
  });

  it('quantified-result: an outcome with a number at the end, not a floating one', () => {
    expectSignal(
      'quantified-result',
      [
        'I proposed a trade and the platform lead agreed. We migrated 85% of affected workspaces with under ten tickets.',
      ],
      ['In the end, everyone was happy.', 'As a result we increased velocity by 40% and ROI by 35%.'],
    );
  });

  it('stakeholder-influence: a conflict with another party and how it was resolved', () => {
    expectSignal(
      'stakeholder-influence',
      [
        'The security lead pushed back on any new connector. I sat down with him and we agreed on a one-day paired review.',
      ],
      ['I kept stakeholders updated.'],
    );
  });

  it('prioritization: what waits and why', () => {
    expectSignal(
      'prioritization',
      ['I would fix permissions first and defer freshness, because a leak can end the project.'],
      ['We will do everything in parallel.'],
    );
  });

  it('market-viability: who pays and how much, with numbers', () => {
    expectSignal(
      'market-viability',
      ['About 4,000 mid-market accounts pay roughly $150K a year, so a small churn cut is real revenue.'],
      ['The TAM is massive and growing.', 'With a $2B TAM this is a huge opportunity.'],
    );
  });

  it('competitive-position: a stance against a named competitor', () => {
    expectSignal(
      'competitive-position',
      [
        "We should not chase Snowflake's worksheet polish; we attack on cost at scale because our tables are open.",
      ],
      ['Data platforms compete on features.'],
    );
  });
});

describe('tag rules anchored at a sentence start', () => {
  it('match in every sentence, not only the first of the answer', () => {
    const tagsOf = (text: string, sentence: string) => [
      ...(analyzeAnswer(text).content.find((s) => s.text === sentence)?.tags ?? []),
    ];
    expect(tagsOf('Not the fix: more workers.', 'Not the fix: more workers.')).toContain('rejection');
    // All sentences are tagged in one pass over the joined text; `^` must still mean "sentence start".
    const later =
      'Hypothesis: one hot key.\n\nConfirm (5 min): count rows per key.\n\nNot the fix: more workers.';
    expect(tagsOf(later, 'Not the fix: more workers.')).toContain('rejection');
  });
});

describe('a heading that says what I would not do', () => {
  it('makes the point under it a give-up; "what I don\'t know yet" does not', () => {
    const tagsOf = (text: string) => [...(analyzeAnswer(text).content[0]?.tags ?? [])];
    const point = 'Systems of record that teams run on Aurora today.';
    expect(tagsOf(`## What I wouldn't chase yet\n\n${point}`)).toContain('rejection');
    expect(tagsOf(`## What we won't build\n\n${point}`)).toContain('rejection');
    expect(tagsOf(`## What I don't know yet\n\n${point}`)).not.toContain('rejection');
  });
});

describe('an option left off', () => {
  it('"leave it off" gives the option up; "left off the list" is not a choice about it', () => {
    const tagsOf = (text: string) => [...(analyzeAnswer(text).content[0]?.tags ?? [])];
    expect(
      tagsOf('The UDF job runs mostly outside Photon, so she would pay double: leave it off.'),
    ).toContain('rejection');
    expect(tagsOf('Keep them off until the nightly cost per run drops.')).toContain('rejection');
    expect(tagsOf('The UDF job runs mostly outside Photon, so it was left off the list.')).not.toContain(
      'rejection',
    );
  });
});

describe('refusals said now, and give-ups taken back', () => {
  it('"I\'m not spending the quarter on X" gives X up', () => {
    const tagsOf = (text: string) => [...(analyzeAnswer(text).content[0]?.tags ?? [])];
    expect(tagsOf("I'm not spending the quarter on templates, though builders ask for them.")).toContain(
      'rejection',
    );
  });

  it('a heading does not make a give-up of a sentence that takes it back', () => {
    const tagsOf = (text: string, sentence: string) => [
      ...(analyzeAnswer(text).content.find((s) => s.text === sentence)?.tags ?? []),
    ];
    const text =
      "## What I'm giving up\n\n- Analysts wait a day longer for sensitive tables.\n- So we don't really give up control.";
    expect(tagsOf(text, 'Analysts wait a day longer for sensitive tables.')).toContain('rejection');
    expect(tagsOf(text, "So we don't really give up control.")).not.toContain('rejection');
  });
});

describe('target figures', () => {
  it('a target reads the whole figure, whatever its digits', () => {
    const tagsOf = (text: string) => [...(analyzeAnswer(text).content[0]?.tags ?? [])];
    for (const text of [
      'Keep p95 latency under 10 minutes.',
      'Spend stays below $15.5K a month.',
      'Cut the runtime by 30%.',
      'Bring the backlog down to 40 minutes.',
      'Fewer retries, less than 100 ms added.',
      'Keep the table under 20,000 files.',
    ])
      expect(tagsOf(text), text).toContain('target');
    expect(tagsOf('The job ran for 40 minutes.')).not.toContain('target');
  });
});

describe('rejection in a contraction', () => {
  it('"I wouldn\'t promise a credit" rules an option out; "I wouldn\'t be surprised" does not', () => {
    const tagsOf = (text: string) => [...(analyzeAnswer(text).content[0]?.tags ?? [])];
    expect(tagsOf("I wouldn't promise a credit on the call.")).toContain('rejection');
    expect(tagsOf("I wouldn't be surprised if the join spills.")).not.toContain('rejection');
  });
});

describe('bare bullet items', () => {
  it("only a bullet's first sentence is its item: the fragments after it go on with it", () => {
    const tagsOf = (text: string, sentence: string) => [
      ...(analyzeAnswer(text).content.find((s) => s.text === sentence)?.tags ?? []),
    ];
    const list = '- Column masks for PII\n- Lineage to dashboards';
    expect(tagsOf(list, 'Column masks for PII')).toContain('description');
    const story =
      '- Before failing over I had an engineer pull the audit log for revocations. Found 3.\n- Gave up: 12 minutes.';
    expect(tagsOf(story, 'Found 3.')).not.toContain('description');
  });
});

describe('"rather than" inside a purpose clause', () => {
  it('describes the state wanted, not an option given up; a real "rather than" still gives one up', () => {
    const tagsOf = (text: string) => [...(analyzeAnswer(text).content[0]?.tags ?? [])];
    expect(
      tagsOf(
        'I prepared a neutral timeline so the conversation would be grounded in facts rather than opinions.',
      ),
    ).not.toContain('rejection');
    expect(tagsOf('We ship the viewer rather than the export.')).toContain('rejection');
    // The clause is read without its "rather than", but a give-up elsewhere in the sentence stays.
    expect(
      tagsOf(
        'We cut the export so the launch would land in March rather than June, and we lose the auditors.',
      ),
    ).toContain('rejection');
  });
});
