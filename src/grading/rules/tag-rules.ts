import { GENERIC_USER, PERSONA } from './lexicon-people.js';
import { GENERIC_INFRA, PLATFORM } from './lexicon-products.js';

import { STORY_TAG_RULES } from './story-tag-rules.js';
import { rule, type TagRule } from './tag-ids.js';

/**
 * Tag rules: each marks a sentence with one reasoning feature (a persona, a give-up, a time frame...).
 * Signals are then defined as combinations of tags (signal-rules.ts), so a bare keyword never counts
 * on its own: "trade-off" is a buzzword tag, while "we give up X to get Y" is a rejection tag.
 * Patterns run on lower-cased sentences. A negatable rule ignores matches inside negation scope.
 */

const I_WOULD = `(?:i'd|i would|i will|i'll|we'd|we would|we will|we'll|let's|i am going to|i'm going to|we're going to|my plan is to)`;

const REASONING_RULES: readonly TagRule[] = [
  rule('persona', 'persona', String.raw`\b${PERSONA}\b`),
  rule('generic-user', 'generic-user', String.raw`\b${GENERIC_USER}\b`),
  rule(
    'pain',
    'pain',
    String.raw`\b(?:breaks?|broke|broken|lose|loses|lost|losing|rebuild\w*|redo\w*|by hand|manual(?:ly)?|spreadsheets?|copy[- ]?past\w*|waits?|waiting|stuck|blocked|can't|cannot|unable|no way to|have no (?:idea|way)|don't know|blind|guess(?:ing|es)?|firefight\w*|paged|re-?run\w*|debug\w*|chas(?:e|es|ing)|ping(?:s|ing)?|tickets?|escalat\w+|bypass\w*|work ?arounds?|abandon\w*|friction|toil|pain(?:ful)?|frustrat\w+|surprise (?:bills?|costs?|invoices?)|overspend\w*|overrun\w*|wast(?:e|es|ed|ing)|idle|duplicat\w+|silos?|siloed|hand-?offs?|handovers?|switch(?:ing)? between|context[- ]switch\w*|slow(?:er|s)?|delayed|late|fails?|failing|failed|miss(?:es|ed|ing)?|outages?|stale|drift\w*|nobody (?:knows|owns)|trust|distrust|confus\w+|hunt\w*|dig(?:s|ging)? through|stitch\w*|reconcil\w+)\b`,
  ),
  rule(
    'cost-word',
    'cost-word',
    String.raw`\b(?:cost(?:s|ing|ly)?|spend(?:s|ing)?|spent|bills?|billing|invoices?|dbus?|expensive|wast(?:e|es|ed|ing)|burn(?:s|ing|ed)?|capacity|hours|days|weeks|sprints?|toil|budget|money|dollars|headcount|idle|penalt(?:y|ies)|revenue|churn|renewals?|lost deals?|delays?|delayed|compute|engineer[- ](?:time|hours|weeks))\b`,
  ),
  rule(
    'decision',
    'decision',
    String.raw`\b(?:${I_WOULD} (?:\w+ )?(?:build|ship|pick|choose|start|go with|prioriti[sz]e|focus|launch|bet|recommend|propose|make|put|add|use|keep|cut|drop|skip|target|default|lead with|scope|limit|invest|fix|solve|do|design|route|store|run|capture|expose|surface|charge|price|partner|buy|offer|migrate|move|standardi[sz]e|require|treat)|my (?:recommendation|pick|choice|bet|call|proposal|answer|plan|first move)|i recommend|i propose|i(?:'d)? chose|we chose|i decided|we decided|i picked|i went with|we went with|the decision (?:is|was)|i'm betting|we're betting|i'd bet|start with|first thing i'd|one thing first)\b`,
  ),
  rule(
    'rejection',
    'rejection',
    String.raw`\b(?:instead of|rather than|in place of|as opposed to|giv(?:e|es|ing) up|gave up|trad(?:e|es|ed|ing) (?:away|off)? ?\w* ?(?:for|against)|sacrific\w+|at the (?:cost|expense|price) of|in exchange for|the (?:catch|price|downside|cost|flip side|trade-?off|tradeoff|compromise|risk we accept|thing we lose)(?: here| of that| of this| i'm making| we're making| i'd make)? (?:is|was|being)(?! between| balancing| to balance| about| how| finding| getting)|catch(?=:)|downside(?=:)|trade-?off(?=:)|we(?:'d| would| will)? lose|costs? us|means giving up|means (?:we|you|they) (?:can't|won't|don't|lose|give|accept|pay)|accept(?:s|ed|ing)? (?:a |some |the |higher |slower |lower |more |less |that |worse |longer |stale|eventual|slightly|an |minutes|hours|seconds|up to)|willing to (?:accept|live with|pay|tolerate|eat)|live with|tolerat\w+|${I_WOULD} (?:[\w'-]+ )?(?:skip|drop|defer|park|punt|not|leave|cut|avoid|hold off|say no|resist|pass on|kill)|skip(?:ping|ped)?|won't (?:build|do|support|ship|add|cover|include|touch|offer|chase|solve|handle|prioriti\w+|invest|make|try|go|be|get|scale|need)|will not (?:build|do|support|ship|add|cover|include|offer)|not (?:building|doing|shipping|supporting|including|solving|covering|chasing|offering|adding|going to)|(?:we|i) (?:don't|do not) (?:build|do|ship|support|add|cover|offer|chase|need)|(?:choosing|chose|decided|decide|choose) not to|^not (?:a|an|the|yet|now|in v1|for v1|this|every|all)\b|^why not\b|what (?:i'm|i am|we're|we are|i'd be|we'd be) (?:trading|giving up|not doing|not building|leaving out|skipping)|\b(?:we|i|i'd|we'd) trade\b|\btrading (?:[\w'-]+ ){0,3}for\b|\bwhat we give up\b|out of scope|outside (?:the )?scope|de-?scop\w+|defer(?:red|ring|s)?|deprioriti\w+|postpon\w+|not (?:in|for) (?:v1|the first|the mvp|mvp|now|this quarter|phase (?:1|one))|leave (?:[\w'-]+ ){0,4}(?:out|for later|for v2|for phase)|for later|(?:say|said|saying) no|rul(?:ed|e) out|rejected|(?:pick|choose|chose|prefer|favou?r|prioriti[sz]e|take|go with|picked|preferred|favou?red|prioriti[sz]ed|optimi[sz]e for|optimi[sz]ing for) (?:[\w'-]+ ){1,6}over\b|not worth|isn't worth|is not worth|deliberately|explicitly not|on purpose|even (?:though|if) (?:it|that|this|we)|at the risk of|only (?:for|in) (?:v1|the first)|no (?:[\w'-]+ ){0,4}in v1|held back|hold back|give them up|i'd rather|we'd rather|would rather|the price we pay|good enough)\b`,
  ),
  rule(
    'reason',
    'reason',
    String.raw`\b(?:because|since|so that|so (?:we|the|they|it|i|you|that|a|an|teams?|users?|engineers?|analysts?)|which (?:means|lets|gives|is why|matters|makes|keeps|saves|cuts)|in order to|given (?:that|how|the)|that's why|the reason|due to|otherwise|as a result|this means|that means|that way|the point is|why it matters|matters because|it matters|what matters|the problem is|the issue is|driven by|that is why)\b`,
  ),
  rule(
    'risk',
    'risk',
    String.raw`\b(?:risks?|risky|the catch|downside|failure modes?|(?:could|might|may|will|would) (?:fail|break|go wrong|backfire|slip|leak|hurt|confuse|annoy|erode|drift|overload|double[- ]count|mislead|spike|blow up)|what could go wrong|danger\w*|worr(?:y|ied|ies)|concerns?|the hard part|hard part|tricky|edge cases?|blast radius|single point of failure|bottlenecks?|regress\w*|noisy neighbou?rs?|cannibali[sz]\w*|lock-?in|backlash|false positives?|alert fatigue|skew\w*|hot ?spots?|leak(?:s|age)?|exposure|vulnerab\w+|abuse|misuse|spoof\w*|outages?|if (?:it|this|that|the \w+|we|they) (?:fails?|breaks?|goes down|is wrong|slips|misses|stalls|doesn't|don't|isn't|aren't|gets? (?:it )?wrong)|the challenge|challenging|the danger|unintended|gaming|gamed)\b`,
  ),
  rule(
    'mitigation',
    'mitigation',
    String.raw`\b(?:guardrails?|fall ?backs?|falls? back|roll ?backs?|rolled back|feature flags?|flag(?:ged)? off|behind a flag|canar(?:y|ies)|phased|staged|gradual\w*|roll(?:ing)? (?:it )?out (?:to|gradually|slowly|first)|pilot\w*|beta|preview|design partners?|kill[- ]switch\w*|caps?|capped|budget alerts?|quotas?|rate[- ]limit\w*|alerts? (?:when|on|if)|thresholds?|dry[- ]runs?|shadow (?:mode|traffic)|manual (?:review|approval|override)|opt[- ](?:in|out)|escape hatch\w*|circuit breakers?|retr(?:y|ies|ied)|backoff|idempot\w+|checkpoint\w*|time travel|restore\w*|versioned|pin(?:ned|ning)? (?:the )?versions?|sandbox\w*|isolat\w+|quarantin\w+|validat\w+|expectations|default(?:s|ed)? (?:to|off|on)|limit (?:the )?(?:scope|blast radius|exposure)|start (?:small|with (?:one|a single|a few|\d+))|audit (?:logs?|trails?)|approvals?|holdouts?|a/b|so that|to (?:avoid|prevent|limit|contain|catch|detect|protect|keep)|prevent\w*|guard against|mitigat\w+ (?:it|this|that|by|with)|we'd (?:watch|monitor) (?:for)?|fail closed|fail open|read-only|dedup\w*|ttl|expir\w+|timeouts?|reconcil\w+ job|human in the loop|human review|review queue)\b`,
  ),
  rule(
    'mitigation-weak',
    'mitigation-weak',
    String.raw`\b(?:mitigat\w+|address(?:ed)? (?:the )?risks?|manag(?:e|ing) (?:the )?risks?|de-?risk\w*|reduce (?:the )?risks?|minimi[sz]e (?:the )?risks?|monitor\w*|careful\w*)\b`,
  ),
  rule(
    'metric',
    'metric',
    String.raw`\b(?:adoption|adopt(?:ed|ing)?|active (?:users|teams|workspaces|accounts|customers)|weekly[- ]active|monthly[- ]active|daily[- ]active|wau|mau|dau|retention|retain\w*|churn|tickets?|support (?:cases|volume|load)|time[- ]to[- ]\w+|latency|p9\d|p50|error rates?|failure rates?|success rates?|completion rates?|conversion|activation|usage|utili[sz]ation|nps|csat|dbus?|spend|costs? per|query (?:time|latency|runtime)|runtime|run time|freshness|mttr|mttd|incidents?|uptime|slas?|slos?|throughput|revenue|arr|expansion|attach rate|win rate|renewals?|share of \w+|percent(?:age)? of|number of|count of|how many|hours (?:spent|saved|per|a)|pipeline (?:failures|success|runs)|rework|reopen\w*|escalations?|pages|on-?call (?:load|pages)|repeat usage|return(?:ing)? (?:users|teams|usage)|coverage|accuracy|precision|recall|hit rate|cache hit\w*|savings|bill|false positive rate|cost)\b`,
    true,
  ),
  rule(
    'vague-metric',
    'vague-metric',
    String.raw`\b(?:engagement|satisfaction|happiness|productivity|efficiency|value|roi|tco|north[- ]star|kpis?|impact|outcomes|performance|success|synerg\w*|velocity)\b`,
  ),
  rule(
    'direction',
    'direction',
    String.raw`\b(?:reduc\w+|cut(?:s|ting)?|drop(?:s|ped|ping)?|falls?|falling|fell|decreas\w+|lower(?:ed|ing)?|increas\w+|grows?|growing|grew|rais\w+|ris(?:e|es|ing)|rose|improv\w+|halv\w+|doubl\w+|fewer|shrink\w*|go(?:es)? (?:up|down)|goes from|went from|mov(?:e|es|ed) from|climb\w*|under|below|above|at least|at most|no more than)\b`,
  ),
  rule(
    'target',
    'target',
    String.raw`\b(?:targets?|goals? (?:is|of)|aim(?:ing)? (?:for|to)|at least|at most|no more than|under [~$]?\d|below [~$]?\d|above [~$]?\d|fewer than|less than [~$]?\d|more than [~$]?\d|to (?:under|below|above|\d|zero|half)|by (?:half|a third|a quarter|a fifth|\d)|halve|double|cut in half|thresholds?|counter-?metrics?|guardrail metrics?)\b`,
  ),
  rule(
    'success-frame',
    'success-frame',
    String.raw`\b(?:success(?: (?:is|looks like|means|would be|metrics?|criteria|measures?)|:)|measures? of success|measur(?:e|ing) (?:success|it|this|whether|adoption|impact)|(?:i'd|we'd|i would|we would|i'll|we'll|i will|we will) (?:call it|know|measure|track|watch|look at|judge|count it)|working if|worked if|it worked|it's working|leading indicators?|lagging indicators?|guardrail|counter-?metric|metrics?(?=:)|kpis?(?=:)|tracking (?:whether|how|adoption|weekly)|the (?:metric|number|signal)s? (?:i|we)(?:'d| would)? (?:watch|track|use|care about|look at)|to (?:measure|track) (?:it|this|success|whether))(?:\b|(?<=:))`,
  ),
  rule(
    'ask',
    'ask',
    String.raw`\b(?:(?:i'd|i would|i will|i'll|let me|i want to|i'd want to|i need to|we need to) (?:first |start by |begin by )?(?:ask|clarify|confirm|check|understand|know|pin down|scope|find out)|before (?:designing|drawing|building|i design|i draw|i build|anything|jumping|diving|we design|i sketch|committing)|clarifying questions?|questions? (?:i'd|i would|to) ask|to scope|scoping|need to know|want to know|depends on (?:whether|how|if|the)|first questions?|open questions?|the answers? (?:decide|change|drive)s?)\b`,
  ),
  rule(
    'assumption',
    'assumption',
    String.raw`\b(?:assum(?:e|es|ed|ing|ptions?)|let's say|suppose|if the answer is|if (?:they|it|the interviewer) say|working assumption|i'll take|taking (?:it|that) as)\b`,
  ),
  rule(
    'scope-topic',
    'scope-topic',
    String.raw`\b(?:scale|volume|how (?:many|much|big|often|fresh|fast|old|long|quickly|soon|accurate|reliable|complete|current)|latency|freshness|fresh|real[- ]time|near[- ]real[- ]time|streaming|batch|users?|who|personas?|budget|slas?|slos?|complian\w+|regulat\w+|gdpr|hipaa|soc ?2|regions?|regional|residency|retention|peak|concurren\w+|tenants?|multi-?tenant|workloads?|size|tb|pb|gb|rows|events|per (?:second|day|hour)|consistency|existing|constraints?|reads?|writes?|growth|throughput|cost|spend|clouds?|history|backfill|sources?|formats?|sensitive|pii|accuracy|uptime|availability|deadline|timeline|team size|skills?|use cases?|queries|dashboards?)\b`,
  ),
  rule(
    'contrast',
    'contrast',
    String.raw`\b(?:over|vs\.?|versus|instead|rather|whereas|but|while|at the (?:cost|expense|price)|in exchange|cheaper|slower|faster|more expensive|costlier|higher|lower|accept\w*|sacrific\w+|give up|gives up|lose|loses|worse|better|tolerat\w+|fine with|ok with|okay with|good enough|enough for|not worth)\b`,
  ),
  rule('platform', 'platform', String.raw`\b${PLATFORM}\b`),
  rule('generic-infra', 'generic-infra', String.raw`\b${GENERIC_INFRA}\b`),
  rule(
    'failure-term',
    'failure-term',
    String.raw`\b(?:retr(?:y|ies|ied|ying)|idempot\w+|replay\w*|checkpoint\w*|dead[- ]letter|dlq|backoff|exactly[- ]once|at[- ]least[- ]once|dedup\w*|quarantin\w+|isolat\w+|circuit breakers?|roll ?back\w*|time travel|restor\w+|fail ?over|re-?run from|backfill\w*|upserts?|merge into|schema (?:drift|evolution|enforcement|changes?)|late[- ](?:data|arriving)|out[- ]of[- ]order|watermark\w*|partial (?:failures?|writes?)|poison|expectations|alert\w*|on-?call|sla breach\w*|atomic\w*|acid|transactional|timeouts?|fallback|degrad\w+|graceful\w*|health checks?|heartbeat\w*|redundan\w+)\b`,
  ),
  rule(
    'failure-condition',
    'failure-condition',
    String.raw`\b(?:if|when|whenever|once) (?:a |an |the |one |that |this |any |our |their )?(?:\w+ ){0,3}(?:fails?|crash(?:es)?|dies|is down|goes down|times? out|errors?(?: out)?|breaks?|stalls?|hangs?|is late|arrives? late|lags?|falls? behind|is unavailable|returns? garbage|changes schema|drifts?|gets? throttled|hits? (?:a|the) (?:limit|quota))\b|\b(?:fails? mid|mid-?(?:run|write|job)|half-?written|partial(?:ly)? written|on failure|failure (?:handling|isolation|domain)|what happens (?:if|when))`,
  ),
];

/** Every tag rule, run on every sentence. */
export const TAG_RULES: readonly TagRule[] = [...REASONING_RULES, ...STORY_TAG_RULES];
