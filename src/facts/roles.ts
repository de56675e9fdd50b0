import { NOUN_CUES } from './role-nouns.js';
import { MODEL, type RoleCue, W } from './role-words.js';
import { PLATFORM_CUES } from './roles-platform.js';

export type { RoleCue } from './role-words.js';

/** Roles of data, ML and GenAI products; the compute, billing and default roles are in roles-platform.ts. */
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
      // "AI Gateway supports external model endpoints": governing an endpoint is not serving from it.
      '(?<!\\b(?:supports?|governs?|manages?|routes? to|calls?|fronts?|wraps?|across|for|on|of|to|over|behind|with)\\s(?:(?:external|the|its|all|existing)\\s)?)\\bmodel endpoints?\\b',
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
      // "Copied into a Delta table on a (short) schedule": the noun names no scheduler; the verb does.
      '\\bschedul(?:es|ing)\\b',
      '\\b(?:will|would|can|could|to|does|do|should|may|might|must) (?:also |then |just )?schedule\\b',
      `\\b(?:triggers?|sequences?) ${W}(?:jobs?|tasks?|pipelines?|workflows?)\\b`,
      '\\b(?:decid(?:es?|ing)|choos(?:es?|ing)|determin(?:es?|ing)|assign(?:s|ing)?) (?:which|what|where|when) (?:[\\w-]+ ){0,2}?(?:tasks?|jobs?|stages?|work) (?:runs?|goes|go|execute)\\b',
    ],
  },
  {
    role: 'speeds-up-queries',
    patterns: [
      `\\b(?:speeds?|speeding) up ${W}(?:quer(?:y|ies)|workloads?|jobs?|scans?|dashboards?|reads?|sql|analytics|reports?|joins?|aggregations?|pipelines?|everything|bi)\\b`,
      `\\b(?:makes?|making|lets?) ${W}(?:quer(?:y|ies)|workloads?|jobs?|scans?|dashboards?|reads?|sql|reports?|them|it|this|things|everything|pipelines?) (?:run |load |refresh |finish )?(?:faster|quicker)\\b`,
      `\\baccelerat(?:es?|ing) ${W}(?:quer(?:y|ies)|workloads?|jobs?|sql|analytics|scans?|dashboards?|reports?|reads?)\\b`,
      `\\b(?:improves?|boosts?) ${W}(?:query |read |scan )?(?:performance|latency|speed)\\b`,
      `\\b(?:reduces?|cuts?|lowers?|gives?) ${W}(?:query |read )?latency\\b`,
      '\\blower latency\\b',
      '\\b(?:speeds?|speeding|sped) (?:(?:it|this|that|them|things|everything|(?:the|our|their|these|those) [\\w-]+) )?up\\b',
      '\\b(?:caches?|caching) (?:the |our |their )?(?:[\\w-]+ )?(?:tables?|data|results?|queries|files)\\b',
      '\\baccelerat(?:es?|ing) (?:things|it|this|them|everything)\\b',
      '\\bfaster (?:quer(?:y|ies)|scans?|reads?)\\b',
      '\\b(?:quer(?:y|ies)|dashboards?|reports?|scans?|jobs?) (?:run|load|return|finish|get|are|become|will be|would be|refresh) (?:much |a lot |\\d+x )?(?:faster|quicker)\\b',
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
  ...PLATFORM_CUES,
  ...NOUN_CUES,
];
