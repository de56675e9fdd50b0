/** Words too common to say anything about what a question or an answer is about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `the and that this with from have will would could should they them their there then than what when
  where which while about into onto over under because since just also only very much more most some
  such each every other another your yours ours mine been being were was are for not but can cannot
  its it's i'd i'm we'd we're you're don't didn't won't isn't aren't here these those both either
  neither first second third next last like really thing things make makes made going want need
  know think said says well good great better best lot lots many few way ways even still yet again`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that name the same thing in an interview question and in the story or plan that answers it:
 * a question asks about "executives", the answer names "the CEO" and "our VP". Each word also counts
 * as its concept (a term of its own, weighted by rarity like any other), so an answer that uses the
 * question's idea in other words is not taken for one about something else. Single words only; a
 * concept's words are stemmed the way every term is.
 */
export const CONCEPTS: Readonly<Record<string, string>> = {
  executive: `executive executives exec execs ceo cto cfo cio coo cpo ciso svp evp vp vps leadership
    c-suite founder founders president sponsor`,
  customer: 'customer customers client clients',
  escalation: 'escalation escalations escalate escalated escalating complaint complaints complained',
  disagreement: `disagree disagreed disagreement disagreements conflict conflicts pushback argued argument
    arguments objected objection objections clash clashed tension dispute disputed opposed`,
  refusal: 'refuse refused refusal decline declined reject rejected turned veto vetoed',
  deprecation: `deprecate deprecated deprecating deprecation retire retired retiring retirement sunset
    sunsetting sunsetted decommission decommissioned decommissioning end-of-life eol removal`,
  stopping: `stop stopped stopping kill killed cancel cancelled canceled pause paused shelve shelved halt
    halted abandon abandoned`,
  migration: 'migration migrations migrate migrated migrating cutover cut-over legacy port ported',
  slip: `slip slipped slipping delay delayed delays late postpone postponed deadline deadlines overdue
    behind`,
  hiring: 'hire hires hired hiring interview interviews interviewed candidate candidates recruit recruiter',
  feedback: 'feedback criticism critique coaching',
  mistake: 'mistake mistakes wrong error errors failure failed misjudged regret blunder',
  incident: `incident incidents outage outages sev sev1 sev-1 postmortem post-mortem pager paged downtime
    rollback broke broken`,
  compliance: `security compliance audit audits auditor auditors legal privacy gdpr hipaa soc regulator
    regulators regulatory pii infosec`,
  cost: 'cost costs spend spending budget budgets bill billing invoice overrun overspend dbu dbus expensive',
  'data-quality': `discrepancy discrepancies mismatch mismatched reconcile reconciliation inaccurate
    incorrect corrupt corrupted duplicates`,
  metric: 'metric metrics kpi kpis measure measured measuring okr okrs north-star',
  capacity: 'capacity headcount bandwidth staffing',
  ambiguity: 'vague ambiguous ambiguity unclear mandate fuzzy undefined',
  trust: 'trust trusted credible credibility skeptical sceptical skeptic respect doubted',
  influence: 'influence persuade persuaded convince convinced buy-in',
  partner: 'partner partners vendor vendors third-party supplier suppliers',
  reversal: 'reverse reversed reversal undo undid backtrack backtracked',
  inheritance: 'inherit inherited inheriting turnaround rescue',
  uncertainty: 'uncertain uncertainty guess guessed assumption assumptions hypothesis bet',
};
