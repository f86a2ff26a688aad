import type { CrisisKind } from './crisisKind.js';

/**
 * The crisis patterns, written against normalised text (see `crisisNormalise.ts`): lower case, no accents or
 * apostrophes, contractions folded ("cant", "dont", "isnt", "im", "hes"), "selfharm" as one word, "breath" as
 * "breathe". Each pattern names a whole phrase, not a bag of words, so "the bills are killing me" matches nothing.
 * Negation, tense and time are judged around each match by `crisisCheck.ts`, not here.
 */

/**
 * How a matched phrase stands in time.
 * - `present`: happening now ("cant breathe").
 * - `past`: already happened, when unknown ("fell", "collapsed"); a perfect ("has collapsed") or "just" makes it now.
 * - `auto`: decided by the words just before ("having a stroke" now, "had a stroke" past).
 * - `overdose`: an overdose taken is always an emergency unless it was weeks or more ago.
 */
export type PatternForm = 'present' | 'past' | 'auto' | 'overdose';

/** One crisis pattern. */
export interface CrisisPattern {
  readonly id: string;
  readonly kind: CrisisKind;
  readonly pattern: RegExp;
  readonly form: PatternForm;
  /** Caps the certainty: a mild sign (a little bleeding) only ever asks "Is this happening now?". */
  readonly unclearOnly?: boolean;
  /** The phrase needs a person doing it: "he takes her money", not "the bills take all my money". */
  readonly needsPersonAgent?: boolean;
  /** A fall, or an injury that makes a fall an emergency; they combine across the message. */
  readonly fall?: 'mention' | 'injury';
  /** Words just before that make the phrase routine rather than a crisis ("keeps forgetting and taking too many"). */
  readonly notAfter?: RegExp;
}

/** Builds a global regular expression from a raw template, so `\b` needs no doubling. */
function rx(strings: TemplateStringsArray, ...values: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...values), 'g');
}

const REL =
  'mum|mam|mom|mother|mummy|dad|father|daddy|nan|nana|nanna|nain|gran|granny|grandma|nanny|grandad|grandpa|' +
  'grandfather|grandmother|taid|wife|husband|partner|son|daughter|brother|sister|auntie|aunt|uncle|friend|neighbour|' +
  'grandson|granddaughter|child|kids|children|baby|carer|client|resident|patient|cousin|nephew|niece|boyfriend|' +
  'girlfriend|fiance|lodger|flatmate';
/** A person on the receiving end: a pronoun or a relation. */
const OBJ = `(?:me|her|him|them|us|(?:my|his|her|their|our|the) (?:${REL})|${REL})`;
const SELF3 = '(?:himself|herself|themselves|themself)';
const MEDS =
  '(?:pills|tablets|paracetamol|sleeping pills|sleeping tablets|meds|medication|medicine|painkillers|pain killers|' +
  'co codamol|codeine|antidepressants|insulin|morphine|tramadol|tabs|sertraline|citalopram|fluoxetine|amitriptyline|' +
  'mirtazapine|diazepam|valium|zopiclone|propranolol|oxycodone|fentanyl|methadone|ibuprofen|aspirin|lithium|' +
  'quetiapine|gabapentin|pregabalin|prescription|prescriptions|heart pills|blood pressure tablets|water tablets)';
const QUANTITY =
  '(?:too much|way too much|far too much|(?:my|her|his|their|the|a) (?:whole|entire)(?: (?:packet|box|bottle|strip|tub|supply|stash|stock) of)?|all|a whole|a load of|loads of|lots of|a lot of|a handful of|handfuls of|a bunch of|too many|way too many|' +
  'a packet of|a box of|a bottle of|packets of|boxes of|(?:the|a) whole (?:packet|box|bottle|strip|tub) of|' +
  '(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|several|many|' +
  'dozens of|[0-9]+)(?: (?:packets|boxes|strips|bottles|tubs) of)?)';
const ACCIDENT =
  '(?:when|while|lifting|falling|on|in|at|by accident|accidentally|doing|playing|moving|cooking|shaving|chopping|' +
  'gardening|with (?:a|the) (?:knife|kettle|saw|iron))';
const WELSH_OBJ = '(?:fi|hi|fe|fo|e|ef|ni|nhw|mam|dad|nain|taid|mamgu|tadcu|fy \\w+)';

/**
 * Every form a Welsh word takes after the mutations (soft, nasal, aspirate, and h before a vowel): "taro" gives
 * "taro|daro|nharo|tharo", so "fy nharo", "ei daro" and "ei tharo" are all found from one word.
 */
export function welshForms(...words: string[]): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word);
    const rules: ReadonlyArray<readonly [string, readonly string[]]> = [
      ['p', ['b', 'mh', 'ph']],
      ['t', ['d', 'nh', 'th']],
      ['c', ['g', 'ngh', 'ch']],
      ['b', ['f', 'm']],
      ['d', ['dd', 'n']],
      ['g', ['', 'ng']],
      ['ll', ['l']],
      ['m', ['f']],
      ['rh', ['r']],
    ];
    // Longest first, so "ll" and "rh" are not read as "l" and "r".
    const rule = rules.filter(([radical]) => word.startsWith(radical) && !(radical === 'd' && word.startsWith('dd')))
      .sort((a, b) => b[0].length - a[0].length)[0];
    if (rule) for (const mutated of rule[1]) forms.add(mutated + word.slice(rule[0].length));
    if (/^[aeiouwy]/.test(word)) forms.add(`h${word}`);
  }
  return `(?:${[...forms].filter((form) => form.length > 1).sort((a, b) => b.length - a.length).join('|')})`;
}

/** Words of wish, plan or despair that, followed by an ending, mean suicide risk. */
const SUICIDE_INTENT =
  'want|wanna|wants|wanted|wanting|wish|wishing|wished|going to|plan to|planning to|planning on|plan on|ready to|' +
  'about to|feel like|feels like|felt like|thinking about|thinking of|think about|thoughts of|thoughts about|' +
  'tempted to|might as well|should just|could just|need to|have to|urge to|urges to|considering|rather|prefer to|' +
  'deserve to|tried to|trying to|try to|gonna|hope i|hoping i|pray i|praying i|tonight|today is the day|is the night';
/** An ending that can only mean a life: dying, not being here, ending it. */
const ENDING =
  '(?:go to )?sleep and (?:never|not|dont) wake up|it all to (?:end|stop|be over)|everything to (?:end|stop|be over)|all (?:of )?this to (?:end|stop|be over)|die|be dead|dead|end it|end it all|ending it|ending it all|end things|ending things|end everything|' +
  'end (?:my|his|her|their) (?:own )?life|ending (?:my|his|her|their) (?:own )?life|dying|not be here|' +
  'not be around|not be alive|stop being alive|not exist|stop existing|disappear forever|vanish forever|' +
  'never wake up|not wake up|dont wake up|never wake|sleep forever|go to sleep forever|be gone|not be here anymore|' +
  'end (?:my|the|this) suffering|drive (?:my car |the car |me )?(?:into|off) (?:a|the) (?:wall|tree|cliff|bridge|river|sea|lake|canal)|' +
  'walk into the (?:sea|river|canal|lake)|drown (?:myself|meself)|drown|' +
  'kill (?:myself|himself|herself|themselves|meself)|killing (?:myself|himself|herself|themselves)|' +
  'give up on (?:life|living)|finish (?:myself|himself|herself) off|top myself|do myself in|off myself';
/** An ending that may be a life or may be anything ("want it to stop"): only at the end of what is said. */
const WEAK_ENDING = 'out|jump|jumping|end|stop|be over|disappear|vanish|give up|end (?:the|this|my) pain|join (?:him|her|them)|be with (?:him|her|them) again';
/** Words between a wish and an ending that may not name someone else ("i want him to die" is not self-harm). */
const GAP = '(?: (?!(?:he|she|him|her|they|them|we|you|mum|dad)\\b)\\w+){0,5}?';

/** Whose: "my", "her", "my nans", "mums". */
const POSS =
  '(?:(?:my|her|his|their|our)(?: (?:mums|mams|dads|nans|grans|nains|wifes|husbands|sons|daughters|partners))?|' +
  'mums|mams|dads|nans|grans)';
/** After "die": an end-of-life wish, not a wish to end life ("wants to die at home"). */
const END_OF_LIFE_WISH =
  'at home|in (?:peace|hospital|a hospice|the hospice|(?:his|her|my|their) (?:sleep|own bed|own home))|with dignity|' +
  'peacefully|naturally';

/** Verbs of violence done to a body part. */
const BODY_VERBS =
  'broke|broken|breaks|twisted|twists|twisting|pulled|pulls|pulling|yanked|yanks|grabbed|grabs|grabbing|bent|bends|' +
  'squeezed|squeezes|hit|hits|punched|punches|kicked|kicks|slapped|slaps|burnt|burned|burns|bit|bites|scratched|' +
  'scratches|stamped on|stamps on|stood on|crushed|smashed|bruised|bashed|banged|cut|cuts|choked|chokes|strangled|' +
  'stabbed|elbowed|kneed|headbutted|dislocated|fractured|cracked';
