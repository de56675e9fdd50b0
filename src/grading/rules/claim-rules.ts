import { GENERIC_INFRA, PLATFORM } from './lexicon-products.js';

/**
 * Rules for tags that need more than one pattern: time frames and baselines (what makes a metric
 * checkable), the dimensions a system trade-off moves between, and description sentences (a product
 * as the subject of "provides / offers / enables / is a ... that").
 */

/** A window for a metric: "within 60 days", "by end of Q3", "in the first month", "30/60/90". */
export const TIMEFRAME = new RegExp(
  String.raw`${[
    String.raw`\b(?:within|in|after|over|by|for) (?:the )?(?:first |next |coming |following )?(?:${[
      String.raw`\d+`,
      String.raw`one`,
      String.raw`two`,
      String.raw`three`,
      String.raw`four`,
      String.raw`five`,
      String.raw`six`,
      String.raw`eight`,
      String.raw`nine`,
      String.raw`ten`,
      String.raw`twelve`,
      String.raw`a few`,
      String.raw`a couple of`,
      String.raw`a`,
      String.raw`one or two`,
    ].join('|')})\s?-?(?:days?|weeks?|months?|quarters?|sprints?|years?|releases?)\b`,
    String.raw`\bby (?:the )?(?:end of )?(?:q[1-4]|the (?:quarter|half|month|year)|next (?:quarter|half|year)|h[12]|year[- ]end|ga|launch)\b`,
    String.raw`\b\d+[- ]days?\b`,
    String.raw`\b\d+\/\d+\/\d+\b`,
    String.raw`\bq[1-4]\b`,
    String.raw`\bnext (?:quarter|half)\b`,
    String.raw`\b(?:a|one) quarter (?:after|in|later)\b`,
    String.raw`\b(?:first|second) (?:month|quarter|week)\b`,
    String.raw`\bweek over week\b`,
    String.raw`\bmonth over month\b`,
    String.raw`\bquarter over quarter\b`,
  ].join('|')}`,
  'g',
);

/** A starting point a change is measured against. */
export const BASELINE = new RegExp(
  String.raw`${[
    String.raw`\bfrom (?:about |around |roughly |~|an? )?(?:[$€£~]?\d|one|two|three|four|five|six|ten|a|an)\b.{0,40}?\bto\b`,
    String.raw`\bdown from\b`,
    String.raw`\bup from\b`,
    String.raw`\bbaseline\b`,
    String.raw`\btoday(?:'s| it| we| teams?| they| it's| that)\b`,
    String.raw`\bcurrently\b`,
    String.raw`\bcompared (?:to|with)\b`,
    String.raw`\bvs\.? (?:last|today|baseline|before|control)\b`,
    String.raw`\b(?:before|pre)[- ]launch\b`,
    String.raw`\bcontrol group\b`,
    String.raw`\bholdouts?\b`,
    String.raw`\ba\/b\b`,
    String.raw`\bversus (?:last|today|the control)\b`,
    String.raw`\brelative to\b`,
    String.raw`\b(?:lower|higher|more|less|fewer|faster|slower|cheaper|better|worse) than\b`,
    // Against the plan: a date or budget that was committed to.
    String.raw`\b(?:on|ahead of|behind) (?:time|schedule|plan|budget)\b`,
    String.raw`\b(?:under|over|within) budget\b`,
  ].join('|')}`,
  'g',
);

export interface Dimension {
  id: string;
  pattern: RegExp;
}

