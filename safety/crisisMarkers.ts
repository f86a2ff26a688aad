import type { CrisisKind } from './crisisKind.js';

/**
 * Words around a crisis phrase that change what it means: figures of speech, time, negation, hypotheticals, and
 * subjects that are not people. All are written against normalised text (see `crisisNormalise.ts`).
 */

/** Figures of speech and look-alike phrases, blanked out before any pattern runs. */
export const FIGURES_OF_SPEECH: readonly RegExp[] = [
  /\bdying (?:to|for)\b/g,
  /\bto die for\b/g,
  /\bdead (?:funny|good|easy|serious|right|lucky|chuffed|posh|nice|tired|beat|on time|quiet|slow|keen|proud|excited|cute|handy|simple|pleased)\b/g,
  /\b(?:bored|scared|frightened|worried|tickled|sick) to death\b/g,
  /\bcould (?:murder|kill) (?:a|for a|for|some)\b/g,
  /\bmurder a (?:cuppa|pint|curry|brew|tea|coffee|drink|sandwich|burger|pizza|bacon)\b/g,
  /\bkill for (?:a|some)\b/g,
  /\b(?:nearly|almost|practically|virtually|will|would|going to|ll|d|could) (?:gave|give|given|had|have|having) (?:(?:me|her|him|us|them) )?a heart attack\b/g,
  /\bgave (?:me|her|him|us|them) a (?:heart attack|stroke)\b/g,
  /\bheart attack on a plate\b/g,
  /\bcant breathe (?:for|from|with) (?:laughing|laughter)\b/g,
  /\b(?:laughing|laughed) so (?:hard|much) (?:i|he|she|we) (?:cant|couldnt) breathe\b/g,
  /\btakes? (?:my|your|his|her) breathe away\b/g,
  /\bbreathe ?taking\b/g,
  /\b(?:having|have|had|throw|threw|throwing) a fit (?:about|over|at|because|when|if|that)\b/g,
  /\bfit of (?:the )?(?:giggles|laughter|rage|pique|temper)\b/g,
  /\b(?:political|career|social|commercial|electoral|fashion) suicide\b/g,
  /\bsuicide (?:squad|doors?|mission|run|bombers?)\b/g,
  /\b(?:alcohol|drug|drugs|substance|solvent|drink|drinking|glue|gas|prescription drug|opioid|opiate|steroid|cannabis|heroin|cocaine|benzo|benzodiazepine|pill|painkiller) (?:ab|mis)use\b/g,
  /\b(?:ab|mis)use of (?:alcohol|drugs|substances|drink|power|prescription drugs|prescriptions|painkillers|medication|the system)\b/g,
  /\b(?:cam|gam|cham) drin (?:alcohol|cyffuriau|sylweddau|diod)\b/g,
  /\b(?:it|that|this|reality|the (?:news|truth|reality|realisation|diagnosis))(?: really| suddenly| just| finally)? (?:hit|hits|hitting) (?:me|her|him|home)\b/g,
  /\bhit (?:me|him|her) up\b/g,
  /(?:^|\b(?:it|that|this) )beats me\b(?= (?:why|how|what|where|who|if)\b)/g,
  /\brather die than\b/g,
  /\bkick(?:s|ed|ing)? (?:me|her|him|them) out\b(?! (?:of (?:the|my|her|his) (?:house|home|flat))\b)/g,
];

/** A clause with any of these is about the past or not about now: nothing in it is a crisis. */
const DISTANT_ALL: readonly RegExp[] = [
  /\b(?:weeks?|months?|years?|yrs?|decades?) ago\b/,
  /\b(?:a long time|a while|a few years|a couple of years|years) (?:ago|back)\b/,
  /\blast (?:week|month|year|summer|winter|spring|autumn|christmas|easter|time)\b/,
  /\b(?:in|yn) (?:19|20)[0-9]{2}\b/,
  /\bback in\b/,
  /\byears (?:before|earlier)\b/,
  /\bwhen (?:i|he|she|we|they) (?:was|were) (?:young|younger|little|small|a (?:child|kid|teenager|teen|student|baby)|at (?:school|uni|college)|[0-9]+)\b/,
  /\bas a (?:child|kid|teenager|teen|young (?:man|woman))\b/,
  /\bused to\b/,
  /\bin the past\b/,
  /\bpreviously\b/,
  /\bhistory of\b/,
  /\bover the years\b/,
  /\bnot anymore\b/,
  /\b(?:fine|ok|okay|better|alright|all right|stable|settled|sorted|well) now\b/,
  /\b(?:recovered|recovering|recovery|rehab|rehabilitation)\b/,
  /\bsince (?:his|her|my|their|the) (?:stroke|fall|op|operation|accident|illness|diagnosis|heart attack|surgery|seizure)\b/,
  // Welsh: "dwy flynedd yn ôl" (two years ago), "llynedd" (last year), "mis diwethaf" (last month), "pan o'n i'n
  // ifanc" (when I was young), "arfer" (used to), "yn y gorffennol" (in the past).
  /\b(?:flynedd|blynedd|mlynedd|blynyddoedd|flynyddoedd|mis|fis|misoedd|wythnos|wythnosau|amser hir) yn ol\b/,
  /\bllynedd\b/,
  /\b(?:wythnos|mis|fis|blwyddyn|flwyddyn|haf|gaeaf|nadolig) (?:diwethaf|dwetha|dwytha|diwetha)\b/,
  /\bpan (?:oeddwn|on|own|oedd|roeddwn|roedd)\b/,
  /\barfer\b/,
  /\byn y gorffennol\b/,
  /\bhanes o\b/,
  /\bers (?:ei|fy|eu) (?:stroc|cwymp|codwm|trawiad|llawdriniaeth)\b/,
];