/** Body parts that violence is done to. */
const BODY =
  'arms?|wrists?|hair|face|head|neck|throat|legs?|ribs?|nose|jaw|eyes?|back|hands?|fingers?|shoulders?|chest|' +
  'stomach|tummy|ears?|lips?|teeth|tooth|mouth|skin|cheek|thumbs?';

/** After a quantity of medicine: a routine dose or a stated ache, not an overdose ("all my tablets in the morning"). */
const ROUTINE_DOSE =
  'in the (?:morning|evening)|every|each|at (?:night|breakfast|lunch|tea|bedtime)|with (?:food|water|breakfast|meals)|' +
  'on time|as prescribed|daily|a day|for (?:my|his|her|their) (?:back|pain|headaches?|arthritis|migraines?|knees?|' +
  'tooth|toothache|period|cold|flu|hip|neck)';

/** Every crisis pattern, English and Welsh. */
export const CRISIS_PATTERNS: readonly CrisisPattern[] = [
  // ── Medical: breathing ──────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cantBreathe',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:cant|unable to|struggling to|can hardly|can barely|fighting to|trying to) (?:breathe|breathing)\b(?! (?:when|at night|lying|through|after|properly when|if)\b)`,
  },
  {
    id: 'notBreathing',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:not|isnt|stopped|hasnt been|arent|barely|no longer|not really|stopped his|stopped her) breathing\b`,
  },
  { id: 'wasntBreathing', kind: 'medical', form: 'past', pattern: rx`\b(?:wasnt|werent) breathing\b` },
  {
    id: 'unsureBreathing',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:dont know|not sure|cant tell|dont think|cant see|cant hear|cant feel)(?: if| whether)? (?:hes|shes|theyre|its|he|she|they)(?: is| are)? (?:still )?breathing\b`,
  },
  {
    id: 'noBreath',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:cant|couldnt) (?:get|catch) (?:my|his|her|their) breathe\b|\bgasping (?:for (?:air|breathe))?\b|\b(?:lips|face|skin) (?:are |is |have |has |look |looks |looking )?(?:gone |turning |going |turned )?blue\b|\b(?:having|hes having|shes having|im having|theyre having) (?:real |a lot of |great |serious |bad )?(?:trouble|difficulty|problems) (?:breathing|with (?:his|her|my|their) breathing)\b|\bturning blue\b`,
  },
  {
    id: 'choking',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\bchoking\b(?! (?:me|her|him|on (?:his|her|my) words|up|back)\b)|\bchoked on\b`,
  },
  // ── Medical: consciousness ──────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'unconscious',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:unconscious|unresponsive|out cold|in and out of consciousness|lost consciousness|not conscious|isnt conscious|cant rouse|wont rouse)\b`,
  },
  {
    id: 'notResponding',
    kind: 'medical',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:not|isnt|hasnt been|stopped) responding\b(?! to)`,
  },
  {
    id: 'wontWake',
    kind: 'medical',
    form: 'present',
    // "go to sleep and not wake up" is a wish to die, not a person who will not wake.
    notAfter: /\b(?:go to sleep and|want to sleep and|wanna sleep and|just sleep and|to|i could|i would|i might|hope i|wish i)$/,
    pattern: rx`\b(?:wont|isnt|not|hasnt) (?:wake|waking|woken)(?: up)?\b|\b(?:wont|isnt|not|hasnt) (?:come|coming|came) (?:round|around)\b(?! to\b)|\bcant (?:wake|rouse) ${OBJ}(?: up)?\b|\bcant get ${OBJ} to wake\b`,
  },
  {
    id: 'foundCollapsed',
    kind: 'medical',
    form: 'present',
    pattern: rx`\bfound ${OBJ} (?:on the (?:\w+ )?floor|collapsed|unconscious|unresponsive|not breathing|slumped)\b`,
  },
  {
    id: 'collapsed',
    kind: 'medical',
    form: 'past',
    needsPersonAgent: true,
    pattern: rx`\b(?:passed out|collapsed|fainted|keeled over|blacked out)\b`,
  },
  // ── Medical: heart and stroke ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'chestPain',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:chest pains?|pains? (?:in|across) (?:my|his|her|their|the) chest|crushing (?:pain|chest)|(?:my|his|her|their) chest (?:is |feels )?(?:tight|heavy|crushing|hurts|hurting|really hurts)|tight(?:ness)? (?:in |across )?(?:my|his|her|the) chest)\b`,
  },
  { id: 'heartAttack', kind: 'medical', form: 'auto', pattern: rx`\bheart attack\b` },
  { id: 'stroke', kind: 'medical', form: 'auto', pattern: rx`\b(?:a|mini|another|having) stroke\b(?! of)` },
  {
    id: 'strokeSigns',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:face|mouth|smile) (?:is |has |has gone |looks |gone |went |seems )?(?:all |a bit |really )?(?:drooping|dropped|droopy|lopsided|twisted|dropping)\b|\b(?:slurring|slurred speech|speech (?:is |has gone |went |sounds )?(?:slurred|garbled|strange))\b|\bsuddenly (?:cant|unable to|not able to) (?:lift|raise|move|feel|use|speak|talk|see)\b`,
  },
  {
    id: 'limbWeak',
    kind: 'medical',
    form: 'auto',
    unclearOnly: true,
    pattern: rx`\b(?:arm|leg|side) (?:has )?(?:gone|went) (?:weak|numb|floppy)\b`,
  },
  // ── Medical: bleeding ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'severeBleeding',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\bbleeding (?:really |so |very |quite )?(?:heavily|badly|bad|a lot|loads|lots|everywhere|profusely|so much|non stop|nonstop|from (?:his|her|my|their) (?:head|mouth|neck|ears?))\b|\b(?:wont|cant|doesnt|isnt going to) stop bleeding\b|\bbleeding (?:wont|isnt|doesnt|hasnt) stop|\b(?:cant|wont) stop the bleeding\b|\bblood (?:is )?(?:everywhere|pouring|gushing|spurting|all over)\b|\b(?:lots|loads|lot|pool) of blood\b|\blosing (?:a lot of |lots of )?blood\b|\bpouring (?:with )?blood\b|\bcovered in blood\b|\b(?:coughing up|vomiting|throwing up) blood\b`,
  },
  {
    id: 'someBleeding',
    kind: 'medical',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:is|are|hes|shes|im|theyre|keeps|still) bleeding\b`,
  },
  // ── Medical: seizures and anaphylaxis ───────────────────────────────────────────────────────────────────────────
  { id: 'seizure', kind: 'medical', form: 'auto', pattern: rx`\b(?:a|another) (?:seizure|fit)\b(?! (?:of|bit|lad|bloke|man|woman|girl|guy|lass|one|watch|tracker|band|for|to|and proper|person|young)\b)` },
  {
    id: 'seizing',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:seizing|convulsing|convulsions?)\b|\b(?:is|hes|shes|keeps|still|started|theyre|are|im) fitting\b(?! (?:a|an|the|new|some|in|into|out|him|her|them|grab|rails?|handrails?|equipment|carpet|kitchen|bathroom|shower|ramp|stair)\b)|\b(?:seizure|fit) (?:wont|isnt|hasnt|not) stop`,
  },
  {
    id: 'anaphylaxis',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:anaphylaxis|anaphylactic|anaphalactic|anaphylatic)\b|\b(?:an|a|having|bad|severe|serious|massive|big|major) (?:\w+ )?allergic reaction\b|\b(?:throat|tongue|lips|face|mouth) (?:is |are |has |have |keeps |started |starting )?(?:swelling|swollen|swelled|closing)(?: up)?\b|\b(?:used|use|using|give|gave|giving|need|needs|needed|given) (?:her |his |my |the |an |him |me )?epipen\b`,
  },
  // ── Medical: asking for an ambulance ────────────────────────────────────────────────────────────────────────────
  {
    id: 'ambulanceNow',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:call|get|need|send|ring|phone|dial|want|calling|ringing|phoning|dialling) (?:an |the |for an |for the |for )?(?:ambulance|999|paramedics?)\b`,
  },
  { id: 'ambulanceCalled', kind: 'medical', form: 'past', pattern: rx`\b(?:called|rang|phoned|dialled) (?:an |the |for an )?(?:ambulance|999)\b` },
  // ── Medical: falls (combined with injury across the message) ────────────────────────────────────────────────────
  {
    id: 'fell',
    kind: 'medical',
    form: 'past',
    fall: 'mention',
    pattern: rx`\b(?:fell|had a fall|took a tumble|tripped|slipped)\b(?! (?:asleep|behind|out|through|apart|ill|in love|for|silent|quiet|short|pregnant|into (?:debt|arrears)|off the (?:list|radar)|on hard times|victim|foul|my mind|her mind|his mind|a disc|the fuse|away)\b)`,
  },
  {
    id: 'fallen',
    kind: 'medical',
    form: 'auto',
    fall: 'mention',
    pattern: rx`\bfallen\b(?! (?:asleep|behind|out|through|apart|ill|in love|for|silent|quiet|short|pregnant|into|off the (?:list|radar)|on hard times|victim|foul)\b)|\b(?:is|hes|shes|im|lying|laying|been|still|stuck|sat|theyre) on the (?:(?:bathroom|kitchen|bedroom|lounge|hall|living room|landing|toilet) )?floor\b`,
  },
  {
    id: 'fallInjuryNow',
    kind: 'medical',
    form: 'present',
    fall: 'injury',
    pattern: rx`\bcant (?:get|help|lift|pick) (?:(?:her|him|them|me|myself|herself|himself|mum|dad|nan|gran) )?up\b(?! (?:the|stairs|in the|early|in time|from|out of|off the (?:sofa|chair|toilet|bed|settee))\b)|\bcant move\b|\b(?:not|isnt|hasnt been) moving\b|\bbleeding\b|\bblood\b|\b(?:in (?:a lot of |so much |terrible |severe )?(?:pain|agony)|screaming in pain)\b|\b(?:there|on the floor) (?:for|all) (?:hours|night|ages|the night)\b`,
  },
  {
    id: 'fallInjuryPast',
    kind: 'medical',
    form: 'past',
    fall: 'injury',
    pattern: rx`\b(?:hit|banged|bumped|cracked|smashed|cut|bashed) (?:her|his|my|their) head\b|\b(?:broken|broke|fractured|snapped|dislocated) (?:her|his|my|their|a) (?:hip|leg|arm|wrist|ankle|neck|back|shoulder|femur|pelvis)\b`,
  },
  {
    id: 'stuckOnFloor',
    kind: 'medical',
    form: 'present',
    pattern: rx`\bcant get (?:(?:her|him|them|me|myself|herself|himself|mum|dad|nan|gran) )?(?:up )?off the floor\b`,
  },
  // ── Medical: Welsh ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cyCantBreathe',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:methu|ffaelu|ffili|dim yn gallu|ddim yn gallu|cael trafferth) (?:anadlu|nadlu|cael (?:ei |fy )?(?:anadl|wynt|gwynt))\b|\b(?:ddim|dim) yn anadlu\b|\bwedi stopio anadlu\b`,
  },
  {
    id: 'cyChestPain',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:poen|boen|phoen|poenau|boenau) (?:yn|ar)(?: (?:y|fy|ei|eu))? (?:mrest|frest|brest)\b|\btrawiad ar y galon\b`,
  },
  {
    id: 'cyHavingNow',
    kind: 'medical',
    form: 'present',
    pattern: rx`(?<!wedi )(?<!heb )\b(?:cael|gael) (?:trawiad|ffit|stroc)\b`,
  },
  {
    id: 'cyHadBefore',
    kind: 'medical',
    form: 'past',
    pattern: rx`\b(?:wedi cael|cafodd \w+|gafodd \w+|cafodd|gafodd) (?:trawiad|drawiad|ffit|stroc)\b`,
  },
  {
    id: 'cyUnconscious',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\banymwybodol\b|\b(?:ddim yn|methu|ffaelu|ffili) (?:deffro|dihuno)\b|\bmethu (?:ei|eu) (?:ddeffro|deffro|dihuno|ddihuno)\b|\bwedi (?:llewygu|llesmeirio|colapsio)\b`,
  },
  {
    id: 'cyBleeding',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:gwaedu|waedu) (?:yn )?(?:drwm|ofnadwy|lot|llawer|ddrwg|yn ddrwg|ym mhobman|heb stopio)\b|\bgwaed ym mhobman\b|\b(?:ddim yn|methu) stopio (?:y )?gwaedu\b`,
  },
  { id: 'cySomeBleeding', kind: 'medical', form: 'present', unclearOnly: true, pattern: rx`\byn (?:gwaedu|waedu)\b` },
  {
    id: 'cySwelling',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:gwddf|gwddw|tafod|gwefusau|wyneb|ngwddf|nhafod|ngwefusau|wefusau|dafod) (?:yn |wedi )?(?:chwyddo|cau)\b|\badwaith alergaidd\b`,
  },
  {
    id: 'cyFallen',
    kind: 'medical',
    form: 'present',
    fall: 'mention',
    pattern: rx`\b(?:wedi|newydd) (?:cwympo|gwympo|syrthio|disgyn|ddisgyn|cael codwm)\b(?! allan\b)|\bar y llawr\b`,
  },
  {
    id: 'cyFell',
    kind: 'medical',
    form: 'past',
    fall: 'mention',
    pattern: rx`\b(?:cwympodd|syrthiodd|disgynnodd|gwympodd|gafodd godwm|cafodd godwm)\b`,
  },
  {
    id: 'cyFallInjury',
    kind: 'medical',
    form: 'present',
    fall: 'injury',
    pattern: rx`\b(?:methu|ffaelu|ffili|ddim yn gallu) (?:codi|symud|sefyll)\b(?! o\b)|\b(?:taro|bwrw|daro|fwrw) (?:ei|fy) (?:phen|ben|mhen)\b|\bwedi torri (?:ei|fy) (?:chlun|glun|nghlun|choes|goes|nghoes|braich|mraich|garddwrn|arddwrn)\b|\bgwaedu\b|\bmewn (?:llawer o )?(?:poen|boen)\b`,
  },
  {
    id: 'cyAmbulance',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:ffonio|ffoniwch|galw|angen|ffonia) (?:am )?(?:yr )?(?:ambiwlans|999)\b`,
  },

  // ── Suicide and self-harm ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'killMyself',
    kind: 'suicide',
    form: 'auto',
    pattern: rx`\b(?:kill|killing|end|ending|top|topping|hang|hanging|drown|drowning|off|offing) (?:myself|my self|meself|my life)\b`,
  },
  {
    id: 'harmThemselves',
    kind: 'suicide',
    form: 'auto',
    pattern: rx`\b(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|burn|burning|hang|hanging|end|ending|top|topping|starve|starving|overdose|overdosing|poison|poisoning) ${SELF3}\b(?! ${ACCIDENT}\b)|\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b`,
  },
  {
    id: 'harmMyself',
    kind: 'suicide',
    form: 'auto',
    pattern: rx`\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|hit|hitting|punch|punching|scratch|scratching|starve|starving|poison|poisoning|injure|injuring) (?:myself|my self)\b(?! ${ACCIDENT}\b| badly when\b)|\b(?:slit|slash|slashing|cut|cutting) (?:my|his|her) wrists\b`,
  },
  { id: 'takeMyLife', kind: 'suicide', form: 'auto', pattern: rx`\b(?:take|taking) my (?:own )?life\b` },
  { id: 'suicideWord', kind: 'suicide', form: 'present', pattern: rx`\bsuicid(?:e|al)\b|\bsuicidle\b` },
  {
    id: 'wantToDie',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:want to|wanting to|wants to|wish i could|wish to|plan to|planning to|ready to|like to|would like to) die\b(?! of (?:embarrassment|shame|laughter|boredom))(?! (?:${END_OF_LIFE_WISH})\b)|\bwish (?:i|he|she) (?:was|were) dead\b|\b(?:want|wants|wanting) to be dead\b|\bbetter off dead\b`,
  },
  {
    id: 'betterOffWithout',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\bbetter off without me\b|\bbetter off if (?:i|im) (?:was |were )?(?:dead|gone|not here|not around)\b|\b(?:better|easier) (?:for everyone|for them|for all) if (?:i|im) (?:wasnt|werent|was gone|gone|dead|not here)\b`,
  },
  {
    id: 'nothingToLiveFor',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\bnothing (?:left )?to live for\b|\b(?:dont|cant|doesnt|cannot) see (?:the |any |a )?point (?:in |of )?(?:living|being alive|going on|carrying on|life|being here)\b|\bwhats the point (?:in |of )(?:living|being alive|going on|carrying on|life)\b|\bno (?:reason|point) (?:to live|in living|living|in being alive|being alive|to go on|in going on)\b`,
  },
  {
    id: 'dontWantToLive',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\bdont want to (?:(?:carry on|go on|keep) living|live|be alive|exist|wake up|be here anymore)\b(?! (?:in|at|with|here|there|near|alone|on|by|like|somewhere|anywhere|far|without|a|this|that|doing|living|as|up)\b)|\bcant (?:go on|carry on) anymore\b`,
  },
  {
    id: 'overdoseTaken',
    kind: 'suicide',
    form: 'overdose',
    pattern: rx`\b(?:taken|took|had|swallowed|done|did) (?:an |a )?overdose\b|\boverdosed\b|\b(?:taken|took|swallowed|necked|downed|eaten|ate|had) ${QUANTITY}(?: of)? (?:(?:my|her|his|their|the) )?(?:(?:mums|dads|nans|grans|wifes|husbands|sons|daughters|own) )?${MEDS}\b(?! (?:${ROUTINE_DOSE})\b)`,
  },
  {
    id: 'overdoseIntent',
    kind: 'suicide',
    form: 'present',
    notAfter: /\b(?:keeps|forgets|forgetting|forgot|sometimes|might|worried|accidentally|by mistake)\b/,
    pattern: rx`\b(?:take|taking) (?:an )?overdose\b|\boverdosing\b|\b(?:take|taking|swallow|swallowing) ${QUANTITY}(?: of)? (?:my |the |her |his )?${MEDS}\b(?! (?:${ROUTINE_DOSE})\b)`,
  },
  {
    id: 'jumpInFront',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\bjump (?:off|from|in front of) (?:a|the) (?:bridge|train|building|roof|cliff|car|bus|lorry|motorway)\b|\b(?:step|walk|throw myself|throw himself|throw herself) in front of (?:a|the) (?:train|bus|car|lorry)\b`,
  },
  { id: 'selfharm', kind: 'suicide', form: 'auto', pattern: rx`\bselfharm(?:ing|s)?\b` },
  { id: 'selfharmed', kind: 'suicide', form: 'past', pattern: rx`\bselfharmed\b` },
  {
    id: 'thinkingOfEnding',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:thinking|thoughts|think) (?:about|of) (?:ending it|ending my life|killing myself|not being here|dying)\b|\bend (?:it all|everything)\b|\b(?:wants? to|wanted to|going to|might|will|ready to) end it\b(?! (?:with|between)\b)|\bplan(?:s|ned|ning)? (?:to|how to) (?:end|kill)\b`,
  },
  // ── Suicide and self-harm: Welsh ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cyKillMyself',
    kind: 'suicide',
    form: 'auto',
    pattern: rx`\b(?:lladd|ladd|niweidio|anafu|brifo|frifo|torri|llosgi|crogi) (?:fy|ei|eu) (?:hun|hunan|hunain)\b`,
  },
  { id: 'cySuicideWord', kind: 'suicide', form: 'present', pattern: rx`\bhunan ?(?:laddiad|laddol|niweidio|niwed|anafu)\b` },
  {
    id: 'cyWantToDie',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:eisiau|isio|isie|ishe|eisio|moyn|am|awydd) (?:marw|farw)\b(?! (?:adref|adre|gartref|gartre|yn (?:dawel|heddychlon|yr hosbis|yr ysbyty|ei chartref|ei gartref))\b)|\b(?:ddim|dim) (?:eisiau|isio|isie|ishe|moyn|eisio) (?:byw|bod yn fyw|bod yma)\b`,
  },
  {
    id: 'cyOverdose',
    kind: 'suicide',
    form: 'overdose',
    pattern: rx`\bgorddos\b|\b${welshForms('cymryd', 'llyncu', 'cymerais', 'cymerodd', 'llyncodd', 'llyncais')} (?:fy |ei |eu |yr )?(?:holl |llwyth o |lot o |gormod o |pecyn cyfan o |pecyn o |potel o |bocs o |llond llaw o |[0-9]+ )(?:${welshForms('tabledi', 'paracetamol', 'parasetamol', 'pils', 'moddion', 'meddyginiaeth', 'tablets')})\b`,
  },
  {
    id: 'cyBetterWithout',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:well|gwell) (?:eu byd )?(?:hebdda|hebddo i|heb fi|hebof i|hebddof)\b|\b(?:gwell|well) (?:fy myd |ei fyd |ei byd )?yn farw\b|\b(?:diwedd ar|i ben) (?:fy|ei) (?:mywyd|fywyd|bywyd)\b|\b(?:fy|ei) (?:mywyd|fywyd) i ben\b`,
  },

  // ── Abuse and neglect ───────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'physicalHarm',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:hit|hits|hitting|beat|beats|beating|punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|shove|shoves|shoved|shoving|push|pushes|pushed|pushing|strangle|strangles|strangled|strangling|choke|chokes|choked|chokes|pinch|pinches|pinched|pinching|hurt|hurts|hurting|attack|attacks|attacked|attacking|assault|assaults|assaulted|assaulting|abuse|abuses|abused|abusing|bully|bullies|bullied|bullying|rape|raped|raping|batter|batters|battered|battering) ${OBJ}\b(?! (?:head|self|up|out|back|at (?:chess|cards|scrabble|darts|pool)|to (?:see|think|hear|know|watch)|feelings|wheelchair|chair|pram|buggy|trolley|along|around|round|forward|when (?:lifting|moving)|while (?:lifting|moving)|by accident|accidentally|with (?:a|the) (?:car|ball|bike|trolley|door))\b)`,
  },
  {
    id: 'roughHandling',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:grabbed|grabs|grabbing|held|holds|holding|pinned|pins|pinning|dragged|drags|dragging|shook|shakes|shaking) ${OBJ} (?:by the (?:throat|neck|hair|arms?|wrists?)|down|against the wall)\b|\b(?:rough|violent|aggressive|heavy handed) (?:with|towards) ${OBJ}\b|\bunexplained (?:bruises|bruising|injuries|marks)\b|\bleft (?:bruises|marks) on ${OBJ}\b`,
  },
  {
    id: 'sexualAbuse',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:touch|touches|touched|touching|groped|gropes|groping) ${OBJ} (?:inappropriately|sexually|down there|in (?:a|the) wrong (?:way|place)|where (?:he|she|they) shouldnt)\b|\binappropriate(?:ly)? touch|\b(?:groped|groping|molested|molesting|molests)\b`,
  },
  {
    id: 'beingHarmed',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:being|been|is being|was being|getting|gets|got) (?:\w+ly )?(?:mugged|robbed|burgled|stabbed|exploited|abused|beaten|beaten up|assaulted|attacked|bullied|threatened|exploited|neglected|raped|mistreated|ill treated|hit|punched|kicked|slapped|pushed around)\b(?! (?:by (?:a|the) (?:car|bus|ball|wave|bike|van|lorry)|up)\b)`,
  },
  {
    id: 'abuseNamed',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:abusive|coercive|coercion|controlling (?:behaviour|relationship|partner|husband|wife)|domestic (?:violence|abuse)|(?:financial|financially|physical|physically|sexual|sexually|emotional|emotionally|psychological|psychologically|elder|verbal|verbally) (?:abuse|abused|abusing|abusive)|sexually assaulted|rape|raped)\b`,
  },
  { id: 'abuseWord', kind: 'abuse', form: 'present', unclearOnly: true, pattern: rx`\babuse\b` },
  {
    id: 'threats',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:threaten|threatens|threatened|threatening) (?:${OBJ}|to (?:kill|hurt|hit|harm|beat|stab|burn|punch|kick|put (?:me|her|him) in a home|take (?:my|her|his) money|throw (?:me|her|him) out))\b(?! (?:${SELF3}|myself)\b)(?! with (?:eviction|court|legal|bailiffs|the police))|\b(?:said|says|keeps saying) (?:hed|he would|he will|hell|shed|she would|she will|shell|theyd|they would|they will|theyll) (?:kill|hurt|hit|stab|beat) ${OBJ}\b`,
  },
  {
    id: 'fearOfPerson',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:scared|afraid|frightened|terrified|petrified|fearful) (?:of|to be (?:alone )?with) (?:him|them|(?:my|his|her|their) (?:${REL})|the (?:carer|carers|neighbour|neighbours|lodger))\b(?! \w+ing\b)|\b(?:scared|afraid|frightened|terrified) (?:to go|of going) home\b|\b(?:scared|afraid|fear|fearing|frightened) for (?:my|her|his) (?:life|safety)\b|\b(?:dont|doesnt|never|not) feel safe (?:at home|with (?:him|her|them|my \w+)|in (?:my|her|his|the|our) (?:own )?(?:home|house|flat))\b`,
  },
  {
    id: 'confined',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:locks|locked|locking|lock) ${OBJ} (?:in|up|inside|out)\b|\b(?:keeps|kept|keeping) ${OBJ} (?:locked|prisoner|shut in)\b|\b(?:wont|doesnt|dont|never) let ${OBJ} (?:out|leave|go out|see (?:anyone|(?:(?:her|his|my|their) )?(?:friends|family|people|children|kids|grandchildren))|have (?:any |her |his |my )?(?:money|phone|food|friends|tablets|meds|medication|pills|glasses|frame|walking frame|stick|hearing aids?)|use the phone|eat|speak to anyone|talk to anyone)\b`,
  },
  {
    id: 'moneyTaken',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:takes|took|taking|taken|steals|stole|stolen|stealing|nicks|nicked|nicking|pinches|pinched|pinching|empties|emptied|emptying|drained|draining|controls|controlling|helps himself to|helps herself to|helping himself to|helping herself to|helped himself to|helped herself to) (?:all )?(?:of )?(?:my|her|his|their|mums|mams|dads|nans|grans) (?:money|cash|pension|benefits|savings|bank card|card|cards|pin|bank account|account|wages|allowance|attendance allowance|pip|jewellery|rings)\b(?! (?:to|for (?:the|her|his|my) shopping)\b)|\b(?:steals|stole|stealing|stolen|nicking|nicks|nicked|taking money|takes money|took money) from ${OBJ}\b|\b(?:made|makes|making|forced|forcing|forces|pressured|pressuring|pressures) ${OBJ} (?:sign|give|hand over|change|transfer|lend)\b`,
  },
  {
    id: 'moneyFraud',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:loans?|credit cards?|debts?|catalogues?) (?:taken out )?in (?:my|her|his|their) name\b|\b(?:scamming|scammed|conned|conning|defrauded|defrauding) ${OBJ}\b|\b(?:been|being|getting|got) (?:scammed|conned|defrauded|robbed)\b`,
  },
  {
    id: 'neglect',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:left|leaves|leaving|leave) ${OBJ} (?:alone )?(?:for (?:\w+ ){1,2})?(?:without|with no|with nothing to) (?:any |her |his |my )?(?:food|water|drink|heating|heat|eat|medication|meds|tablets|help|care|wash|a wash|changing)\b|\b(?:lying|lies|lay|sat|sitting|left|leaves|leaving) (?:(?:him|her|me|them) )?in (?:his|her|their|my) own (?:urine|wee|poo|faeces|mess|waste|excrement)\b|\b(?:not being|isnt being|hasnt been|havent been|not been|never) (?:fed|given (?:any )?(?:food|water|drink|(?:his|her|my) (?:meds|medication|tablets)))\b|\b(?:is|was|being|been|gets|get|keeps being|shes|hes|im|theyre) left (?:alone )?(?:without|with no) (?:any )?(?:food|water|drink|heating|medication|meds|help|care)\b|\b(?:starving|starves|starve|starved) ${OBJ}\b|\bno (?:food|water|heating) (?:in the house )?for (?:days|a week|two days|three days)\b`,
  },
  // ── Abuse: Welsh ────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'cyHarm',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:yn|wedi|newydd) (?:fy|ei|eu) (?:nharo|tharo|daro|taro|nghuro|churo|guro|curo|mrifo|brifo|frifo|phrifo|nghicio|gicio|chicio|cicio|nghamdrin|ngham drin|cham drin|gham drin|cam drin|mygwth|bygwth|fygwth|nghloi|chloi|gloi|cloi)\b|\b(?:taro|daro|curo|guro|cicio|gicio|brifo|frifo|cam drin|gam drin|bygwth|fygwth) ${WELSH_OBJ}\b`,
  },
  {
    id: 'cyAbuseNamed',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:cam drin domestig|trais domestig|cam drin ariannol|cam drin corfforol|cam drin rhywiol)\b`,
  },
  { id: 'cyAbuseWord', kind: 'abuse', form: 'present', unclearOnly: true, pattern: rx`\b(?:camdriniaeth|cam drin|gam drin|cham drin)\b` },
  {
    id: 'cyMoney',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:cymryd|gymryd|chymryd|dwyn|ddwyn|cymerodd|gymerodd|dygodd)(?: fy| ei| eu| holl)* (?:arian|harian|pensiwn|phensiwn|mhensiwn|bensiwn|cerdyn|gherdyn|ngherdyn|cherdyn|gerdyn|cynilion|nghynilion|chynilion|gynilion|budd daliadau)\b(?! (?:o|o yr|i yr|yn y)\b)(?! i\b(?! gyd\b))`,
  },
  {
    id: 'cyFear',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\bofn (?:arno fe|arno fo|arni hi|ohono|ohoni|ohonyn|fy (?:ngwr|ngwraig|mab|merch|mhartner|ngofalwr|nghymydog|nhad|mrawd|chwaer)|mynd adref|mynd adre|mynd gartref)\b|\b(?:ddim|dim) yn teimlo (?:yn )?ddiogel\b`,
  },
  {
    id: 'cyThreat',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:bygwth|fygwth|mygwth) (?:(?:fy|ei|eu) )?(?:lladd|ladd|mrifo|brifo|frifo|nharo|daro|tharo|taro|curo|nghuro|ngadael|gadael|rhoi mewn cartref)\b`,
  },
  {
    id: 'cyConfined',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:cloi|gloi|nghloi|chloi) (?:(?:fi|hi|fe|fo|mam|dad|fy \w+) )?(?:i )?(?:yn y ty|yn yr ystafell|i mewn|yn fy ystafell|yn ei hystafell|yn ei ystafell|yn y stafell)\b|\b(?:ddim yn|dim yn|byth yn) (?:gadael|ngadael|fy ngadael|ei gadael|ei adael|adael) (?:i fi |i mi |iddi |iddo |fi |hi )?(?:fynd allan|mynd allan|adael y ty|gweld neb|weld neb)\b`,
  },
  {
    id: 'cyNeglect',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\bheb (?:fwyd|ddwr|ddiod|wres|feddyginiaeth|ei moddion|ei foddion|fwyta) (?:ers|am) (?:dyddiau|ddyddiau|diwrnodau|dau ddiwrnod|tri diwrnod|wythnos)\b`,
  },

  // ── Families of meaning, broader than single phrases (see "Families" in the module comment) ────────────────────
  // Suicide: a wish, plan or despair, then an ending, with up to four words between ("want it all to end", "feel like
  // i should just end it", "wish i could go to sleep and never wake up").
  {
    id: 'wishToEnd',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:${SUICIDE_INTENT})\b${GAP} (?:${ENDING})\b(?! (?:with|between|of (?:embarrassment|shame|laughter|boredom|cold|heat|hunger|thirst)|${END_OF_LIFE_WISH}|tired|on (?:my|her|his) feet|beat|bored|loud|easy|good|funny|serious|right|lucky|set on|heavy|worried|excited|proud|end|battery|phone)\b)`,
  },
  {
    id: 'wishToEndWeak',
    kind: 'suicide',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:${SUICIDE_INTENT})\b${GAP} (?:${WEAK_ENDING})(?: (?:now|forever|tonight|today|please|soon|for good|already|anymore|altogether|completely|once and for all))?$`,
  },
  {
    id: 'doneWithLife',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:done|finished|through) with (?:life|living|it all|everything|this life|being alive)\b|\b(?:had enough|sick|tired|weary) of (?:life|living|being alive|being here|existing|it all)\b(?! (?:in|at|on|with|here|there|round|around|as|like)\b)|\b(?:give|giving|given|gave) up on (?:life|living|myself|everything)\b|\b(?:no one|nobody|none of them|no body) (?:would|will|d|is going to) (?:miss|notice|care|even notice)(?: me| if (?:i|im))\b|\b(?:better|happier|easier) (?:off )?without me\b|\bwhats the point (?:of|in) (?:me|my life|going on|carrying on|anything|it all|being here|waking up)\b|\bno (?:reason|point) (?:to|in) (?:wake up|waking up|carry on|carrying on|be here|being here)\b`,
  },
  {
    id: 'preparing',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:goodbye|suicide|farewell) (?:letters?|notes?|messages?|texts?)\b|\b(?:stockpil\w*|saving up|saved up|hoarding|collecting) (?:all )?(?:of )?(?:my |her |his |their |the )?${MEDS}\b|\b${MEDS} (?:are )?(?:ready|lined up|counted out|saved up|all saved|in front of me|here with me|next to me|in my hand)\b|\b(?:tied|made|got|bought|have|found) (?:a|the) noose\b|\bnoose\b|\b(?:jump|jumping|throw (?:myself|himself|herself)|throwing (?:myself|himself|herself)) (?:off|from|under|in front of) (?:the |a |that |this )?(?:\w+ ){0,3}?(?:bridge|building|roof|cliff|car park|balcony|tower|flats|block|window|pier|viaduct|overpass|train|bus|lorry|car|motorway)\b|\b(?:throw|throwing|threw) (?:myself|himself|herself) (?:off|under|in front of)\b`,
  },
  {
    id: 'harmBody',
    kind: 'suicide',
    form: 'auto',
    pattern: rx`\b(?:cutting|cuts|cut|burning|burns|burnt|burned|slashing|slashed|carving|scratching|scratched) (?:up )?(?:her|his|my|their) (?:own )?(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|tummy)\b(?! ${ACCIDENT}\b)|\b(?:kills|killed|hurts|harms|harmed|cuts|burns|burnt|burned|hangs|hanged|starves|starved|poisons|poisoned|drowns|drowned|strangles|strangled|suffocate|suffocating) ${SELF3}\b(?! ${ACCIDENT}\b)|\b(?:razor|razor blades?|blades?) (?:to|on|against) (?:my|her|his|their) (?:arms?|legs?|wrists?|skin)\b`,
  },
  {
    id: 'poisonTaken',
    kind: 'suicide',
    form: 'overdose',
    pattern: rx`\b(?:drank|drunk|drinking|swallowed|swallowing|took|taken|ate|eaten|downed|necked) (?:some |a bottle of |the |a lot of |loads of |a load of |a cup of |a glass of )?(?:bleach|antifreeze|weedkiller|weed killer|poison|rat poison|screenwash|detergent|batteries|dishwasher tablets|washing tablets|washing pods|paraquat)\b`,
  },
  {
    id: 'suicideAlone',
    kind: 'suicide',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:overdose|overdoses|overdosing|slit|slitting|wrists|self destruct\w*|kill myself|end it all|not wake up|never wake up)\b|\b(?:got|have|bought|found|keep) (?:a|the|some) (?:rope|ligature)(?: (?:ready|here|upstairs|in my room|hidden))?$`,
  },
  // Medical: the body giving way.
  {
    id: 'goneLimp',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:gone|went|going|turned|turning|goes) (?:all |really |very |completely )?(?:limp|floppy|blue|purple|grey and clammy|grey and sweaty|stiff and (?:shaking|jerking))\b|\b(?:struggling|fighting|gasping|straining|labouring) for (?:breathe|air)\b|\bcant get (?:any )?(?:air|breathe) (?:in|into)\b|\b(?:so much|too much|much|a lot of|lots of|loads of|pools? of|puddle of) blood\b`,
  },
  {
    id: 'notRespondingBroad',
    kind: 'medical',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:not|isnt|wont|doesnt|hasnt been|stopped|no longer|cant get (?:him|her|them) to) (?:responding|respond|reacting|react)\b(?! (?:to|well)\b(?! (?:me|us|anything|anyone|my voice|his name|her name|touch|pain)\b))`,
  },
  {
    id: 'breathingWrong',
    kind: 'medical',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\bbreathing (?:is |has gone |sounds )?(?:very |really )?(?:funny|strange|weird|noisy|rattly|rattling|shallow|laboured|labored|fast|odd|gurgling|wrong)\b|\b(?:very|really|so|extremely|badly|severely) (?:short of|out of) breathe\b|\b(?:ambulance|paramedics?)\b(?! (?:took|came|arrived|brought|was|were|had|service|services|station|staff|trust|strike|drivers?|volunteers?|jobs?|training|crew|cars?)\b)|\bbreathing (?:very |really )?(?:weirdly|strangely|funnily|oddly|noisily|heavily and)\b|\b(?:grey|gray|pale|clammy) and (?:sweating|sweaty|clammy|cold)\b|\b(?:shaking|jerking|twitching) (?:all over|uncontrollably|and (?:wont|cant) stop)\b|\b(?:cant|suddenly cant|unable to) (?:feel|move|lift) (?:his|her|my|their) (?:arm|leg|face|side|hand)\b`,
  },
  // Abuse: more ways of hurting, taking and controlling.
  {
    id: 'hurtBroad',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:smack|smacks|smacked|smacking|whack|whacks|whacked|thump|thumps|thumped|thumping|headbutt\w*|stab|stabs|stabbed|stabbing|throttle\w*|smother\w*|suffocat\w*|spits? at|spat at|spitting at|burns|burnt|burned) ${OBJ}\b|\bbeat(?:s|en|ing)? (?:${OBJ}) up\b|\bbeat(?:s|ing)? up ${OBJ}\b|\b(?:throws|threw|throwing|chucks|chucked|chucking|hurls|hurled) (?:things|stuff|objects|plates|cups|mugs|furniture|chairs|a \w+|his \w+|her \w+) at ${OBJ}\b`,
  },
  {
    id: 'moneyBroad',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:steals|stole|stolen|stealing|nicks|nicked|nicking|pinches|pinched|pinching|helps himself to|helps herself to) (?:\w+ )?(?:money|cash|notes|pension|savings) (?:from|out of) (?:my|her|his|their|mums|dads|nans|grans) (?:purse|wallet|bag|handbag|account|bank|room|house|flat|tin|drawer)\b|\b(?:taken|took|taking|takes) (?:over|control of) (?:all )?(?:of )?(?:my|her|his|their) (?:bank |post office )?(?:account|accounts|money|finances|pension|card|cards|benefits|savings)\b|\b(?:wont|doesnt|never|refuses to) (?:give|hand) (?:${OBJ} )?(?:back )?(?:any )?(?:of )?(?:my|her|his|their)? ?(?:own )?(?:money|pension|cash|bank card|card|benefits)\b|\b(?:forced|forcing|forces|made|makes|making|pressured|pressuring|pressures|bullied|bullies|bullying) ${OBJ} (?:in)?to (?:give|hand over|sign|change|transfer|lend|withdraw)\b`,
  },
  {
    id: 'abuseSigns',
    kind: 'abuse',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:bruises|bruising|black eyes?|finger marks|grip marks|burn marks)\b(?! easily\b)|\b(?:scared|afraid|frightened|terrified|petrified) (?:of|when) (?:him|her|them|he|she|they)\b(?! \w+ing\b)|\bwhat (?:he|she|they) (?:does|do|did) to (?:me|her|him|us)\b|\bi never see (?:any )?(?:of )?(?:my )?(?:money|pension)\b`,
  },
  // Welsh: mutated forms of the key words, from one list (see welshForms).
  {
    id: 'cyHarmBroad',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:yn|wedi|newydd) (?:fy|ei|eu|ein) ${welshForms('bwrw', 'taro', 'curo', 'cicio', 'brifo', 'bygwth', 'cloi', 'dyrnu', 'gwthio', 'tagu', 'clatsio', 'slapio')}\b|\b${welshForms('dwyn', 'cymryd')} (?:fy|ei|eu) ${welshForms('arian', 'pensiwn', 'pension', 'cerdyn', 'cynilion')}\b(?! (?:o|yn y|am|i (?:yr|y|r|siop\w*|brynu|dalu|talu|swyddfa|banc|fanc))\b)`,
  },
  {
    id: 'cyWishToEnd',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:sai|sa i|smo fi|so fi|dw i ddim|dwi ddim|dydw i ddim|dwi ddim yn|nid wyf) (?:yn )?(?:eisiau|isio|isie|ishe|moyn|eisio|am) (?:byw|fyw|bod yn fyw|bod yma|bod ar ol)\b|\b(?:rhoi|roi) diwedd ar (?:y cyfan|popeth|pethau|fy hun|fy hunan|fy mywyd|ei fywyd|ei bywyd)\b|\b(?:eisiau|isio|isie|moyn|am) (?:diflannu|ddiflannu|mynd am byth|peidio bod|peidio deffro)\b|\bwedi cael digon ar (?:fyw|fywyd|bywyd|bob dim|popeth)\b|\bgwell (?:i bawb |i bawb os |fyddai )?(?:hebdda i|hebddo i|hebof i|heb fi)\b`,
  },
  {
    id: 'cyMedicalBroad',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:troi|wedi troi|mynd|wedi mynd) (?:yn )?(?:las|glas|llipa)\b|\b(?:ddim yn|dim yn|heb) ymateb\b|\b(?:llawer|lot|llwyth) o waed\b|\b(?:methu|ffaelu|ffili) cael (?:ei |fy )?(?:anadl|gwynt|wynt)\b`,
  },
  {
    id: 'despairLife',
    kind: 'suicide',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:dont want to|cant|no point|not worth|isnt worth|hate|had enough of|tired of|sick of|done with|fed up of|fed up with|give up on|nothing left|no way out|hopeless|pointless)\b(?: \w+){0,3}? (?:living|being alive|life|being here|existing|going on|carrying on|to live)\b(?! (?:in|at|on|with|near|alone|by|here|there|together|independently|room|skills|insurance|cover|jacket)\b)|\b(?:no way out|cant see a way out|cant see any way out|see no way out)\b|\b(?:taken|took|swallowed) (?:something|some stuff|some pills|some tablets|a few pills|a few tablets)\b`,
  },
  {
    id: 'edge',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:standing|stood|sitting|sat|im|on) (?:on|at) (?:the |a )?(?:edge of (?:the|a) (?:roof|bridge|cliff|platform)|ledge|railway tracks|train tracks|tracks|top of (?:the|a) (?:bridge|car park|multi storey|building|cliff))\b|\b(?:im|i am|standing|stood|sitting|sat) on (?:the|a) (?:bridge|roof)\b`,
  },
  {
    id: 'happierWithout',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:better|happier|easier|best) (?:off )?(?:for (?:\w+ )?(?:\w+ )?)?(?:if|when) (?:i|im) (?:was |were )?(?:wasnt|werent|not|dead|gone|never born|no longer)\b|\b(?:life|living|it) (?:is |isnt |aint |is not )?(?:not )?worth (?:living|it anymore|going on)\b`,
  },
  {
    id: 'cySelfHarmBody',
    kind: 'suicide',
    form: 'auto',
    pattern: rx`\b${welshForms('torri', 'llosgi', 'crafu')} (?:ei|fy|eu) (?:${welshForms('breichiau', 'braich', 'coesau', 'coes', 'arddyrnau', 'arddwrn', 'croen', 'corff')})\b|\b${welshForms('blino', 'laru', 'syrffedu')} ar (?:fyw|byw|bywyd|fywyd|bod yn fyw)\b`,
  },
  {
    id: 'heartSigns',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:holding|clutching|gripping|grabbing|clasping) (?:at )?(?:his|her|my|their) chest\b|\b(?:face|smile) (?:looks|has gone|is|went|seems) (?:wrong|funny|odd|strange|weird|lopsided|twisted)\b|\bone side of (?:his|her|my|their) face\b|\b(?:barely|semi|hardly|only just) conscious\b|\bdrifting (?:in and )?out of consciousness\b|\b(?:wont|cant|doesnt|isnt) (?:open (?:his|her|their) eyes|stay awake|keep (?:his|her|their) eyes open)\b`,
  },
  {
    id: 'neglectBroad',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:not|isnt|arent|wont|doesnt|dont|never|stopped|hasnt been|havent been) (?:feeding|fed|giving ${OBJ} (?:food|meals|water|drinks|anything to eat|(?:his|her|their) (?:meds|medication|tablets)))\b|\b(?:wont|doesnt|never|dont) let ${OBJ} (?:go anywhere|go outside|leave (?:the|her|his|my) (?:house|room|flat)|out of (?:his|her|their) sight|see a doctor|see the doctor|see the gp|call anyone|phone anyone|have visitors)\b|\b(?:keeps|kept|keeping) ${OBJ} (?:in|inside) (?:the|her|his|my|their) (?:house|flat|room|bedroom)\b`,
  },
  {
    id: 'moneyTakenUnclear',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    unclearOnly: true,
    pattern: rx`\b(?:takes|took|taking|taken|withdraws|withdrew|withdrawing|withdrawn|using|used|uses) (?:money|cash) (?:out of|from) (?:my|her|his|their|mums|dads|nans|grans) (?:account|bank|card|purse|wallet|savings)\b|\b(?:abused|abuser|abusing|abuses)\b`,
  },
  {
    id: 'cyAbuseBroad',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b${welshForms('dwyn')} (?:(?:fy|ei|eu) )?${welshForms('arian', 'pensiwn', 'pension', 'cerdyn', 'cynilion')}\b|\bofn (?:fy|ei|eu) ${welshForms('gwr', 'gwraig', 'mab', 'merch', 'partner', 'gofalwr', 'gofalwraig', 'cymydog', 'tad', 'brawd', 'chwaer', 'wyr', 'wyres', 'cariad')}\b`,
  },
  {
    id: 'despairAlone',
    kind: 'suicide',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:going to|gonna|might|about to|will|want to|feel like (?:im going to|i might)) do something (?:stupid|silly|drastic|bad|daft)\b|\bcant (?:cope|do this|take (?:it|this|much more|any more)|go on like this|keep going)(?: anymore| any longer| much longer)?$|\bwhats the point(?: anymore| of anything| of it all| in anything)?$|\b(?:im|i am|i feel like|i feel|feel like) (?:just )?(?:a )?(?:burden|waste of space)\b(?! to (?:nobody|no one|noone|anyone)\b)|\bdont know (?:if|whether|how) (?:i|i can|i want to) (?:\w+ )?(?:live|go on|carry on|keep going|be here)\b|\b(?:took|taken|had|swallowed) (?:double|triple|twice|three times|extra) (?:my|her|his|the) (?:dose|meds|medication|tablets|pills)\b|\b(?:cutting|burning|self harming) again\b`,
  },
  {
    id: 'threatensSuicide',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:threatening|threatened|threatens|says|saying|said|keeps saying|talking about|talks about|talked about) (?:to |hell |shell |hed |shed |he will |she will |he would |she would |hes going to |shes going to |theyre going to )?(?:jump|kill ${SELF3}|killing ${SELF3}|end it|ending it|hang ${SELF3}|hanging ${SELF3}|take (?:an overdose|(?:his|her|their) (?:own )?life)|taking (?:his|her|their) (?:own )?life|do something stupid)\b|\b(?:is|hes|shes|theyre) (?:up )?on the (?:roof|bridge|ledge)\b`,
  },
  {
    id: 'medicalBroad2',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\bbreathing (?:has |had )?stopped\b|\b(?:bad|severe|big|major|really bad|terrible|serious) asthma attack\b|\bhaving an asthma attack\b|\binhaler (?:isnt|is not|not|doesnt|isnt even) (?:working|helping)\b|\b(?:having a|gone|going|in a) hypo\b|\b(?:words|speech|talking) (?:are |is )?(?:all )?(?:jumbled|muddled|garbled|gibberish|nonsense)\b|\bcant get (?:his|her|my|their) words out\b|\b(?:hit|banged|bumped|cracked|smashed) (?:his|her|my|their) head\b(?: \w+){0,4}? (?:and|now) (?:is |hes |shes |keeps )?(?:drowsy|sleepy|being sick|vomiting|confused|bleeding|not making sense)\b|\b(?:is|hes|shes|seems|feels|baby is|went|gone) (?:all |very |really )?(?:limp|floppy)\b|\b(?:yn|wedi) (?:tagu|ffitio)\b|\bwyneb (?:wedi|yn) (?:disgyn|cam|gwyro|llithro)\b`,
  },
  {
    id: 'medicalUnclear2',
    kind: 'medical',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:wheezing|wheezy) (?:badly|really badly|and cant (?:talk|speak))\b|\bsugars? (?:levels? )?(?:is |are )?(?:really |very |dangerously )(?:low|high)\b|\brash (?:that )?(?:doesnt|wont|dont) fade\b|\bdeep cut\b|\bgash\b|\bcut (?:is )?(?:really |very )deep\b`,
  },
  {
    id: 'abuseBroad2',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:im|shes|hes|were|theyre|she is|he is|i am|they are) not allowed (?:to )?(?:out|leave|go out|go outside|see|have|use|eat|phone|call|speak|talk|visit)\b|\b(?:forced|forces|forcing|made|makes|making|pressured|pressures) ${OBJ} (?:to )?(?:have sex|do sexual|sleep with|do things (?:i|she|he|they) (?:dont|doesnt|didnt) want)\b|\b(?:angry|nasty|violent|aggressive|shouts|kicks off|threatening) (?:if|when) (?:i|she|he|mum|dad|nan) (?:say|says|said|refuse|refuses|wont|dont|doesnt) (?:no|give|pay|hand)\b|\b(?:borrows|borrowed|borrowing|takes|took|taking) (?:\w+ )?money (?:off|from) ${OBJ} and (?:never|doesnt|wont|hasnt) (?:pay|paid|pays|give|gives|given)\b|\b(?:hasnt|havent|not|isnt|wasnt) been (?:washed|changed|fed|bathed|turned|given a drink) (?:for|in) (?:days|weeks|hours|ages|a week|two days|three days)\b|\bleft in (?:a )?(?:dirty|soiled|wet) (?:pad|pads|nappy|bed|sheets|clothes)\b|\b(?:yn|wedi) ${welshForms('dwyn')} (?:oddi ar|gan|o) (?:fi|mi|hi|fe|fo|mam|dad|nain|taid|fy|ei)\b`,
  },
  {
    id: 'abuseUnclear2',
    kind: 'abuse',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:humiliat\w*|belittl\w*|intimidat\w*|bullies|bullying|bullied|terrori[sz]\w*|harass\w*|stalking|stalked|stalker|esgeulus\w*)\b|\b(?:moved in|taken over (?:my|her|his) (?:house|flat|home)) and (?:wont leave|wont go|refuses to leave)\b|\b(?:takes|took|taken|taking|hides|hid|hidden|hiding|smashed|broke) (?:away )?(?:my|her|his) (?:phone|mobile|walking frame|frame|stick|wheelchair|hearing aids?|glasses|door keys)\b(?! (?:to|for|in|into|out|back|with)\b)|\bkeeps touching (?:me|her|him)\b|\bcarers? (?:havent|hasnt|didnt|never|dont|doesnt) (?:turned up|come|came|showed up|been) (?:for|in) (?:days|two days|three days|a week)\b`,
  },
  {
    id: 'cyBroad2',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\bdim pwynt (?:byw|mewn byw|i fyw|bod yma|cario mlaen)\b|\b(?:llond bol|digon) ar (?:fyw|byw|fywyd|bywyd)\b|\b(?:rhoi|roi) terfyn ar (?:fy|ei) (?:mywyd|fywyd|bywyd|hun|hunan)\b`,
  },
  {
    id: 'dyingNow',
    kind: 'medical',
    form: 'present',
    pattern: rx`\b(?:hes|shes|theyre|is|im|are) dying (?:right now|now|here|in front of me)\b|\b(?:i think|think|i reckon) (?:hes|shes|theyre|he is|she is|they are|my \w+ is|im|i am) dying\b(?! (?:of|from|with|for|to)\b)`,
  },
  {
    id: 'lyingSomewhere',
    kind: 'medical',
    form: 'present',
    fall: 'mention',
    pattern: rx`\b(?:lying|laying|slumped|sprawled|collapsed|face down|flat out) (?:on|in|at|across) (?:the|a) (?:\w+ )?(?:floor|ground|street|road|pavement|path|garden|grass|bath|stairs|doorway|hallway|toilet|car park)\b`,
  },
  {
    id: 'controlAndIsolation',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:kept|keeping|keeps|stopped|stopping|stops|prevented|preventing|prevents) (?:${OBJ} )?from (?:seeing|visiting|contacting|calling|phoning|talking to|speaking to|going out|leaving)\b|\b(?:controls|controlling|control) (?:everything|every thing|all of what|what) (?:i|she|he|we) (?:do|does|say|says|spend|spends|wear|wears|eat|eats)\b|\b(?:checks|checking|goes through|reads|tracks|tracking) (?:my|her|his) (?:phone|messages|texts|location|emails)\b|\bisolat\w* (?:me|her|him|them|us) from\b`,
  },
  {
    id: 'neglectUnclear',
    kind: 'abuse',
    form: 'present',
    unclearOnly: true,
    needsPersonAgent: true,
    pattern: rx`\b(?:living|lives|left|lying|sitting|sat) in (?:filth|squalor|dirt|(?:his|her|their) own (?:mess|dirt))\b|\b(?:using|used|uses|been using|spending|spent|spends) ${POSS} (?:bank )?(?:card|cards|account|pin|money|pension|savings|benefits)\b(?! (?:to|for) (?:do|pay|buy|get)\b)`,
  },
  // Abuse: violence done to a body part, by someone else ("he broke my arm", "she pulled my hair").
  {
    id: 'bodyHarmedByOther',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:he|hes|him|they|theyve|(?:my|the|her|his|our) (?:${REL}|carers?|care worker|staff|nurse|neighbour|lodger|stepdad|stepmum|ex)) (?:has |had |have |keeps |always |just )?(?:${BODY_VERBS}) (?:my|her|their) (?:${BODY})\b|\bshe (?:has |had |keeps |always |just )?(?:${BODY_VERBS}) (?:my|his|their) (?:${BODY})\b|\b(?:threw|throws|throwing|thrown|shoved|shoves|slammed|slams|flung|dragged|drags|dragging|pinned|pins|pushed|pushes) ${OBJ} (?:against|down|over|across|out of bed|to the (?:floor|ground))\b|\b(?:dragged|drags|dragging) ${OBJ} (?:around|along|across|by)\b|\bheld (?:against (?:my|her|his|their) will|prisoner)\b|\b(?:tie|tied|ties|tying|strap|straps|strapped|strapping) ${OBJ} (?:up|to|down|in)\b|\b(?:restrain|restrains|restrained|restraining) ${OBJ}\b|\b(?:spits|spat|spitting) (?:at|on|in) (?:${OBJ}|(?:my|her|his) (?:food|face|drink|tea))\b|\b(?:steals|stole|stolen|stealing|nicks|nicked|nicking|pinches|pinched) ${POSS} (?:medication|meds|tablets|painkillers|pills|morphine|patches|food)\b`,
  },
  {
    id: 'shoutedAt',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    unclearOnly: true,
    pattern: rx`\b(?:shouts|shouting|shouted|screams|screaming|screamed|yells|yelling|yelled|swears|swearing|swore) at ${OBJ}\b`,
  },
  {
    id: 'selfHarmMeans',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:use|used|using|turn|turning|try|trying) (?:it|them|that|this|a \w+|the \w+|my \w+) on (?:myself|himself|herself|themselves|my self)\b|\bcant (?:go on|carry on)(?: anymore| any longer| like this)?$`,
  },
  {
    id: 'strokeAndBleedBroad',
    kind: 'medical',
    form: 'auto',
    pattern: rx`\b(?:cant|unable to|not able to|suddenly cant) (?:move|feel|use|lift) (?:one side|the (?:left|right) side|(?:his|her|my|their) (?:left|right) (?:side|arm|leg|hand))\b|\bone side of (?:his|her|my|their) (?:body|face)\b|\bface (?:has )?(?:gone|dropped|fallen|slipped|slumped) (?:to one side|down on one side|on one side)\b|\b(?:being sick|sicking up|bringing up|vomiting up|throwing up|spitting up|coughing) (?:blood|up blood)\b|\bblood in (?:his|her|my|their) (?:sick|vomit)\b`,
  },
  {
    id: 'bloodFrom',
    kind: 'medical',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\bblood (?:coming|pouring|running|dripping|gushing) (?:from|out of)\b`,
  },
  // Medical: signs a person would describe without naming the emergency.
  {
    id: 'unwellSignsUnclear',
    kind: 'medical',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:gone|going|turned|turning|is) (?:a )?(?:really |very )?(?:funny|strange|weird|odd|horrible|awful|bad|grey|gray|yellow) colou?r\b|\b(?:isnt|not|wont|doesnt|cant) (?:answering|answer) (?:me|us)\b|\b(?:very|really|so|extremely|suddenly) (?:drowsy|sleepy and confused|confused and (?:drowsy|sleepy|vomiting|being sick|hot|cold))\b|\bsuddenly (?:really |very )?confused\b|\bcant (?:stand|stand up|get up|walk) and (?:is |hes |shes )?(?:really |very )?(?:confused|dizzy|in pain|cold|shaking)\b|\b(?:heart|pulse) (?:is )?(?:racing|pounding|going really fast|all over the place)\b|\b(?:feels|feeling|felt|going to|about to) (?:really |very )?(?:faint|pass out)\b|\bstopped (?:eating and drinking|drinking and eating)\b`,
  },
  // Abuse: violence and fear described around the act.
  {
    id: 'violentPerson',
    kind: 'abuse',
    form: 'present',
    needsPersonAgent: true,
    pattern: rx`\b(?:is|gets|getting|got|was|becomes|been|drunk and|high and) (?:very |really |so )?violent\b|\bviolent (?:towards|to|with) ${OBJ}\b|\bhiding (?:in (?:the|my|a) \w+ )?from (?:him|her|them|my \w+)\b|\blocked myself in (?:the|my) (?:bathroom|bedroom|room|toilet)\b|\b(?:threatening|waving|pointing|swinging|came at (?:me|her|him) with) (?:a|the) (?:knife|knives|gun|weapon|machete|hammer|bat)\b|\b(?:sold|sells|selling|took|takes|taken|used|uses|using|spent|spends|withdrew|withdrawn|changed|signed|transferred|pawned) (?:\w+ ){1,4}?without (?:asking|permission|consent|telling|(?:my|her|his|their) (?:permission|consent|knowledge|say so|agreement))\b|\bexploit(?:ed|ing|ation|s)?\b`,
  },
  {
    id: 'weaponOrAggression',
    kind: 'abuse',
    form: 'present',
    unclearOnly: true,
    // "i've got a knife" is about the person themselves: the suicide patterns read what they mean to do with it.
    notAfter: /\b(?:i|ive|im|id)$/,
    pattern: rx`\b(?:has|got|holding|with|grabbed|picked up) (?:a|the) (?:knife|knives|gun|weapon|machete)\b(?! (?:and fork|block|set|sharpener)\b)|\b(?:is|gets|getting|got|becomes) (?:very |really |so )?aggressive (?:towards|to|with|at) ${OBJ}\b|\bbanging on (?:the|my|her) (?:door|window)s?\b`,
  },
  {
    id: 'cyBroad3',
    kind: 'suicide',
    form: 'present',
    pattern: rx`\b(?:dim|ddim) rheswm (?:i|dros) (?:fyw|byw)\b|\b(?:eisiau|isio|isie|moyn|am) (?:gorffen|orffen) (?:popeth|y cyfan|fy mywyd|fy hun)\b|\b(?:methu|ffaelu|ffili|ddim yn gallu|dim yn gallu) (?:mynd ymlaen|cario mlaen|cario ymlaen|dal ati)\b|\b(?:dont|doesnt) deserve to (?:live|be alive|be here)\b|\b(?:id|i would|i d|im|i am|i was|if i was|if im) (?:be )?better off (?:dead|gone|not here|not around|out of (?:the|everyones) way)\b|\bwedi (?:llyncu|lyncu) (?:fy |ei |eu )?(?:pils|pills|tabledi|dabledi|thabledi)\b|\b(?:gormod o|llwyth o) (?:inswlin|insulin)\b`,
  },
  {
    id: 'cyAbuse3',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\bcael (?:fy|ei|eu) ${welshForms('curo', 'taro', 'cam drin', 'bwrw', 'cicio', 'brifo', 'treisio', 'ymosod', 'bwlio')}\b|\byn fy ${welshForms('bwlio')}\b`,
  },
  {
    id: 'cyAbuseUnclear3',
    kind: 'abuse',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\byn (?:gas|greulon|frwnt|gwael) (?:gyda|efo|wrth|tuag at) (?:fi|mi|hi|fe|fo|e|nhw|mam|dad|nain|taid)\b|\b(?:gweiddi|weiddi) (?:arna i|arni|arno|arnon ni)\b`,
  },
  {
    id: 'tooMuchForAche',
    kind: 'suicide',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:taken|took|had|been taking) (?:too many|too much|way too many|a lot of|loads of|lots of|double|extra) (?:\w+ )?(?:painkillers|paracetamol|co codamol|codeine|ibuprofen|tramadol|morphine|insulin)\b`,
  },
  {
    id: 'nobodyCares',
    kind: 'suicide',
    form: 'present',
    unclearOnly: true,
    pattern: rx`\b(?:nobody|no one|noone) (?:cares|would care|would notice|will notice|would even notice)\b(?! (?:about (?:the|my|this) (?:garden|house|bins|noise|form|forms)))|\b(?:if|whether) i live or die\b|\b(?:goodbye|bye) (?:everyone|everybody|all|world|forever|cruel world)\b|\bthis is (?:goodbye|the end)\b`,
  },
  {
    id: 'cyConfinedFear',
    kind: 'abuse',
    form: 'present',
    pattern: rx`\b(?:fy|ei|eu) ${welshForms('cadw', 'cloi')} (?:i |hi |e |fe |fo )?(?:yn y ty|yn yr ystafell|i mewn|yn y stafell|yn fy ystafell|yn ei hystafell|yn ei ystafell|yn y llofft)\b|\bofn (?:arna i|arnai|arni|arno|arnon ni|arnyn nhw) (?:o|rhag) (?:fy|ei|eu) \w+`,
  },
];