/** What a system trade-off moves between. Two different ones in a sentence make a trade-off pair. */
export const DIMENSIONS: readonly Dimension[] = [
  { id: 'cost', pattern: /\b(?:costs?|spend|price|cheap\w*|expensive|dbus?|money|budget|bills?)\b/ },
  {
    id: 'latency',
    pattern:
      /\b(?:latency|fast\w*|slow\w*|speed|response times?|p9\d|quick\w*|sub-second|seconds|milliseconds|ms)\b/,
  },
  {
    id: 'freshness',
    pattern:
      /\b(?:fresh\w*|stale\w*|real[- ]time|near[- ]real[- ]time|batch\w*|streaming|hourly|nightly|daily|minutes[- ]old|micro-?batch\w*)\b/,
  },
  {
    id: 'consistency',
    pattern:
      /\b(?:consisten\w+|exactly[- ]once|at[- ]least[- ]once|correct\w*|accura\w+|precision|recall|duplicates?)\b/,
  },
  { id: 'availability', pattern: /\b(?:availab\w+|uptime|durab\w+|reliab\w+|resilien\w+|downtime)\b/ },
  { id: 'throughput', pattern: /\b(?:throughput|concurren\w+|scale|scaling|capacity)\b/ },
  {
    id: 'complexity',
    pattern: new RegExp(
      String.raw`\b(?:${[
        String.raw`simplic\w+`,
        String.raw`simple`,
        String.raw`simpler`,
        String.raw`complex\w*`,
        String.raw`operational (?:burden|overhead|load)`,
        String.raw`maintenance`,
        String.raw`ops (?:burden|load|overhead)`,
        String.raw`moving parts`,
        String.raw`effort`,
        String.raw`engineering time`,
      ].join('|')})\b`,
    ),
  },
  {
    id: 'flexibility',
    pattern: /\b(?:flexib\w+|control|customi[sz]\w+|lock-?in|portab\w+|openness|open format)\b/,
  },
  { id: 'governance', pattern: /\b(?:security|privacy|governance|compliance|isolation|access control)\b/ },
  {
    id: 'delivery',
    pattern: /\b(?:time[- ]to[- ]market|ship (?:faster|sooner|later)|scope|coverage|breadth)\b/,
  },
];

const SUBJECT = `(?:${[
  `${PLATFORM}`,
  `${GENERIC_INFRA}`,
  `databricks`,
  `delta`,
  `expectations`,
  `lineage(?: graphs?)?`,
  `the (?:catalog|metastore|registry|platform|tool|feature|product|solution|system|service|lakehouse|engine|layer|new feature|dashboard|api|ui|integration)`,
  `our (?:platform|tool|product|solution|feature)`,
  `it`,
  `this`,
  `that`,
  `they`,
  `these`,
  `those`,
].join('|')})`;
const DESCRIPTIVE_VERB = `(?:${[
  `provides?`,
  `offers?`,
  `enables?`,
  `supports?`,
  `allows?`,
  `lets`,
  `gives?`,
  `includes?`,
  `delivers?`,
  `brings?`,
  `features?`,
  `comes with`,
  `handles?`,
  `manages?`,
  `ensures?`,
  `helps?`,
  `integrates?`,
  `has`,
  `have`,
  `contains?`,
  `stores?`,
  `tracks?`,
  `unifies`,
  `simplifies`,
  `automates?`,
  `powers?`,
  `empowers?`,
  `is (?:${[
    `a`,
    `an`,
    `the`,
    `built`,
    `designed`,
    `used`,
    `great`,
    `fully`,
    `highly`,
    `powerful`,
    `known`,
    `fast`,
    `open`,
    `available`,
    `ideal`,
    `perfect`,
    `critical`,
    `essential`,
    `important`,
    `key`,
    `optimi[sz]ed`,
    `responsible`,
  ].join('|')})`,
  `are (?:a|an|the|built|designed|used|available|powerful|great|key)`,
  `can (?:be used|be|warn|drop|fail|help|handle|process|scale|store|track|serve|run|detect|monitor|show)`,
  `acts as`,
  `serves as`,
  `combines?`,
  `leverages?`,
  `uses`,
  `adds?`,
  `accelerates?`,
  `optimi[sz]es?`,
  `speeds? up`,
  `improves?`,
  `scales?`,
  `processes`,
  `governs?`,
  `captures?`,
  `keeps?`,
  `makes? (?:it )?(?:easy|easier|possible|simple)`,
  `works with`,
  `connects?`,
  `exposes?`,
  `solves?`,
  `addresses`,
  `centrali[sz]es?`,
  `democrati[sz]es?`,
  `streamlines?`,
  `boosts?`,
  `drives?`,
  `computes?`,
  `shows?`,
  `surfaces?`,
  `records?`,
  `logs`,
  `monitors?`,
  `profiles?`,
  `generates?`,
  `detects?`,
  `indexes`,
  `serves`,
  `syncs?`,
  `runs`,
  `returns`,
  `describes?`,
  `covers?`,
  `lives`,
  `sits`,
].join('|')})`;

