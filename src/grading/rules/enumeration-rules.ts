import { PLATFORM } from './lexicon-products.js';

/**
 * Feature enumeration, as a person reads it: a sentence whose job is to name a product or capability
 * (what it does, that we should use or enable it, what it is "for") without anything a decision rests
 * on: who hurts and how much, what is given up, how success is measured. These are the patterns for
 * "naming a product"; what counts as reasoning is read from the sentence's tags (enumeration.ts).
 * Matched on lower-cased text.
 */

/** "I would use Photon", "we should enable liquid clustering", "recommend turning on predictive optimization". */
export const ADOPTION_VERBS = [
  'use',
  'using',
  'enable',
  'enabling',
  'turn on',
  'turning on',
  'adopt',
  'adopting',
  'leverage',
  'leveraging',
  'add',
  'adding',
  'set up',
  'setting up',
  'configure',
  'move (?:them |it |the \\w+ )?to',
  'moving (?:them |it )?to',
  'switch(?:ing)? to',
  'roll(?:ing)? out',
  'deploy',
  'implement',
  'introduce',
  'rely on',
  'bring in',
  'put',
  'apply',
  'run',
  'store',
  'migrate (?:\\w+ )?to',
];

export const ADOPTION = new RegExp(
  String.raw`${[
    String.raw`\b(?:i|we|you|they|customers|teams)(?:${[
      String.raw` would`,
      String.raw` will`,
      String.raw` should`,
      String.raw` can`,
      String.raw` could`,
      String.raw` need to`,
      String.raw` must`,
      String.raw` want to`,
      String.raw` plan to`,
      String.raw`'d`,
      String.raw`'ll`,
    ].join(
      '|',
    )})? (?:also |then |first |next |simply |just |definitely |strongly )?(?:recommend(?:ing)? |suggest(?:ing)? |propose )?(?:they |them |the team |customers |to )?(?:${ADOPTION_VERBS.join('|')})\b`,
    String.raw`^(?:${ADOPTION_VERBS.join('|')})\b`,
    String.raw`\b(?:recommend|suggest|propose)(?:ing)? (?:${ADOPTION_VERBS.join('|')}|that (?:they|we|customers|teams) (?:${ADOPTION_VERBS.join('|')}))\b`,
  ].join('|')}`,
);

/** "Unity Catalog for governance", "Photon to speed things up": a product with only a purpose attached. */
export const PURPOSE_AFTER_PRODUCT = new RegExp(
  String.raw`\b${PLATFORM}\b(?: [\w-]+){0,2} (?:for|to|so (?:that )?|which (?:will|would|can|gives|makes)|that (?:will|would|can|gives|makes))\b`,
);

/**
 * "**Tags** for sensitivity: mark tables as PII", "Lineage for context: show where data comes from":
 * an item labelled with a thing (three words at most) and its purpose (two), product name or not
 * (writer 65, train); "a one-page sign-off report for the owner:" is a sentence, not a label. Such an item
 * names a feature; only a user, a cost, a number or a give-up in it makes it reasoning.
 */
