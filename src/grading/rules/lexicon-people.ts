import { alt } from './alternation.js';

/**
 * Who an answer can be about: the specific people whose workflow breaks (the named user the articles
 * ask for), and people in general, a weak substitute. Regular-expression alternations over lower-cased
 * text, kept apart from the rules so a reviewer can extend a list without touching logic.
 */

/** Specific people whose workflow can break: the named user the articles ask for. */
export const PERSONA = alt(
  `(?:data|ml|machine[- ]learning|mlops|ai|analytics|platform|data[- ]platform|software|backend|site[- ]reliability|reliability|support|solutions|field|sales|security|devops|infra(?:structure)?|app(?:lication)?s?|genai|llm|qa|integration|ingestion|pipeline|etl|bi|cloud|streaming|ops|on-?call|feature|research) engineers?`,
  `data scientists?|research scientists?|researchers?|quants?`,
  `(?:data|bi|business|financial|finance|security|product|marketing|risk|fraud|operations|ops|revenue|sales|clinical|credit|support|pricing|supply[- ]chain) analysts?|analysts?`,
  `(?:workspace|account|platform|cloud|data|database|system|it|security|metastore|catalog|unity catalog) (?:admins?|administrators?|owners?)|admins?|administrators?|dbas?|sres?`,
  `finops(?: teams?| leads?| folks)?|(?:finance|procurement|compliance|governance|legal|risk|audit|security|privacy|platform|data|ml|analytics|ai|bi) (?:teams?|leads?|officers?|managers?|owners?|reviewers?|stewards?)`,
  `auditors?|(?:cfo|cio|cto|cdo|ciso|vp of (?:data|engineering|analytics))s?|heads? of (?:data|ml|analytics|platform|engineering|ai|finance)|data stewards?|stewards?`,
  `(?:app |application |python |sql |notebook |dbt |spark )?developers?|practitioners?|(?:model|pipeline|dashboard|table|report|job|data|product) owners?|operators?|recipients?|on-?call`,
  `(?:bi|dashboard|report|sql|notebook|excel|tableau|power bi|looker) (?:users|consumers|authors|builders?)|(?:support|customer success|account|solutions|field) (?:teams?|engineers?|architects?|reps?|managers?)`,
  `(?:team|tech|engineering|eng|data|platform|support|sales|finance|security|ml|analytics|delivery|release|site|store|ops|operations) (?:leads?|managers?|directors?|heads?)`,
  `(?:a|the|every|each) team (?:building|running|shipping|maintaining|that (?:builds|runs|ships|owns|maintains)|responsible for|who)|builders?|(?:support|sales|service|call[- ]center|customer|contact[- ]center) agents?|(?:sales )?reps|merchants|sellers|clinicians|doctors|nurses|traders|underwriters|adjusters|planners|marketers|editors|dispatchers|recruiters|controllers|accountants|bookkeepers|actuaries|risk officers|fraud investigators|investigators|agents who|data (?:providers?|vendors?|consumers?|owners?)|partners? who`,
);

/** People in general: a weak substitute for a named user. */
export const GENERIC_USER = alt(
  'users?',
  'customers?',
  'clients?',
  'people',
  'everyone',
  'stakeholders?',
  'enterprises?',
  'companies',
  'organi[sz]ations?',
  'businesses',
  'end[- ]users?',
  'personas?',
);