/**
 * "Unity Catalog provides unified governance", "Photon is a vectorized engine that ...": a product (or
 * a pronoun for one) as the subject within the first words, then a describing verb. Two anchored steps
 * (subject, then verb right after it) instead of one regex, which backtracked badly.
 */
export const DESCRIPTION_SUBJECT = new RegExp(
  `^(?:${[
    `and `,
    `also `,
    `additionally,? `,
    `plus,? `,
    `finally,? `,
    `then,? `,
    `moreover,? `,
    `furthermore,? `,
    `on top of that,? `,
    `in addition,? `,
  ].join('|')})?(?:the |our |a |an )?(?:[\\w'-]+ ){0,2}?${SUBJECT}\\b`,
);
export const DESCRIPTION_VERB = new RegExp(
  `^(?:'s?)?(?: [\\w'-]+){0,3}? (?:also |already |now |automatically |natively |additionally )?${DESCRIPTIVE_VERB}\\b`,
);

/** "We would add X, Y and Z": a wish list of features (list-shaped, checked in code). */
export const WISHLIST = new RegExp(
  String.raw`${[
    String.raw`\b(?:we|i|databricks|the team)(?: would| could| should| will| can| need to| want to| plan to|'d|'ll)? (?:also |then |really |just |first |next )?(?:${[
      String.raw`add`,
      String.raw`build`,
      String.raw`introduce`,
      String.raw`include`,
      String.raw`launch`,
      String.raw`provide`,
      String.raw`offer`,
      String.raw`create`,
      String.raw`ship`,
      String.raw`enable`,
      String.raw`support`,
      String.raw`integrate`,
      String.raw`implement`,
      String.raw`develop`,
      String.raw`improve`,
      String.raw`enhance`,
      String.raw`expand`,
      String.raw`invest in`,
      String.raw`market`,
      String.raw`promote`,
      String.raw`combine`,
      String.raw`turn on`,
    ].join('|')})\b`,
    String.raw`^(?:add|build|introduce|include|launch|provide|offer|create|ship|enable|support|integrate|implement|improve)\b`,
    String.raw`\bwith the following features\b`,
    String.raw`\bfeatures? (?:i would|i'd|we would|we'd|to) (?:build|add|ship)\b`,
  ].join('|')}`,
);

/** "With Unity Catalog, teams can ...", "There is also Photon, which ...": description by another route. */
export const DESCRIPTION_FRAME = new RegExp(
  `^(?:with|using|through|via) (?:the |our )?${SUBJECT},? (?:${[
    `users`,
    `teams`,
    `customers`,
    `you`,
    `companies`,
    `organi[sz]ations`,
    `engineers`,
    `admins`,
    `analysts`,
    `everyone`,
  ].join('|')}) (?:can|get|are able to)\\b|^there (?:is|are) (?:also )?(?:the |a |an )?${SUBJECT}\\b`,
);

/** "- Unity Catalog: centralized governance and lineage": a product as a label, a feature as the text. */
export const PRODUCT_LABEL = new RegExp(`^(?:the )?(?:[\\w'-]+ ){0,2}?${SUBJECT}[^:.]{0,25}:\\s`);

/** "We could also add a Slack integration": one more feature, no reason. */
export const ALSO_ADD = new RegExp(
  String.raw`\b(?:we|i)(?: would| could| should| will| can|'d|'ll) (?:also|additionally|then also) (?:${[
    String.raw`add`,
    String.raw`build`,
    String.raw`introduce`,
    String.raw`include`,
    String.raw`launch`,
    String.raw`offer`,
    String.raw`create`,
    String.raw`ship`,
    String.raw`support`,
    String.raw`integrate`,
  ].join(
    '|',
  )})\b|\b(?:features?|capabilities)(?: of [\w ]{1,30}?)? (?:like|such as|including|include|would include|would be|are):?\s`,
);

/** Building whatever is asked for, or everything at once: no choice was made. */
export const BUILD_EVERYTHING = new RegExp(
  String.raw`${[
    String.raw`\b(?:build|add|ship|do|include|turn on|enable|combine|support|offer|integrate)(?: \w+){0,2} (?:all|everything|every one|each) (?:${[
      String.raw`of (?:these|them|the above|it)`,
      String.raw`(?:the )?(?:customers?|they|users?|teams?) (?:asked|requested|want)`,
      String.raw`features?`,
      String.raw`capabilities`,
      String.raw`requests?`,
    ].join('|')})`,
    String.raw`\beverything (?:the |our )?(?:customers?|users?|teams?|they) (?:asked|requested|want)`,
    String.raw`\b(?:highly|most|frequently) requested\b`,
    String.raw`\bbecause (?:customers?|users?|banks?|they|teams?) asked(?: for it)?\b`,
    String.raw`\ball (?:four|three|five|of them) into one\b`,
  ].join('|')}`,
);

