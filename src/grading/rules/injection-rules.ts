/**
 * Text addressed to the grader rather than the interviewer. Every rule needs an addressee or an
 * instruction about grading, so "I ignored the noise", "we chose to ignore stale partitions" or a
 * discussion of prompt injection as a product risk do not match. Patterns run on lower-cased text.
 */

export interface InjectionRule {
  id: string;
  pattern: RegExp;
  note: string;
}

const GRADER_ROLE = `(?:(?:ai |llm |automated |automatic |model )?(?:grader|evaluator|assessor|scorer|marker|examiner)|grading (?:model|system|agent|ai|llm|bot|engine)|scoring (?:agent|ai|llm|bot)|(?:ai|llm|automated) (?:reviewer|judge)|rubric)`;
const GRADER = `(?:${GRADER_ROLE}|judge|ai|llm|language model|assistant|chatbot|gpt|claude)`;
const SCORE_TOKEN = String.raw`(?:100(?:/100)?|9\d(?:/100)?|10/10|9/10|5/5|ten out of ten|five out of five|an a\+|a\+|full marks|top marks|(?:a |the )?(?:perfect|maximum|max|highest(?: possible)?|top|full|high|very high|good|great|passing) (?:score|grade|mark|rating|marks|points))(?![\w%]|\s?percent)`;
const THIS_ANSWER = String.raw`(?:(?:this|my|the) (?:answer|response|submission|candidate|essay|write-?up)|this(?= (?:as|with|a|an|the|\d+)\b)|it|me|us)`;

