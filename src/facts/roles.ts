import type { Role } from './types.js';

/**
 * How a sentence says a product plays a role: short verb-and-object patterns, matched on lower-cased
 * text. Subject roles are read just after the product that does them ("MLflow is what trains the
 * model"); `anywhere` roles are read anywhere in the clause that names the product ("customers pick
 * the size of a serverless SQL warehouse"). `passive` forms put the product after "by".
 */
export interface RoleCue {
  role: Role;
  patterns: readonly string[];
  anywhere?: boolean;
  passive?: readonly string[];
}

const W = "(?:[\\w'’-]+ ){0,3}?";
const MODEL =
  '(?:the |a |an |our |your |their |its |each |every )?(?:[\\w-]+ )?(?:models?|classifiers?|llms?|predictions?|inference)\\b';
const WHO = '(?:customers?|you|users?|admins?|teams?|we|they|the customer|the account)';

export const ROLE_CUES: readonly RoleCue[] = [
  {
    role: 'governs',
    passive: [
      '\\b(?:permissions?|grants?|row filters?|column masks?|access) (?:is|are|gets?) (?:enforced|managed|applied|governed)\\b',
      '\\b(?:governed|enforced)$',
    ],
    patterns: [
      '\\bgovern(?:s|ing)?\\b',
      `\\b(?:manages?|controls?|enforces?|handles?|owns?|applies|apply) ${W}(?:permissions?|access|grants?|acls?|privileges|row filters?|column masks?|access policies)\\b`,
      `\\b(?:masks?|filters?) ${W}(?:columns?|rows)\\b`,
    ],
  },
  {
    role: 'traces-lineage',
    patterns: [
      `\\b(?:tracks?|traces?|captures?|records?|shows?|gives?|provides?|keeps?|maps?) ${W}lineage\\b`,
    ],
  },
  {
    role: 'trains',
    patterns: [
      '\\b(?:re)?trains?\\b(?! (?:runs?|data|sets?|jobs?))',
      '\\bfine-?tunes?\\b',
      '\\b(?:does|handles?|runs?|owns?|performs?) (?:the |all the |our )?(?:model )?training\\b',
      `\\btraining ${MODEL}`,
      '\\b(?:the |a )?training (?:engine|platform|service|framework)\\b',
    ],
    passive: [
      '\\b(?:models?|classifiers?|llms?) (?:is|are|gets?) (?:trained|fine-?tuned|retrained)\\b',
      '\\b(?:trained|fine-?tuned|retrained)$',
    ],
  },
  {
    role: 'trains-on-customer-data',
    patterns: [
      "\\btrains? (?:\\w+ )?on (?:your|our|the customer'?s?|customer|their) (?:data|prompts|questions|tables)",
    ],
  },
  {
    role: 'tracks-experiments',
    passive: [
      '\\b(?:experiments?|runs?|metrics|param(?:eter)?s) (?:is|are|gets?) (?:tracked|logged|recorded)\\b',
      '\\b(?:tracked|logged)$',
    ],
    patterns: [
      `\\b(?:tracks?|logs?|records?|captures?) ${W}(?:experiments?|runs?|metrics|param(?:eter)?s|artifacts|hyperparameters)\\b`,
      '\\bexperiment tracking\\b',
    ],
  },
  {
    role: 'registers-models',
    patterns: [
      `\\b(?:registers?|versions?) ${W}models?\\b`,
      '\\bmodel registry\\b',
      `\\b(?:stores?|keeps?|holds?) ${W}model versions\\b`,
      '\\bis (?:the|a) registry\\b',
    ],
  },
  { role: 'evaluates', patterns: ['\\bevaluat(?:es?|ing|ion)\\b', '\\b(?:llm )?judges\\b', '\\bscorers\\b'] },
  {
    role: 'traces-genai',
    patterns: [`\\btrac(?:es?|ing) ${W}(?:agents?|llm|genai|prompts?|requests?|tool calls|calls|steps)\\b`],
  },
  {
    role: 'serves-models',
    patterns: [
      `\\b(?:hosts?|serves?|serving|deploys?|deploying|runs?) ${W}${MODEL}`,
      '\\b(?:runs?|does|performs?|handles?) (?:real-time |online |low-latency )?inference\\b',
      '\\bmodel endpoints?\\b',
    ],
    passive: [
      '\\b(?:models?|classifiers?|llms?) (?:is|are|gets?) (?:served|hosted|deployed)\\b',
      '\\b(?:models?|classifiers?|llms?) (?:is |are )?(?:served|hosted|deployed)$',
    ],
  },
  {
    role: 'generates',
    patterns: [
      `\\b(?:generat(?:es?|ing)|writes?|composes?|drafts?) ${W}(?:answers?|responses?|text|completions?|summar(?:y|ies)|replies)\\b`,
      `\\banswers? ${W}(?:questions?|the user|users)\\b`,
    ],
    passive: ['\\b(?:answers?|responses?|text) (?:is|are|gets?) (?:generated|written)\\b'],
  },
  {
    role: 'retrieves',
    patterns: [
      '\\bretriev(?:es?|al|ing)\\b',
      '\\b(?:similarity|semantic|vector|hybrid) search\\b',
      '\\bnearest[- ]neighbou?rs?\\b',
      `\\b(?:finds?|looks? up|returns?) ${W}(?:similar|nearest|relevant)\\b`,
    ],
  },
  {
    role: 'stores-embeddings',
    passive: ['\\b(?:embeddings|vectors) (?:is|are|gets?) (?:stored|kept|held|indexed)\\b'],
    patterns: [
      `\\b(?:stores?|holds?|keeps?|indexes) ${W}(?:embeddings|vectors)\\b`,
      '\\bis (?:a|the) vector (?:index|database|store)\\b',
    ],
  },
  { role: 'shares', patterns: ['\\bshar(?:es?|ing)\\b'] },
  {
    role: 'requires-databricks-recipient',
    patterns: [
      "\\b(?:can't|cannot|won't|doesn't|does not|will not) (?:work|be used) (?:unless|without) (?:[\\w'’-]+ ){0,5}?databricks\\b",
      `\\b(?:requires?|needs?|only works (?:if|when|with|between)|only (?:for|with)) ${W}(?:recipients?|consumers?|partners?|both (?:sides|parties|ends)|the other side)?\\b${W}(?:to (?:be on|use|run|have) )?databricks\\b`,
    ],
  },
  {
    role: 'ingests',
    patterns: [
      '\\bingest(?:s|ing|ion)?\\b',
      `\\b(?:lands?|loads?|copies|copy|brings?|pulls?|streams?|replicates?|moves?) ${W}(?:in|into|to) (?:the |our |your |their )?(?:lakehouse|bronze|tables?|delta|workspace|catalog|landing)`,
    ],
    passive: ['\\b(?:ingested|landed|loaded)$'],
  },
  {
    role: 'connects-saas',
    patterns: [
      `\\b(?:ingests?|pulls?|connects?|reads?|loads?) ${W}(?:from |to )?(?:salesforce|workday|servicenow|netsuite|google analytics|saas (?:apps?|applications?|sources?)|sql server|operational databases?)\\b`,
    ],
  },
  {
    role: 'orchestrates',
    patterns: [
      '\\borchestrat(?:es?|ing|ion)\\b',
      '\\bschedul(?:es?|ing)\\b',
      `\\b(?:triggers?|sequences?) ${W}(?:jobs?|tasks?|pipelines?|workflows?)\\b`,
    ],
  },
  {
    role: 'speeds-up-queries',
    patterns: [
      `\\b(?:speeds?|speeding) up ${W}(?:quer(?:y|ies)|workloads?|jobs?|scans?|dashboards?|reads?|sql|analytics|reports?|joins?|aggregations?|pipelines?|everything|bi)\\b`,
      `\\bmakes? ${W}(?:quer(?:y|ies)|workloads?|jobs?|scans?|dashboards?|reads?|sql|reports?) (?:run |load )?(?:faster|quicker)\\b`,
      `\\baccelerat(?:es?|ing) ${W}(?:quer(?:y|ies)|workloads?|jobs?|sql|analytics|scans?|dashboards?|reports?|reads?)\\b`,
      `\\b(?:improves?|boosts?) ${W}(?:query |read |scan )?(?:performance|latency|speed)\\b`,
      '\\b(?:reduces?|cuts?) (?:query |read )?latency\\b',
      '\\bfaster (?:quer(?:y|ies)|scans?|reads?)\\b',
      '\\b(?:quer(?:y|ies)|dashboards?|reports?|scans?|jobs?) (?:run|load|return|finish|get|are|become) (?:much |a lot |\\d+x )?(?:faster|quicker)\\b',
    ],
  },
  {
    role: 'query-engine',
    patterns: [
      `\\bis (?:a|an|the) ${W}(?:query|compute|execution|sql) engine\\b`,
      `\\b(?:executes?|runs?) ${W}(?:quer(?:y|ies)|sql)\\b`,
    ],
  },
  {
    role: 'is-storage-format',
    patterns: [
      `\\b(?:is|as) (?:a|an|the) ${W}(?:storage|file|table|data) (?:format|layer)\\b`,
      `\\bstores? ${W}(?:data|tables?|rows|files|parquet)\\b`,
    ],
  },
  {
    role: 'acid-transactions',
    patterns: [
      '\\bacid\\b',
      '(?<!multi-table |multi-statement |cross-table )\\btransactions?\\b',
      '\\btime travel\\b',
    ],
  },
  { role: 'open-source', patterns: ['\\bopen[- ]sourced?\\b', '\\bopen (?:format|protocol|standard)\\b'] },
  { role: 'proprietary', patterns: ['\\b(?:is|are) (?:a )?(?:closed|proprietary|closed[- ]source)\\b'] },
  {
    role: 'eager-evaluation',
    patterns: [
      `\\b(?:executes?|runs?|evaluates?) ${W}(?:each|every) (?:transformation|line|step)s? ${W}(?:immediately|eagerly|as soon as)`,
      '\\bis (?:eager|eagerly evaluated)\\b',
    ],
  },
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
    role: 'runs-in-databricks-account',
    patterns: [
      `\\b(?:runs?|lives?|sits?|is hosted|are hosted|operates?|executes?|is located|resides?) ${W}(?:in|inside|within) (?:the )?databricks(?:'s?|’s?)? (?:own )?(?:cloud )?(?:account|infrastructure|subscription|network|cloud)`,
    ],
  },
  {
    role: 'runs-in-customer-account',
    patterns: [
      `\\b(?:runs?|lives?|sits?|is hosted|are hosted|operates?|executes?|is located|resides?) ${W}(?:in|inside|within) (?:the )?(?:customer(?:'s|s'|’s)?|your|our|their|a customer'?s?) (?:own )?(?:cloud |aws |azure |gcp )?(?:account|vpc|subscription|vnet|network|cloud)`,
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
      `\\b(?:cop(?:y|ies)|duplicates?|rewrites?) ${W}(?:data|tables?|files)\\b`,
      '\\b(?:second|extra|separate) copy\\b',
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
    patterns: ['\\b(?:on|enabled|active) by default\\b', '\\bdefaults? (?:to )?(?:on|true|enabled)\\b'],
  },
  {
    role: 'off-by-default',
    patterns: [
      '\\b(?:off|disabled|inactive) by default\\b',
      '\\bdefaults? (?:to )?(?:off|false|disabled)\\b',
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