/** Words that make a short bullet a claim rather than a bare feature name. */
export const VERBISH = new RegExp(
  String.raw`${[
    String.raw`\b(?:${[
      String.raw`is`,
      String.raw`are`,
      String.raw`was`,
      String.raw`were`,
      String.raw`be`,
      String.raw`has`,
      String.raw`have`,
      String.raw`had`,
      String.raw`do`,
      String.raw`does`,
      String.raw`did`,
      String.raw`will`,
      String.raw`would`,
      String.raw`can`,
      String.raw`could`,
      String.raw`should`,
      String.raw`must`,
      String.raw`may`,
      String.raw`might`,
      String.raw`i`,
      String.raw`we`,
      String.raw`they`,
      String.raw`because`,
      String.raw`so`,
      String.raw`if`,
      String.raw`when`,
      String.raw`but`,
      String.raw`costs?`,
      String.raw`takes?`,
      String.raw`loses?`,
      String.raw`breaks?`,
      String.raw`needs?`,
      String.raw`wants?`,
      String.raw`means`,
    ].join('|')})\b`,
    String.raw`\?`,
    String.raw`:\s*\S`,
  ].join('|')}`,
);

/**
 * A short bullet that opens with a step of work rather than a thing to have: "Confirm the id is the bot
 * account", "Expect runtime back near 12 min", "Compare a fast run and a slow one". A checklist of steps
 * is a plan, not a list of features. (Verbs that adopt a feature, "add", "enable", "use", "ship", are
 * left out: "Enable lineage" is a feature named.)
 */
export const STEP_START = new RegExp(
  String.raw`^(?:${[
    String.raw`confirm`,
    String.raw`check`,
    String.raw`expect`,
    String.raw`compare`,
    String.raw`re-?run`,
    String.raw`run`,
    String.raw`measure`,
    String.raw`verify`,
    String.raw`ask`,
    String.raw`tell`,
    String.raw`find`,
    String.raw`inspect`,
    String.raw`profile`,
    String.raw`look (?:at|for)`,
    String.raw`read`,
    String.raw`watch`,
    String.raw`test`,
    String.raw`try`,
    String.raw`investigate`,
    String.raw`identify`,
    String.raw`isolate`,
    String.raw`backfill`,
    String.raw`restore`,
    String.raw`revert`,
    String.raw`roll back`,
    String.raw`salt`,
    String.raw`repartition`,
    String.raw`raise`,
    String.raw`lower`,
    String.raw`drop`,
    String.raw`delete`,
    String.raw`split`,
    String.raw`pin`,
    String.raw`escalate`,
    String.raw`notify`,
    String.raw`page`,
    String.raw`pause`,
    String.raw`decide`,
    String.raw`agree`,
    String.raw`write down`,
  ].join('|')})\b`,
);

/**
 * "Rather than" inside a purpose clause describes the state wanted, not an option given up: "a neutral
 * timeline so the conversation would be grounded in facts rather than opinions", "a sync so issues
 * would be raised early rather than by escalation email". Such a clause is read without it.
 */
