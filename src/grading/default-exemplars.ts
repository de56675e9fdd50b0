import type { Round } from '../bank/vocabulary.js';

/**
 * A strong reference answer per round, for free-text questions that have no bank exemplar: the grader
 * runs the same detectors on it to say what a strong answer does that the candidate's does not.
 */
export const DEFAULT_STRONG_EXEMPLARS: Record<Round, string> = {
  'product-sense': `Analytics engineers at mid-market companies get a surprise bill when a dashboard query
scans a whole table every fifteen minutes. Finance finds out at month end, and the engineer spends two
days tracing which job did it. For a 40-person data team that is about $30K a month of avoidable
compute, and it is the top reason these accounts threaten to cap spend at renewal.

I would build a cost preview in the SQL editor that estimates DBUs before a scheduled query runs and
flags full scans on large Delta tables. I would not build automatic query rewriting yet, because a
wrong rewrite breaks trust faster than a warning does. The risk is noisy warnings, so we would pilot
with ten design partners and only warn above a threshold they set.

Success: within 90 days, half of the pilot teams act on at least one warning, and avoidable scan spend
in those workspaces drops by 20% against the previous quarter.`,
  technical: `The break is at the hand-off from experiment to production. An ML engineer logs a run in
MLflow that knows which Delta table version it read, but once the model sits behind a serving endpoint
nobody can walk back to that data without opening the notebook. A team of ten loses a day or two every
sprint rebuilding provenance by hand, and governance drifts into spreadsheets.

I would capture the link at registration and deploy time and show a run-to-model-to-endpoint trace in
Unity Catalog. I would not record lineage per request, because that adds latency to the serving path;
the catch is that a per-prediction audit stays manual for now.

I would call it working if, within 60 days, most registry users open the trace and lineage tickets
drop by a third.`,
  behavioral: `Last year I was the PM for our ingestion service when the platform team wanted to freeze
new connectors for a quarter to pay down reliability debt, while sales had three enterprise deals
waiting on a Salesforce connector. My job was to get a plan both sides would sign.

I pulled the incident data and found that two connectors caused 70% of pages. I proposed a trade:
platform would fix those two first, and I would cut our roadmap to the single connector the deals
needed, built behind a flag by one engineer. The platform lead pushed back on any new work, so I sat
down with him and showed that the connector reused the fixed code path.

As a result, pages dropped from about 30 a month to 9 within one quarter, and two of the three deals
closed. I learned to bring the cost of waiting to the table before the argument starts.`,
  'system-design': `Before designing, a few questions. Who reads this: platform admins or every data
engineer? How fresh must it be: minutes or a day? How many jobs a day: thousands or millions? I will
assume 2,000 workspaces, 500K job runs a day, and admins who need alerts within 10 minutes.

Job events land through Auto Loader into a bronze Delta table; a Structured Streaming job aggregates
failures and cost per team into silver every five minutes, and a serverless SQL warehouse serves the
dashboard. If the stream fails, it restarts from its checkpoint, and writes are idempotent so a replay
never double-counts cost.

The main trade-off: I accept five-minute freshness instead of true real time, because per-event
streaming would cost about three times more compute for a dashboard people check hourly. I would skip
anomaly detection in v1. Success is admins catching failed jobs within 15 minutes, measured against
today's median of four hours, within the first quarter.`,
  'case-study': `In interviews, ML engineers at mid-market companies put manual governance at a day or two of
every sprint: tracking which data trained which model and who approved it. At roughly 3,000 such accounts paying about $200K
a year each, that toil is churn risk on a large base, and it is where Microsoft Fabric pitches bundled
simplicity. We should defend with governance that is open across engines rather than match the bundle.

I would ship automatic model lineage in Unity Catalog first and defer a policy engine to phase two,
because lineage pays off on its own while policies need lineage to exist. The risk is low adoption if
setup takes work, so lineage would be on by default for new registries.

Success: within 60 days, 40% of active registry users view lineage, lineage-related tickets drop by a
third, and the accounts in the pilot expand DBU spend rather than cap it at renewal.`,
};