/** Days ago: past for most things, but an overdose taken days ago still needs A&E now. */
const DISTANT_NOT_OVERDOSE: readonly RegExp[] = [/\bdays? ago\b/, /\bddyddiau yn ol\b/];

/** Asking for information, or talking about fiction or bereavement: a mention, not a disclosure. */
const NOT_A_DISCLOSURE: readonly RegExp[] = [
  /\b(?:signs?|symptoms?) of\b/,
  /\bwhat (?:to|should i|do i|do you|should we|do we|would you) do (?:if|when)\b/,
  /\bwhen (?:should|to|do) (?:i |you |we )?(?:call|ring|phone)\b/,
  /\bhow (?:do|can|would|should) (?:i|you|we) (?:know|tell|spot|recognise|recognize|help someone)\b/,
  /\bwhat if\b/,
  /\bin case\b/,
  /\b(?:information|info|advice|leaflets?) (?:on|about)\b/,
  /\b(?:training|course|awareness|first aid|prevention|preventing|prevent)\b/,
  /\brisk of\b/,
  /\bthe (?:report|survey|research|study|statistics|figures|campaign|article)\b/,
  /\b(?:is|are) (?:rising|increasing|on the rise|falling|common|more common)\b/,
  /\b(?:pendant|personal alarm|telecare)\b/,
  /\b(?:tv|telly|film|movie|book|novel|programme|podcast|documentary|soap|(?:this|last|next|latest|an|the) episode|eastenders|coronation street|newspaper|article|radio|series|drama|song|lyrics|band|album|quiz|crossword|video games?|computer games?)\b/,
  /\b(?:died by suicide|committed suicide|took (?:his|her|their) own life|killed (?:himself|herself|themselves))\b/,
  /\blost (?:\w+ )?(?:\w+ )?to suicide\b/,
  /\b(?:arwyddion|gwybodaeth|taflen|hyfforddiant|cwrs|rhag ofn|beth os)\b/,
  /\b(?:cyflawni hunanladdiad|cyflawnodd hunanladdiad|marw (?:drwy|trwy) hunanladdiad|lladdodd ei hun)\b/,
];

/** Worry about what might happen is not a medical emergency now ("worried she might fall"). */
const HYPOTHETICAL_MEDICAL: readonly RegExp[] = [
  /\b(?:worried|worry|worrying|scared|afraid|frightened|concerned|anxious|nervous)(?: that| about)?(?: (?:he|she|i|they|mum|dad|mam|nan|gran|my \w+|it))? (?:might|will|could|may|would|ll)\b/,
  /\bif (?:he|she|i|they|mum|dad|my \w+) (?:ever|has|have|had|gets|get|falls|were|was)\b/,
  /\bos (?:bydd|yw|ydy|ydi|fydd)\b/,
];

/** Markers anywhere in the message that make a past event part of a care story, not an emergency now. */
export const CARE_STORY: RegExp =
  /\b(?:since (?:then|his|her|my|the|their)|after (?:a|his|her|my|the|their) (?:stroke|fall|operation|op|surgery|heart attack|seizure|spell in hospital)|needs help|need help with|needs care|needs carers|care package|discharged|discharge|home from hospital|out of hospital|left hospital|came home|physio|physiotherapy|in hospital|ward|paralysed|weak side|epilepsy|epileptic|assessment|adaptations|grab rails|stairlift|ers|ar ol|rhyddhau|ysbyty|gofal|help gyda)\b/;

/**
 * Words that make a past event now: "she just fell", "what do I do?". Not "help" or "please": people ask this bot
 * for help with everything, so those words say nothing about time.
 */
export const NOW_MARKERS: RegExp =
  /\b(?:just|right now|now|at the moment|currently|minutes ago|a minute ago|moments ago|seconds ago|this minute|urgent|emergency|quick|quickly|hurry|asap|what do i do|what should i do|nawr|rwan|ar hyn o bryd|newydd|brys)\b/;