export const PURPOSE_CONTRAST =
  /\bso (?:that )?(?:[\w'-]+ ){1,4}(?:would|could|will|can|might|should|gets?|got|stays?|stayed)(?: [\w'-]+){1,6} rather than(?: [\w'-]+){1,4}/;

/**
 * A trade-off claimed away: "the trade-off is speed versus control, and this approach gives the bank
 * both". A sentence that says nothing is lost gives nothing up, whatever trade-off words it uses.
 */
export const NOTHING_GIVEN_UP = new RegExp(
  String.raw`\b(?:${[
    String.raw`gives? (?:us |them |you |the \w+ |customers )?both`,
    String.raw`get(?:s|ting)? both`,
    // ("can't have both" is the opposite: a trade-off stated.)
    String.raw`(?<!(?:can't|cannot|can not|won't|don't|doesn't|couldn't|never) )(?:have|keep) both`,
    String.raw`best of both worlds`,
    // Claimed away: "so the trade-off is minimised", "which is small relative to the value".
    String.raw`trade-?offs? (?:is|are|gets?|becomes?) (?:minimi[sz]ed|avoided|eliminated|removed|negligible|minimal)`,
    String.raw`(?:small|negligible|minor|trivial) (?:relative|compared) to the (?:value|upside|benefits?|gain)`,
    String.raw`without (?:any |a )?(?:compromis\w*|sacrific\w*|trade-?offs?|giving (?:anything )?up|downsides?)`,
    String.raw`no (?:real |actual |big )?(?:trade-?offs?|downsides?)`,
    // "What they give up: nothing really".
    String.raw`(?:give up|giving up|gives up|lose|losing|trade-?off|downside)s?:? (?:is |would be )?(?:nothing|none|very little)\b`,
    String.raw`(?:clearly|obviously|easily) (?:worth it|outweighs?)`,
    String.raw`far outweighs?`,
    // "nothing needs to be cut", "I don't see a real downside", "here the value clearly wins"
    // (writers 65 and 66, train).
    String.raw`nothing (?:really )?(?:needs|has) to (?:be )?(?:cut|given up|dropped|sacrificed|lost)`,
    String.raw`nothing (?:is|gets) (?:really )?(?:lost|given up|sacrificed|cut)`,
    String.raw`(?:don't|do not|doesn't|does not) (?:see|face) (?:a |any )?(?:real |big |significant )?(?:downside|trade-?off)s?`,
    String.raw`the value (?:clearly |easily |obviously )?wins`,
    // "I wouldn't cut any scope": refusing to give anything up is not a give-up (writer 65, train).
    String.raw`(?:wouldn't|won't|would not|will not|don't|do not|shouldn't|should not) (?:need to |have to )?(?:cut|drop|give up|sacrifice|trade away|lose|descope) (?:any|anything)\b`,
    String.raw`(?:cut|drop|give up|sacrifice|descope|lose) nothing`,
    // "So we don't really give up control"; "all of these pieces are needed, so I'd ship them together".
    String.raw`(?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not) (?:really|actually|truly) (?:give up|lose|sacrifice|trade away)`,
    String.raw`all of (?:these|them|it|this) (?:pieces |features |parts |capabilities )?(?:are|is) (?:needed|required|essential|must-haves?)`,
  ].join('|')})\b`,
);

/**
 * Balance talk under a "what I'm not doing" or "trade-offs" heading: "we need to balance information
 * with simplicity", "we should be careful about performance". It names nothing left out, so the
 * heading's tag does not flow to it (unless it also gives something up: GIVES_UP).
 */
export const HEDGE = new RegExp(
  String.raw`\b(?:${[
    String.raw`balanc(?:e|es|ed|ing)`,
    String.raw`strike a balance`,
    String.raw`the right balance`,
    String.raw`be careful`,
    String.raw`careful (?:about|to|not|with)`,
    String.raw`keep (?:it|the experience|things|the ux|the product) simple`,
    String.raw`while still`,
    String.raw`trade-?off is between`,
    String.raw`trade-?off between`,
    String.raw`phase the rollout`,
    String.raw`most important (?:features|things|capabilities) (?:come )?first`,
  ].join('|')})\b`,
);

/**
 * A trade-off named only between two abstractions, "time versus quality, and we chose quality": it
 * says nothing about what was given up. Without a figure in the sentence it gives nothing up.
 */
const ABSTRACTION = String.raw`(?:time|quality|speed|cost|scope|control|agility|governance|flexibility|simplicity|innovation|stability|risk|value|velocity|safety|security|usability|compliance|performance|reliability|accuracy|efficiency|growth|convenience|privacy|depth|breadth|focus)`;
export const ABSTRACT_TRADE = new RegExp(
  String.raw`\b(?:trade-?off|tension|balance|choice)s? (?:is |was |here is |here was )?(?:between )?${ABSTRACTION}(?: and| vs\.?| versus| over| against| or) ${ABSTRACTION}\b|\bthe (?:main |real |key |big )?trade-?off (?:is|was) ${ABSTRACTION}\W*$`,
);
