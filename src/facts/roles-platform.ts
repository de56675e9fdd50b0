import { type RoleCue, W, WHO } from './role-words.js';

/** How a sentence says who sizes compute, where it runs, what caps spend, and what is on by default. */
export const PLATFORM_CUES: readonly RoleCue[] = [
  {
    role: 'rate-limits',
    patterns: ['\\brate[- ]limit', '\\b(?:qpm|tpm|tokens per minute|queries per minute)\\b'],
  },
  {
    role: 'caps-spend',
    patterns: [
      `\\b(?:stops?|kills?|pauses?|shuts? down|blocks?) ${W}(?:jobs?|workloads?|compute|clusters?|endpoints?|queries|usage) (?:when|once|if|after) ${W}(?:budget|spend|limit|cap)`,
      `\\blimits? ${W}to (?:a |an )?(?:monthly |daily |weekly )?(?:dollar |fixed )?(?:budget|spend|\\$)`,
      "\\b(?:caps?|limits?|enforces?|stops?|blocks?) (?:the |a |our |their |team |each team's |monthly |total |per-team |daily )?(?:spend(?:ing)?|budgets?|costs?|dollars|the bill)\\b",
      '\\b(?:hard )?(?:spend(?:ing)?|budget|cost|dollar) (?:caps?|limits?)\\b',
    ],
  },
  {
    role: 'customer-sizes',
    anywhere: true,
    patterns: [
      `\\b${WHO} ${W}(?:size|sizes|right-size|resize|pick|picks|choose|chooses|select|selects|set|sets|configure|configures) ${W}(?:size|sizes|t-shirt|cluster size|min(?:imum)?|max(?:imum)?|clusters|concurrency|workload size|instance types?|node types?|worker count|workers?)\\b`,
      `\\b${WHO} (?:must |have to |has to |need to |still |get to |also |don't |do not |never |no longer |can't |cannot )*(?:size|sizes|right-size)\\b`,
      `\\bsized by (?:the )?${WHO}`,
    ],
  },
  {
    role: 'provider-sizes',
    anywhere: true,
    patterns: [
      `\\bdatabricks ${W}(?:sizes|picks (?:the )?size|chooses (?:the )?size|sizes and scales)\\b`,
      `\\bdatabricks ${W}(?:manages|handles|controls|decides|sets) ${W}(?:the )?(?:size|sizing|cluster size|capacity)\\b`,
      '\\bsized (?:and scaled )?(?:automatically|by databricks)\\b',
      '\\bsizes itself\\b',
    ],
  },
  {
    role: 'provider-sizes',
    patterns: [
      // "needs no sizing": the "no" is the claim itself, so these are read after the subject only.
      '\\b(?:needs?|requires?|takes?|involves?|has|have|with) (?:no|zero) (?:[\\w-]+ )?(?:sizing|configuration|config|tuning|capacity planning|setup|knobs?)\\b',
      '\\b(?:is|are) (?:zero|no)[- ](?:config(?:uration)?|sizing|knobs?|ops)\\b',
      "\\b(?:there is |there's )?nothing to (?:size|configure|tune)\\b",
    ],
  },
  {
    role: 'runs-in-databricks-account',
    patterns: [
      `\\b(?:runs?|lives?|sits?|is hosted|are hosted|operates?|executes?|is located|resides?) ${W}(?:in|inside|within) (?:the )?databricks(?:'s?|’s?)? (?:own )?(?:cloud )?(?:account|infrastructure|subscription|network|cloud)`,
    ],
  },
  {
    role: 'runs-in-customer-account',
    patterns: [
      `\\b(?:runs?|lives?|sits?|is hosted|are hosted|operates?|executes?|is located|resides?) ${W}(?:in|inside|within) (?:the )?(?:customer(?:'s|s'|’s)?|your|their|a customer'?s?) (?:own )?(?:cloud |aws |azure |gcp )?(?:account|vpc|subscription|vnet|network|cloud)`,
    ],
  },
  {
    role: 'processes-customer-data',
    patterns: [
      `\\b(?:processes|stores|holds|touches|reads) ${W}(?:the )?(?:customer(?:s'|'s)? |your |their )?(?:data|tables|rows)\\b`,
    ],
  },
  {
    role: 'couples-storage-compute',
    patterns: [
      '\\b(?:couples?|ties?|binds?|bundles?) (?:compute (?:and|to|with) storage|storage (?:to|and|with) compute)\\b',
    ],
  },
  {
    role: 'measures-storage',
    patterns: [
      '\\b(?:measures?|are|is) (?:a (?:unit|measure) of )?(?:storage|disk(?: space)?|gigabytes|data stored)\\b',
    ],
  },
  {
    role: 'copies-data',
    patterns: [
      `\\b(?:cop(?:y|ies|ying)|duplicat(?:es?|ing)|rewrit(?:es?|ing)|replicat(?:es?|ing)|export(?:s|ing)?) ${W}(?:data|tables?|files|shares?|datasets?)\\b`,
      '\\b(?:second|extra|separate|own|physical|full|local|nightly) (?:physical |full |local |nightly )?(?:cop(?:y|ies)|replicas?)\\b',
      '\\b(?:is|are|gets?|get|being) (?:physically )?(?:copied|replicated|duplicated|exported)\\b',
      '\\bnightly (?:loads?|exports?|dumps?|syncs?)\\b',
    ],
  },
  {
    role: 'combines-with-partitioning',
    anywhere: true,
    patterns: [
      `\\bpartition(?:ed|s|ing)? ${W}by ${W}(?:and|then|plus|with) ${W}liquid[- ]cluster`,
      `\\bliquid[- ]cluster\\w* ${W}(?:on top of|within|inside|plus|together with|combined with|alongside|in addition to|on) ${W}(?:partitions?|partitioning|z-?order)`,
      `\\bliquid[- ]cluster\\w* ${W}(?:requires?|needs?|works best with|depends on) ${W}(?:partition\\w*|z-?order\\w*)`,
      `\\bz-?order\\w* ${W}(?:and|plus|with|alongside) liquid[- ]cluster`,
    ],
  },
  {
    role: 'optimizes-tables',
    patterns: [
      `\\b(?:runs?|schedules?|handles?|automates?) ${W}(?:optimize|vacuum|analyze|compaction|maintenance)\\b`,
    ],
  },
  {
    role: 'on-by-default',
    // "Defaults to on" states the setting; "default it on for new jobs" proposes one.
    patterns: [
      '\\b(?:on|enabled|active) by default\\b',
      '\\b(?:defaults (?:to )?|defaults? (?:is|was) (?:set to )?)(?:on|true|enabled)\\b',
    ],
  },
  {
    role: 'off-by-default',
    patterns: [
      '\\b(?:off|disabled|inactive) by default\\b',
      '\\b(?:defaults (?:to )?|defaults? (?:is|was) (?:set to )?)(?:off|false|disabled)\\b',
      `\\b(?:must|have to|has to|need to) (?:be )?(?:turn(?:ed)? on|enabled?|switch(?:ed)? on)\\b`,
    ],
  },
  {
    role: 'hosts-apps',
    patterns: [
      `\\b(?:hosts?|runs?|deploys?|serves?) ${W}(?:apps?|applications?|web ?apps?|streamlit|dash|gradio|ui)\\b`,
    ],
  },
  {
    role: 'serves-oltp',
    patterns: [
      '\\b(?:oltp|transactional|operational) (?:database|workloads?|store|reads|writes)\\b',
      '\\b(?:is|as) (?:a )?(?:managed |serverless )?postgres\\b',
    ],
  },
  {
    role: 'answers-in-natural-language',
    patterns: ['\\bnatural[- ]language\\b', `\\banswers? ${W}questions\\b`],
  },
  { role: 'builds-agents', patterns: [`\\b(?:builds?|creates?|optimi[sz]es?|authors?) ${W}agents?\\b`] },
  { role: 'created-spark', patterns: [`\\b(?:created|invented|built|wrote|started) (?:apache )?spark\\b`] },
  {
    role: 'created-at-databricks',
    patterns: [`\\b(?:created|invented|built|developed|started|born) ${W}(?:at|by|inside) databricks\\b`],
  },
];