/** Words just before a phrase that put it in the past ("had a stroke", "was unconscious", "tried to kill myself"). */
export const PAST_BEFORE: RegExp =
  /\b(?:had|was|were|got|used|tried|attempted|suffered|experienced|gets|get|has had|have had|hes had|shes had|ive had|roedd|oedd|cafodd|gafodd|wedi cael|ceisiodd|wedi trio|wedi ceisio)\b/;

/** Words just before a phrase that put it now ("is having", "I think it is", "has just"). */
export const NOW_BEFORE: RegExp =
  /\b(?:having|is|are|im|hes|shes|theyre|think|thinks|maybe|might|could|possibly|probably|just|looks like|seems|mae|yn cael|newydd)\b/;

/** Perfect-tense words before a past phrase that make it now ("has collapsed", "she's fallen"). */
export const PERFECT_BEFORE: RegExp = /\b(?:has|have|hes|shes|ive|weve|theyve|just|wedi|newydd)\b/;

/** Negation words; a phrase with one of these just before it is denied ("I'm not suicidal"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'no', 'not', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'havent', 'hasnt', 'hadnt',
  'wont', 'wouldnt', 'shouldnt', 'nobody', 'nothing', 'denies', 'denied', 'neither', 'nor',
  'ddim', 'dim', 'nid', 'nad', 'byth', 'erioed',
]);

/** Words between a negation and a phrase that mean it goes on ("he won't stop hitting me"). */
export const CONTINUES: ReadonlySet<string> = new Set(['stop', 'stops', 'stopping', 'stopped', 'quit', 'peidio']);

/** Subjects that are not people: "the bills are taking all my money", "my back is killing me". */
export const NOT_A_PERSON: RegExp =
  /^(?:it|this|that|bills?|rent|fees|energy|gas|electric|electricity|heating|prices|tax|mortgage|back|legs?|knees?|hips?|feet|foot|arms?|neck|shoulders?|stomach|tummy|news|reality|job|work|stairs|cold|weather|arthritis|condition|illness|cancer|disease|council|system|forms?|paperwork|worry|stress|costs?|shopping|hospital|doctors?|gp|ward|nurses?|consultant|dvla|insurance|website|app|computer|site|page|email|office|surgery|dog|cat|ceiling|roof|wall|deal|business|tent|chair|bed|car|bus|van|lorry|bike|ball|door|wind|storm|biliau|bil|rhent|treth|cefn|coes|coesau|clun|braich|ysgwydd|gwddf|hyn|hynny|cyngor|ysbyty|meddyg|ci|gath|tywydd|nwy|trydan|gwres|cartref|phone|line|internet|wifi|tv|telly|market|shares|pound)$/;

/** Subjects that are people, which end the search for a subject. */
export const A_PERSON: RegExp =
  /^(?:he|she|they|hes|shes|theyre|i|im|we|you|someone|somebody|man|woman|people|carer|carers|son|daughter|husband|wife|partner|brother|sister|mum|mam|dad|nan|gran|neighbour|neighbours|friend|lodger|boyfriend|girlfriend|grandson|granddaughter|nephew|niece|uncle|aunt|auntie|cousin|family|e|fe|fo|hi|nhw|mab|merch|gwr|gofalwr|cymydog)$/;

/** What a clause's markers rule out, worked out once per clause however many phrases match in it. */
export interface ClauseRuling {
  readonly distant: boolean;
  readonly daysAgo: boolean;
  readonly notADisclosure: boolean;
  readonly hypotheticalMedical: boolean;
}

/** Reads a clause's markers once. */
export function ruleClause(clause: string): ClauseRuling {
  return {
    distant: DISTANT_ALL.some((marker) => marker.test(clause)),
    daysAgo: DISTANT_NOT_OVERDOSE.some((marker) => marker.test(clause)),
    notADisclosure: NOT_A_DISCLOSURE.some((marker) => marker.test(clause)),
    hypotheticalMedical: HYPOTHETICAL_MEDICAL.some((marker) => marker.test(clause)),
  };
}

/** True when a clause's ruling excludes a crisis of this kind now. */
export function rulingExcludes(ruling: ClauseRuling, kind: CrisisKind, overdose: boolean): boolean {
  if (ruling.distant || ruling.notADisclosure) return true;
  if (!overdose && ruling.daysAgo) return true;
  return kind === 'medical' && ruling.hypotheticalMedical;
}

/** True when a clause carries a marker that rules out a crisis of this kind now. */
export function clauseRulesOut(clause: string, kind: CrisisKind, overdose: boolean): boolean {
  if (DISTANT_ALL.some((marker) => marker.test(clause))) return true;
  if (!overdose && DISTANT_NOT_OVERDOSE.some((marker) => marker.test(clause))) return true;
  if (NOT_A_DISCLOSURE.some((marker) => marker.test(clause))) return true;
  return kind === 'medical' && HYPOTHETICAL_MEDICAL.some((marker) => marker.test(clause));
}
