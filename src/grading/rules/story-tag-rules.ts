import { BUZZWORD } from './lexicon-buzzwords.js';
import { COMPETITOR } from './lexicon-products.js';
import { rule, type TagRule } from './tag-ids.js';

/**
 * Tags for stories and strategy: first-person actions, situation, task and result, other parties and
 * their conflicts, sequencing, markets and competitors, and buzzwords. Same shape as tag-rules.ts.
 */
export const STORY_TAG_RULES: readonly TagRule[] = [
  rule(
    'first-person-action',
    'first-person-action',
    String.raw`\bi (?:\w+ly )?(?:decided|wrote|ran|pulled|built|set|made|took|brought|sat|led|met|sent|told|spent|chose|drew|found|gave|held|kept|got|put|went|began|started|cut|did|called|asked|proposed|pushed|negotiated|drafted|owned|changed|moved|mapped|interviewed|shadowed|reviewed|analy[sz]ed|measured|tracked|shipped|launched|escalated|convinced|presented|shared|showed|created|organi[sz]ed|scheduled|hired|killed|dropped|reframed|paired|worked|reached|agreed|offered|traded|invited|documented|prototyped|tested|piloted|volunteered|booked|replaced|rewrote|split|merged|reran|(?:re|de)?prioriti[sz]ed|framed|quantified|calculated|model(?:l)?ed|audited|dug|looked|learned|reali[sz]ed|noticed|admitted|apologi[sz]ed|stepped|recommended|suggested|laid|walked|flagged|raised|challenged|disagreed|pitched|aligned|secured|won|lost|used|rebuilt|restructured|introduced|removed|added|cancel(?:l)?ed|paused|stopped|rolled|defined|insisted|refused|conceded|compromised|wrote up|joined|inherited|owned up|chased|synthesi[sz]ed|surveyed|sized|estimated|costed)\b`,
  ),
  rule(
    'hypothetical',
    'hypothetical',
    String.raw`\b(?:i'd|i would|we'd|we would|i will|i'll|we will|we'll|i should|we should|i could|we could)\b`,
  ),
  rule(
    'situation',
    'situation',
    String.raw`\b(?:when i was|at my (?:last|previous|old|current|prior|first) (?:job|company|role|team|employer|startup)|at (?:a|an|my) (?:fintech|startup|company|bank|retailer|saas|previous|insurer|healthcare|logistics|marketplace|data|ml|b2b|consulting)|last (?:year|quarter|spring|summer|fall|autumn|winter)|(?:\w+ )?(?:years?|months?|quarters?) ago|in (?:19|20)\d\d|i (?:joined|inherited|was (?:a|an|the|leading|running|working|managing|on|responsible|hired|brought))|our (?:team|company|platform|org) (?:was|had|ran|used)|we (?:had|were) (?:a|an|\d|about|around|two|three|four|five|six|ten|running|losing|missing|using|shipping|migrating)|the situation|situation(?=:)|context(?=:)|background(?=:)|the context|i led|i ran|i owned|i was the|the setup|back then|at the time)\b`,
  ),
  rule(
    'task',
    'task',
    String.raw`\b(?:my (?:job|goal|task|role|responsibility|mandate|charter|remit|ask)|i was (?:asked|responsible|on the hook|tasked|accountable|brought in|given)|i owned|i had to|the (?:goal|task|ask|mission|brief|target) (?:was|became)|task(?=:)|i needed to|we needed to|had to (?:ship|deliver|decide|get|cut|fix|reduce|launch|migrate|hit|choose|pick|convince|land)|deadline|committed to|on the line|at stake)\b`,
  ),
  rule(
    'result-cue',
    'result-cue',
    String.raw`\b(?:as a result|results?(?=:)|in the end|the (?:outcome|result|upshot)|outcome(?=:)|we (?:shipped|launched|hit|reached|cut|reduced|closed|renewed|saved|recovered|retained|met|beat|missed|landed|got)|it (?:cut|reduced|dropped|saved|shipped|worked|paid off|landed|went)|ended up|by the end|after (?:that|\d+|two|three|four|six|a few) (?:weeks?|months?|quarters?|sprints?)|(?:within|in) (?:\d+|two|three|four|six|a few) (?:weeks?|months?|quarters?|sprints?)(?:,| of)|since then|(?:\w+|\d+) (?:weeks?|months?|quarters?) later|the (?:team|customer|account|company) (?:now|still|renewed|stayed|kept|signed)|lessons?|learned|in hindsight|looking back|impact(?=:)|which (?:cut|reduced|saved|brought|led|meant|took|dropped)|what i'd do differently|next time)\b`,
  ),
  rule(
    'outcome-verb',
    'outcome-verb',
    String.raw`\b(?:reduced|cut|dropped|fell|grew|increased|rose|saved|shipped|launched|doubled|halved|went (?:from|down|up)|improved|recovered|retained|renewed|closed|hit|reached|moved|avoided|prevented|unblocked|freed|eliminated|lowered|raised|climbed|came down|shrank|signed|expanded|won|converted|beat|finished|delivered|landed|stopped|migrated|onboarded|adopted|passed|completed|resolved|scaled|upgraded|served|processed|matched|caught|recouped|returned|paid back|sped up|stabili[sz]ed|consolidated|retired|decommissioned|automated|ended|brought (?:\w+ )?(?:down|up|back))\b`,
  ),
  rule(
    'stakeholder',
    'stakeholder',
    String.raw`\b(?:eng(?:ineering)? (?:lead|manager|team|director|vp|org)|engineering|ems?|the (?:director|vp|cto|ceo|cfo|head|architect|tech lead|principal|staff engineer|lead|manager|account|customer|field|partner|other pm)|(?:my|our|their|the|his|her) (?:manager|boss|skip|director|counterpart|peer|partner team|sister team|platform team|infra team|security team|legal team|finance team|sales team|support team|design team|data team|ml team|product team|executive|exec|leadership|stakeholders?|lead|engineers|cto|vp)|sales|legal|security|finance|support|designers?|marketing|leadership|execs?|executives?|another team|other teams?|(?:two|both|three|four) teams|partner teams?|tech lead|architects?|principal engineers?|account (?:team|exec|executive)|customer success|procurement|product (?:lead|manager|director|marketing)|sre team|on-?call team)\b`,
  ),
  rule(
    'conflict',
    'conflict',
    String.raw`\b(?:disagree\w*|push(?:ed|ing)? back|pushback|object\w*|resist\w*|block\w*|refus\w+|veto\w*|skeptic\w*|sceptic\w*|tension|conflict\w*|competing|at odds|didn't want|did not want|wouldn't|opposed|escalat\w+|frustrat\w+|argu\w+|clash\w*|fought|worried|concerned|unhappy|angry|upset|insisted|demanded|threatened|wanted (?:\w+ ){0,5}(?:but|instead|first)|not aligned|misaligned|stalled|deadlock\w*|impasse|no budget|said no|turned down)\b`,
  ),
  rule(
    'resolution',
    'resolution',
    String.raw`\b(?:agreed|agreement|align(?:ed|ment)|compromis\w+|convinc\w+|persuad\w+|showed|shared (?:the )?(?:data|numbers|analysis|costs?)|brought (?:the )?(?:data|numbers)|(?:1|one)[:-]on[:-](?:1|one)|sat down|reframed|proposed|offered|settled|signed off|bought in|buy-?in|won (?:them|him|her) over|came around|traded|negotiat\w+|middle ground|joint|together|co-?wr\w+|co-?own\w*|disagree and commit|committed|accepted|split the|in return|found a way)\b`,
  ),
  rule(
    'sequence',
    'sequence',
    String.raw`\b(?:first|then|next|after that|afterwards|before|phase (?:1|one|2|two|3)|v1|v2|mvp|start(?:ing)? with|later|in the first (?:month|quarter|sprint|weeks?)|step (?:1|one|2|two)|stage (?:1|one|2)|sequenc\w+|order|now|this quarter|next quarter|right away|immediately|week (?:1|one)|month (?:1|one)|roadmap|milestones?|second|third|last)\b`,
  ),
  rule(
    'defer',
    'defer',
    String.raw`\b(?:say no|said no|saying no|deprioriti\w+|not now|defer\w*|park\w*|won't|postpon\w+|hold off|out of scope|skip\w*|punt\w*|v2|phase (?:2|two)|not this quarter|next quarter|for later|can wait|waits|drop(?:ped)? (?:\w+ ){0,3}from)\b`,
  ),
  rule(
    'cost-of-delay',
    'cost-of-delay',
    String.raw`\b(?:cost of (?:waiting|delay|not)|every (?:week|month|quarter|sprint|day) (?:we|it|that|of)|each (?:week|month) of delay|if we wait|waiting (?:costs|means)|meanwhile|in the meantime|blocks?|blocking|unblock\w*|dependency|dependencies|depends on|prerequisite|critical path|urgent\w*|window (?:closes|is closing)|renewal (?:is )?in|before (?:the )?renewal|deadline|compounds?)\b`,
  ),
  rule(
    'market',
    'market',
    String.raw`\b(?:markets?|tam|sam|revenue|arr|acv|pay(?:s|ing)?|paid|pricing|price[sd]?|willing(?:ness)? to pay|budgets?|churn\w*|renewals?|expansion|upsell\w*|cross-?sell\w*|consumption|dbus?|spend|deals?|accounts|logos|segments?|mid-?market|enterprises?|smb|fortune \d+|customers|buyers?|procurement|monetiz\w+|margins?|unit economics|cac|ltv|payback|contracts?|land and expand|bottom-up|go-to-market|gtm|wallet|seats|subscriptions?|licen[cs]\w+)\b`,
  ),
  rule('competitor', 'competitor', String.raw`\b${COMPETITOR}\b`),
  rule(
    'stance',
    'stance',
    String.raw`\b(?:should|attack|defend|wedge|win(?:s|ning)?|won|lose|losing|lost|where we|our (?:advantage|edge|strength|wedge|moat|answer)|edge|differentiat\w+|beat|switch(?:ing|es)?|moat|lock-?in|cheaper|undercut|displace|compete|head-?to-?head|position(?:ing)?|counter|respond|threat|bundl\w+|price war|migrat\w+|leads? on|behind on|ahead on|open (?:format|source)|their (?:weakness|strength|advantage)|we (?:can|must)|don't (?:compete|chase)|not (?:compete|chase|fight))\b`,
  ),
  rule('buzzword', 'buzzword', String.raw`\b${BUZZWORD}\b`),
];