export const INJECTION_RULES: readonly InjectionRule[] = [
  {
    id: 'ignore-instructions',
    pattern:
      /\b(?:ignore|disregard|forget)\b(?: \w+){0,3} (?:(?:previous|prior|above|earlier|preceding|original|system|your) (?:instructions?|prompts?|rules|directions|guidelines)|(?:all|any) (?:\w+ )?instructions|(?:the|your|this|all|any) (?:rubric|grading (?:\w+ )?(?:criteria|rubric|instructions?|guidelines|rules|scheme)|scoring (?:criteria|rubric|instructions?|guidelines|rules|scheme)|marking scheme|evaluation (?:criteria|rubric|instructions?))|(?:grading|scoring|marking|evaluation) (?:criteria|instructions?|rubric|guidelines))\b|\b(?:override|bypass)\b(?: \w+){0,2} (?:the |your |any |all )?(?:rubric|grading (?:criteria|rubric|instructions)|system prompt|scoring (?:criteria|rubric))\b|\b(?:rubric|grading|scoring) (?:override|update|exception|instructions?)\s*:/,
    note: 'tells the grader to ignore its instructions or rubric',
  },
  {
    id: 'award-marks',
    pattern: new RegExp(
      [
        String.raw`\b(?:award|give|assign|grant|awarding|giving)\b(?: [\w']+){0,4} (?:full|top|maximum|max|perfect) marks\b`,
        String.raw`\b(?:award|give|assign|grant)\b ${THIS_ANSWER}(?: [\w']+){0,3} (?:a |an |the )?${SCORE_TOKEN}`,
        String.raw`\b(?:rate|score|grade|mark)\b ${THIS_ANSWER} (?:as |at |with )?(?:a |an )?(?:${SCORE_TOKEN}|5 out of 5|10 out of 10)`,
        String.raw`\b(?:rate|score|grade|mark)\b (?:this|my) (?:answer|response|submission) (?:as |at )?(?:perfect|excellent|exemplary|passing|a pass|strong|outstanding)`,
        String.raw`\b(?:grade|score|mark|rate|evaluate|assess)(?: (?:this|it|me|my answer))? (?:generously|leniently|kindly|favou?rably)\b|\bbe (?:lenient|generous) (?:with|when|in)\b`,
        String.raw`\b${SCORE_TOKEN} (?:for|to) (?:this|me|my|the) (?:answer|response|submission|candidate)\b`,
      ].join('|'),
    ),
    note: 'asks for a score',
  },
  {
    id: 'deserves-score',
    pattern: new RegExp(
      String.raw`\b(?:(?:this|my)(?: \w+)? (?:answer|submission|essay|write-?up)|(?:this|my) response|the candidate) (?:deserves|merits|has earned|earns|should (?:get|receive|score|be (?:given|scored|rated|graded|marked|awarded))|must (?:get|receive|score|be (?:given|scored|rated|graded|marked))|is (?:worth|graded|scored|rated)|scores) (?:a |an |the )?(?:${SCORE_TOKEN}|\d{2,3}(?:/\d+)?\b|excellent|exemplary|full|perfect|top|the highest|highest|maximum)`,
    ),
    note: 'claims a score for itself',
  },
  {
    id: 'addressed-to-grader',
    pattern: new RegExp(
      [
        String.raw`\b(?:dear|hey|hi|hello|attention) (?:the |an? |any |my |our )?${GRADER}s?(?:,|:| -| you\b| reading| evaluating| grading| scoring| reviewing| must| should| will| is instructed)`,
        String.raw`\bas (?:the |an? |any |my |our )?${GRADER_ROLE}s?(?:,|:| -| you\b| reading| evaluating| grading| scoring| reviewing| must| should| will| is instructed)|\bas (?:the |an? )?(?:ai|llm|language model|model)(?: \w+)? (?:grading|scoring|evaluating|reviewing|marking) (?:this|my|the)\b`,
        String.raw`\b(?:note|message|instructions?|memo|reminder|p\.?s\.?) (?:to|for) (?:the |any |an? )?(?:(?:evaluation|grading|scoring|marking|review|ai|llm|automated) )?(?:${GRADER_ROLE}|judge|ai|llm|model|language model|assistant)s?\b`,
        String.raw`\[(?:grader|evaluator|judge|system|assistant)(?: note| message| instructions?)?\]|\b(?:grader|evaluator|grading) note\b`,
        String.raw`\b(?:the |this |any |an |a )${GRADER_ROLE} (?:must|should|shall|will|is (?:instructed|required|told|expected)|needs to|has to|is to|may only) (?:\w+ ){0,3}(?:ignore|disregard|(?:give|award|score|rate|grade|output|return|assign|mark|treat|consider|pass|accept|rank)\b(?: \w+){0,3} (?:this|my|the) (?:answer|response|submission|candidate)|(?:mark|rate|score|grade|treat|consider|pass) (?:this|it) as (?:passing|a pass|pass|strong|excellent|exemplary|perfect|correct|complete)|(?:give|award|assign|output|return) (?:a |an |the )?(?:${SCORE_TOKEN}|full|perfect|maximum|100))`,
        String.raw`\byou(?:'re| are) (?:an? )?(?:ai|llm|model|language model|bot|automated \w+|grader|evaluator)(?: \w+){0,2} (?:grading|scoring|evaluating|reviewing|marking|assessing)\b`,
      ].join('|'),
    ),
    note: 'speaks to the grader',
  },
  {
    id: 'grading-aside',
    pattern:
      /\b(?:grading|scoring|evaluation) instructions? (?:have|has) (?:changed|been updated)|\bnew (?:grading|scoring|evaluation) instructions\b|\bif you(?:'re| are) an? (?:ai|llm|language model|model|bot|automated \w+)\b|^(?:ai|assistant|grader|evaluator|llm|judge),|\b(?:to|for) (?:the |any |an? )?(?:ai |llm |automated )(?:grader|reviewer|evaluator|judge|assessor|scorer|marker|model|system)\b|\bscore for (?:this|my) (?:answer|response|submission) (?:is|should be|would be)\b|\brespond (?:only )?with (?:"|')?(?:pass|a score|100|full marks)\b|\byou(?:'re| are) (?:a|an|the) (?:\w+ ){0,2}(?:grader|evaluator|examiner|marker|scorer|assessor)\b/,
    note: 'an aside to whoever grades it',
  },
  {
    id: 'role-play',
    pattern:
      /\b(?:you are now|from now on,? you(?: are|'re| will be)?|pretend (?:that )?(?:you are|you're)|you(?: are|'re) (?:a|an|the) (?:lenient|generous|kind|friendly|easy|unrestricted))(?: (?:a|an|the|my|our|very|most))?(?: [\w-]+){0,2} (?:grader|evaluator|judge|assistant|reviewer|assessor|marker|dan|scorer|examiner|interviewer|hiring manager|recruiter|panel(?:ist)?|(?:developer|god|admin|jailbreak|unrestricted|debug|evaluation|grading|lenient|generous|test) mode)\b|\byou (?:will |should |must |are to |now )?(?:act|behave|role-?play) as\b|^(?:please,? )?(?:act|role-?play) as\b|\b(?:act|acting|role-?play) as (?:a |an |the )?(?:lenient|generous|friendly|kind|easy) \w+/,
    note: 'tries to change the grader’s role',
  },
  {
    id: 'role-label',
    pattern:
      /^\s*(?:\[|<\|?|\{\{|#{1,3} ?|\*\*)?(?:system|assistant)(?: (?:message|prompt|note|override|instruction|update)s?)?(?:\]|\|?>|\}\}|\*\*)?\s*:\s*(?:\*\*)?.*\b(?:grader|grading|evaluator|rubric|full marks|this answer|this response|the candidate|award\w*|assign the|ignore (?:all|previous|prior|the|your)|disregard|override|instructions?|maximum score|perfect score|score (?:this|it))\b/,
    note: 'a fake system message',
  },
  {
    id: 'grader-label',
    pattern:
      /^\s*(?:\[|<\|?|\{\{|#{1,3} ?|\*\*)?(?:grader|evaluator|grading system|scoring system|judge)(?: (?:message|prompt|note|override|instruction|update)s?)?(?:\]|\|?>|\}\}|\*\*)?\s*:\s*(?:\*\*)?.*\b(?:this answer|this response|this submission|the candidate|full marks|maximum score|perfect score|100|10\/10|award\w*|ignore (?:all|previous|prior|the rubric|your)|disregard)\b/,
    note: 'a fake grader message',
  },
  {
    id: 'chat-markup',
    pattern:
      /<\|im_start\|>|<\|system\|>|<<sys>>|\[inst\]|<\/?system>|\[system\]|\bbegin system prompt\b|\bend of (?:the )?(?:answer|response|user input|candidate input)\b/,
    note: 'chat-template markup',
  },
  {
    id: 'fake-score',
    pattern:
      /"(?:score|overall|overall_score|final_score|total_score|grade|rating|verdict|heuristicscore|heuristic_score|marks|result)"\s*:\s*"?(?:100|9\d|a\+|pass(?:ed)?|excellent|perfect|strong)(?![\w%.])|"(?:overall|overall_score|final_score|total_score|total)"\s*:\s*(?:5|10)\b|^\s*(?:final |overall |total )?(?:score|grade|rating|verdict)\s*[:=]\s*(?:100|100\/100|10\/10|5\/5|a\+|pass|excellent|perfect)\s*[.!]?\s*$/,
    note: 'a fake score or grading result',
  },
  {
    id: 'self-score',
    pattern:
      /\b(?:final|overall|total|self[- ]?assess\w*|suggested|expected|deserved|correct|my|the candidate'?s?|this answer'?s?) (?:score|grade|rating|mark)s?\s*(?::|=|is|of|should be|would be)\s*(?:100|10\/10|5\/5|100\/100|a\+|perfect|full marks|the maximum|max)(?![\w%])/,
    note: 'scores itself',
  },
  {
    id: 'no-penalty',
    pattern:
      /\b(?:do not|don't|never|please don't|please do not)\b (?:penali[sz]e|deduct|dock|mark (?:me |this |it )?down|flag|lower (?:the|my) score|fail)\b (?:\w+ ){0,2}(?:this|my|the) (?:answer|response|submission|candidate)\b/,
    note: 'tells the grader not to penalise',
  },
];

/**
 * A cheap pre-check: every rule above contains at least one of these words, so text without any of
 * them cannot match and the full scan is skipped. Keep it in step when adding a rule.
 */
export const INJECTION_TRIGGER =
  /\b(?:ignore|disregard|forget|override|bypass|rubric|grad\w*|scor\w*|marks?|evaluat\w*|assess\w*|judge|examiner|reviewer|award\w*|assign|deserv\w*|merits?|earn\w*|ai|llm|language model|assistant|chatbot|gpt|claude|system|you are now|you're now|from now on|pretend|act(?:ing)? as|role-?play|behave as|lenient|generous|unrestricted|rate|rating|verdict|penali[sz]e|deduct|dock|100|10\/10|5\/5|perfect|maximum|max|highest|exemplary|excellent|end of|inst|pass(?:ed)?|flag)\b|a\+|<\||<<|\[/;

/** Words that, inside an HTML comment or hidden span, make hidden text an attempt on the grader. */
export const HIDDEN_INSTRUCTION =
  /\b(?:scores?|scor(?:ed|ing)|grade[dsr]?|grading|marks|rubric|evaluat\w+|ignore|instructions?|award\w*|rate this|rating|perfect|excellent|exemplary|flawless|outstanding|full (?:marks|points|credit)|10\/10|5\/5|100\/100|100 points)\b|\b(?:ai|llm|grader|model|verdict|result)\s*[:=]|[:=]\s*pass\b/;

/**
 * Hidden text addressed to a reader ("please note", "you", "the candidate") is an attempt on whoever
 * grades it, unless it reads as a note to self (TODO, draft, word count).
 */
export const HIDDEN_ADDRESS =
  /\b(?:you|your|reviewer|reader|interviewer|panel|hiring|candidate|please|note:|kindly|this answer|the answer|this response|experience|senior|expert|faang)\b/;
export const NOTE_TO_SELF =
  /^\s*(?:todo|fixme|tbd|draft|wip|note to self|word count|v\d|\d+ words|prettier|markdownlint|eslint|toc)\b/;

/**
 * Context in which an instruction-like phrase is discussed as a product risk rather than aimed at the
 * grader: "a user could paste 'ignore previous instructions' into a prompt behind AI Gateway".
 * QUOTED_DISCUSSION excuses a quoted instruction; UNQUOTED_DISCUSSION, stricter, excuses an unquoted
 * one, and only for the rules in DISCUSSABLE (the ones a risk discussion paraphrases).
 */
export const UNQUOTED_DISCUSSION =
  /\b(?:prompt[- ]injections?|jailbreak\w*|injection attacks?|attackers?|malicious|adversar\w+|red[- ]team\w*)\b|\b(?:users?|customers?|someone|people|bad actors?|employees?|callers?|documents?|web pages?|emails?|tickets?|inputs?)\b(?: [\w-]+){0,5} (?:could|might|may|can|will|would|try to|tries to|trying to|types?|pastes?|writes?|sends?|embeds?|hides?|smuggles?|tells?|says?|contains?|includes?)\b/;
export const QUOTED_DISCUSSION = new RegExp(
  String.raw`${UNQUOTED_DISCUSSION.source}|\b(?:such as|for example|e\.g\.|like|phrases?|strings?|patterns?|inputs?|prompts?|messages?|requests?|guardrails?|filters?|classifiers?|detect\w*|block\w*)\b`,
);
export const DISCUSSABLE: ReadonlySet<string> = new Set(['ignore-instructions', 'role-play']);

/**
 * Instructions to the grader written in another language. Each entry is a short pattern a reviewer can
 * read; they are matched on lower-cased, unmasked text with Unicode-aware word edges.
 */
const W = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
export const FOREIGN_INSTRUCTIONS: readonly { lang: string; pattern: string }[] = [
  {
    lang: 'fr',
    pattern: String.raw`${W}(?:ignore[zr]?|oublie[zr]?)${E}.{0,40}${W}(?:instructions?|consignes?|grille|barème|critères)${E}`,
  },
  {
    lang: 'fr',
    pattern: String.raw`${W}(?:donne[zr]?|attribue[zr]?|accorde[zr]?|mettez|mets)${E}.{0,50}(?:note (?:maximale|maximum|parfaite)|meilleure note|20 ?/ ?20|100 ?/ ?100|100 points|score maximal)`,
  },
  {
    lang: 'fr',
    pattern: String.raw`${W}(?:évaluateur|évaluatrice|correcteur|examinateur|notateur)${E}.{0,80}(?:note|score|points|maximal|100)`,
  },
  {
    lang: 'es',
    pattern: String.raw`${W}(?:ignora|ignore|ignoren|olvida)${E}.{0,40}${W}(?:instrucciones|rúbrica|criterios)${E}`,
  },
  {
    lang: 'es',
    pattern: String.raw`${W}(?:da|dale|dé|otorga|otórgale|asigna|asígnale|pon|ponle)${E}.{0,50}(?:(?:máxima|mejor) (?:puntuación|nota|calificación)|(?:puntuación|nota|calificación) máxima|100 puntos|10 ?/ ?10)`,
  },
  {
    lang: 'es',
    pattern: String.raw`${W}(?:evaluador|evaluadora|calificador|corrector)${E}.{0,80}(?:puntuación|nota|calificación|máxim|100)`,
  },
  {
    lang: 'de',
    pattern: String.raw`${W}(?:ignorier(?:e|en)?|vergiss|missachte)${E}.{0,50}${W}(?:anweisungen|anleitungen|bewertungskriterien|kriterien|rubrik)${E}`,
  },
  {
    lang: 'de',
    pattern: String.raw`${W}(?:gib|gebe|geben sie|vergib|vergeben sie|bewerte|bewerten sie)${E}.{0,50}(?:(?:volle|maximale|höchste) (?:punktzahl|punkte|bewertung|note)|höchstpunktzahl|bestnote|bestbewertung|100 punkte|mit 100|mit der höchsten)`,
  },
  {
    lang: 'de',
    pattern: String.raw`${W}(?:bewerter|bewerterin|prüfer|prüferin|korrektor)${E}.{0,80}(?:punkt|note|bewertung|maximal|100)`,
  },
  {
    lang: 'pt',
    pattern: String.raw`${W}(?:ignore|ignora|esqueça)${E}.{0,40}${W}(?:instruções|rubrica|critérios)${E}`,
  },
  {
    lang: 'pt',
    pattern: String.raw`${W}(?:dê|dá|atribua|coloque)${E}.{0,50}(?:nota máxima|pontuação máxima|nota 10|100 pontos)`,
  },
  {
    lang: 'it',
    pattern: String.raw`${W}(?:ignora|ignorate|dimentica)${E}.{0,40}${W}(?:istruzioni|criteri|rubrica)${E}`,
  },
  {
    lang: 'it',
    pattern: String.raw`${W}(?:dai|date|assegna|assegnate)${E}.{0,50}(?:punteggio massimo|voto massimo|il massimo dei voti|10 ?/ ?10|100 punti)`,
  },
  {
    lang: 'ru',
    pattern: String.raw`игнорир\p{L}*.{0,40}инструкц|(?:поставь|поставьте|дай|дайте)${E}.{0,40}(?:максимальн\p{L}* (?:балл|оценк)|100 баллов)`,
  },
  {
    lang: 'zh',
    pattern: String.raw`(?:忽略|无视|無視).{0,12}(?:指令|指示|说明|規則|规则|评分标准)|(?:给|給|打).{0,8}(?:满分|滿分|最高分|100分|一百分)|满分|滿分`,
  },
  { lang: 'ja', pattern: String.raw`(?:無視).{0,12}(?:指示|命令|ルール|基準)|満点|最高点` },
];

/** Cheap pre-check for the foreign patterns: a non-ASCII letter or one of these words must be there. */
export const FOREIGN_TRIGGER =
  /[^\x00-\x7f]|\b(?:ignore[zr]|ignora|ignoren|dale|otorga|asigna|gib|vergib|atribua|dai|assegna|donne[zr]|attribue[zr])\b/;