export const PURPOSE_LABEL = /^(?:[\w'-]+ ){0,2}[\w'-]+ for [\w-]+(?: [\w-]+)?\s*:\s/;

/** "**System tables.** They record ...", "Unity Catalog - governance": a product as the lead of a bullet. */
export const PRODUCT_LEAD = new RegExp(
  String.raw`^(?:[\w'-]+ ){0,2}?${PLATFORM}(?: [\w-]+){0,3}\s*(?:[.:]|\s-\s|\s–\s)\s`,
);

/** Turning everything on, or doing whatever was asked: no choice at all. */
export const EVERYTHING = new RegExp(
  String.raw`${[
    // Not one thing put on each of them: "enable usage tracking on all of them", "use Unity Catalog for
    // each of them in that order" (writers 2 and 59, train) choose one feature.
    String.raw`\b(?:enable|turn on|use|adopt|add|build|ship|roll out|implement|combine|bring together|recommend)(?: (?!(?:on|for|in|across|to|at|with|over)\b)\w+){0,3} (?:all|every one|each|everything)(?: of)? (?:${[
      String.raw`these`,
      String.raw`them`,
      String.raw`the above`,
      String.raw`those`,
      String.raw`this`,
      String.raw`the (?:features|capabilities|building blocks|pieces|options)`,
    ].join('|')})\b`,
    String.raw`\benable (?:everything|all)\b`,
    // "turn on everything that speeds up scans", "I'd turn all of these on for every large table",
    // "turn on the rest of the performance stack too" (writer 61, train).
    String.raw`\b(?:turn(?:ing)? on|enabl(?:e|ing)|switch(?:ing)? on) everything\b`,
    String.raw`\b(?:turn|switch)(?:ing)? (?:all|every one|each) of (?:these|them|those) on\b|\b(?:turn|switch)(?:ing)? (?:these|them|those) all on\b`,
    String.raw`\b(?:turn(?:ing)? on|enabl(?:e|ing)|switch(?:ing)? on|adopt(?:ing)?) the (?:rest of the|whole|full|entire) (?:[\w-]+ )?(?:stack|suite|set of features|feature set|toolkit)\b`,
    // "I would recommend enabling all of it for every team" (not "we could build all of it ourselves").
    String.raw`\b(?:enabl(?:e|ing)|turn(?:ing)? on|recommend(?:ing)?)(?: \w+){0,2} all of it\b`,
    String.raw`\ball of (?:these|them) (?:together|from (?:day one|the start|the first day))\b`,
    // "Here's what I would turn on for the customer before we sign:", then the list (a dev miss, writer 38).
    String.raw`\bwhat (?:i|we)(?:'d| would| will| should)? (?:turn on|enable|switch on)\b`,
    // "Customers need to understand everything data quality monitoring can do:" (a dev miss, writer 18).
    String.raw`\beverything (?:[\w-]+ ){0,4}(?:can|could) do\b`,
    String.raw`\bbring (?:them|these|the \w+) together\b`,
    String.raw`\b(?:pieces|building blocks|capabilities) (?:already )?(?:exist|are there)\b`,
  ].join('|')}`,
);

/**
 * What a product-adoption sentence must say to count as giving something up. "Use access requests
 * instead of email" replaces the status quo; it gives nothing up, so a plan of such sentences is
 * still a list of products.
 */
export const GIVES_UP = new RegExp(
  String.raw`\b(?:${[
    String.raw`giv(?:e|es|ing) up`,
    String.raw`gave up`,
    String.raw`at the (?:cost|expense|price) of`,
    String.raw`won't`,
    String.raw`will not`,
    String.raw`not (?:building|doing|shipping|supporting|in v1|for v1|now)`,
    String.raw`defer\w*`,
    String.raw`skip\w*`,
    String.raw`out of scope`,
    String.raw`accept(?:s|ed|ing)? (?:a |some |higher |slower |lower |more |less |that )`,
    String.raw`lose`,
    String.raw`losing`,
    String.raw`slower`,
    String.raw`costlier`,
    String.raw`more expensive`,
    String.raw`later`,
    String.raw`the (?:catch|downside|cost|price) (?:is|was)`,
  ].join('|')})\b`,
);

/** A sentence of at most this many words with a product in it and no verb is a product named as an item. */
export const LABEL_ITEM_WORDS = 4;

/**
 * The role a component plays, written before its product in a box-by-box design: "Storage: Delta
 * Lake.", "Ingestion: Auto Loader." The role is read off, and what is left is a product label.
 */
export const ROLE_LABEL =
  /^(?!(?:what|why|how|who|when|where|which)\b)[a-z][a-z /&+-]{0,24}:\s+(?=[^:]+$)(?!(?:not|no|never)\b)/;
