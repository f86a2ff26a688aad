/**
 * Turns a raw message into lower-case clauses of plain words, so the crisis patterns can be written once for the many
 * ways people type: capitals, curly apostrophes, missing apostrophes ("cant", "im"), Welsh accents ("strôc", "rŵan"),
 * Welsh elision ("e'n" for "e yn") and common typos of the words that matter.
 */

/** Spelling slips seen in real chat for short words that fuzzy matching would make too greedy. */
const KNOWN_SLIPS: Readonly<Record<string, string>> = {
  cnat: 'cant', cnt: 'cant', carnt: 'cant', cannae: 'cant',
  breath: 'breathe', brethe: 'breathe', breth: 'breathe', brathe: 'breathe', breate: 'breathe', breeth: 'breathe',
  breathin: 'breathing', breathn: 'breathing', brething: 'breathing',
  chets: 'chest', chset: 'chest', chesr: 'chest',
  pian: 'pain', pai: 'pain',
  kil: 'kill', kll: 'kill', kilk: 'kill', killin: 'killing',
  mysef: 'myself', myslef: 'myself', mysefl: 'myself', meself: 'myself', myelf: 'myself',
  strok: 'stroke', stroek: 'stroke', storke: 'stroke',
  hiting: 'hitting', hittin: 'hitting', hitin: 'hitting', bleedin: 'bleeding', bleding: 'bleeding',
  mony: 'money', moeny: 'money',
  od: 'overdose', oded: 'overdosed', odeed: 'overdosed',
  wanna: 'want to', gonna: 'going to', wana: 'want to', u: 'you', ur: 'your', pls: 'please', plz: 'please',
  seizur: 'seizure', siezure: 'seizure', seisure: 'seizure', sezure: 'seizure', ceasure: 'seizure',
  suicde: 'suicide', sucide: 'suicide', suiside: 'suicide', suicid: 'suicide', suacide: 'suicide',
  ambulence: 'ambulance', ambulanse: 'ambulance', amblance: 'ambulance',
  // Text-speak and chat shorthand for the words that carry danger.
  kms: 'kill myself', kys: 'kill yourself', unalive: 'kill', unaliving: 'killing', unalived: 'killed',
  gna: 'going to', gunna: 'going to', gonnae: 'going to', tryna: 'trying to', imma: 'im going to', ima: 'im going to',
  dnt: 'dont', wnt: 'want', cudnt: 'couldnt', cldnt: 'couldnt', wudnt: 'wouldnt',
  ded: 'dead', dyin: 'dying', dieing: 'dying',
  tabs: 'tablets', pils: 'pills', pilss: 'pills', paracetemol: 'paracetamol', paracetomol: 'paracetamol',
  ambo: 'ambulance', amberlance: 'ambulance', ambulnce: 'ambulance',
  sum1: 'someone', some1: 'someone', any1: 'anyone', every1: 'everyone', evry1: 'everyone', no1: 'no one', noone: 'no one',
  tonite: 'tonight', '2nite': 'tonight', '2night': 'tonight', '2day': 'today', '2moro': 'tomorrow', b4: 'before',
  coz: 'because', cuz: 'because', bc: 'because',
  hez: 'hes', shez: 'shes', wiv: 'with', wif: 'with',
  suicial: 'suicidal', sucidal: 'suicidal', suicdal: 'suicidal', suisidal: 'suicidal',
  unconcious: 'unconscious', unconsious: 'unconscious', unconshus: 'unconscious',
  breavin: 'breathing', breathign: 'breathing', breating: 'breathing', breatheing: 'breathing',
};

/** Dropped final g ("killin", "takin"): restored only for words whose -ing form matters here. */
const DROPPED_G = new Set([
  'dying', 'killing', 'hitting', 'beating', 'hurting', 'cutting', 'bleeding', 'breathing', 'choking', 'fitting',
  'taking', 'stealing', 'nicking', 'kicking', 'punching', 'slapping', 'threatening', 'harming', 'burning', 'ending',
  'starving', 'shaking', 'waking', 'responding', 'moving', 'struggling', 'gasping', 'collapsing', 'jumping',
  'hanging', 'overdosing', 'scamming', 'locking', 'pushing', 'shoving', 'strangling', 'seizing', 'convulsing',
]);

/**
 * Words worth correcting by one slip (a letter missed, added, changed or swapped). Each is long and has no common
 * English or Welsh word one slip away, so correcting to it cannot turn an ordinary word into an alarm.
 */
const FUZZY_WORDS: readonly string[] = [
  'breathing', 'breathe', 'unconscious', 'unresponsive', 'suicide', 'suicidal', 'overdose', 'overdosed', 'bleeding',
  'seizure', 'seizures', 'collapsed', 'ambulance', 'anaphylaxis', 'anaphylactic', 'allergic', 'threatening',
  'threatened', 'threatens', 'paracetamol', 'tablets', 'strangled', 'strangling', 'abusive', 'myself',
  'himself', 'herself', 'themselves', 'convulsing', 'convulsions', 'hunanladdiad', 'hunanladdol', 'anymwybodol',
  'gorddos', 'anadlu', 'stealing', 'pension', 'slurring', 'drooping',
];
const FUZZY_SET = new Set(FUZZY_WORDS);

/** Ordinary words one slip from a fuzzy word; they are left alone. */
const PROTECTED = new Set(['tablet', 'collapse', 'pensions', 'breathes', 'breathed', 'amusing', 'sealing', 'breeding']);

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
function withinOneSlip(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const fuzzyCache = new Map<string, string>();

function correctWord(raw: string): string {
  // Letters held down ("pleeease", "killll") count once past two.
  const word = raw.length > 3 ? raw.replace(/([a-z])\1{2,}/g, '$1$1') : raw;
  const slip = Object.hasOwn(KNOWN_SLIPS, word) ? KNOWN_SLIPS[word] : undefined;
  if (slip !== undefined) return slip;
  if (word.length >= 5 && word.endsWith('in') && DROPPED_G.has(`${word}g`)) return `${word}g`;
  if (word.length < 6 || FUZZY_SET.has(word) || PROTECTED.has(word)) return word;
  const cached = fuzzyCache.get(word);
  if (cached !== undefined) return cached;
  let corrected = word;
  for (const candidate of FUZZY_WORDS) {
    if (Math.abs(candidate.length - word.length) <= 1 && withinOneSlip(word, candidate)) {
      corrected = candidate;
      break;
    }
  }
  // The cache only holds words already seen, so it stays small in practice; cap it so it cannot grow without bound.
  if (fuzzyCache.size > 5000) fuzzyCache.clear();
  fuzzyCache.set(word, corrected);
  return corrected;
}

/** Multi-word forms folded into one spelling, so patterns need list each only once. Order matters. */
const PHRASE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(can not|cannot|can t)\b/g, 'cant'],
  [/\b(could not)\b/g, 'couldnt'],
  [/\bwill not\b/g, 'wont'],
  [/\bdo not\b/g, 'dont'],
  [/\b(does not|dosnt|dosent|doesent|doesnt)\b/g, 'doesnt'],
  [/\bdid not\b/g, 'didnt'],
  [/\b(is not|aint)\b/g, 'isnt'],
  [/\bare not\b/g, 'arent'],
  [/\bwas not\b/g, 'wasnt'],
  [/\bhas not\b/g, 'hasnt'],
  [/\bhave not\b/g, 'havent'],
  // Welsh "dw i" first, so "dw i am farw" is not read as English "i am".
  [/\bdw i\b/g, 'dwi'],
  [/\bi am\b/g, 'im'],
  // Northern and Scouse "me" for "my" before what is owned: "took all me money", "me tablets".
  [/\bme (self|money|cash|tablets|pills|meds|medication|pension|card|bank card|purse|wallet|phone|mum|mam|dad|nan|son|daughter|husband|wife|fella|partner|boyfriend|girlfriend|room|house|keys|benefits|savings|arm|arms|head|face|wrists|life)\b/g, 'my $1'],
  [/\bmy self\b/g, 'myself'],
  [/\bhe is\b/g, 'hes'],
  [/\bshe is\b/g, 'shes'],
  [/\bthey are\b/g, 'theyre'],
  [/\bany more\b/g, 'anymore'],
  [/\bself harm/g, 'selfharm'],
  [/\bepi pen\b/g, 'epipen'],
  // Text-speak "2" for "to", only after the verbs it follows, so "2 days ago" keeps its number.
  [/\b(want|wants|going|have|has|need|needs|trying|try|able|tryna|ready|like) 2\b/g, '$1 to'],
];

/** Words that end one clause and start another: a time or negation in one clause must not leak into the next. */
const CLAUSE_BREAK =
  /[.!?;:,\n\r()"]+|\s(?=(?:but|although|though|however|whereas|ond|then|and then|and now|now|a nawr|nawr|and (?:is|are|im|hes|shes|theyre|keeps|cant|wont|still|today)|ac (?:yn|mae|nawr))\b)/;

/**
 * Lower-cases, strips accents and punctuation, folds contractions and typos, and splits into clauses of words
 * separated by single spaces.
 */
export function normaliseForCrisis(text: string): string[] {
  const lowered = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    // English n't before the Welsh elisions below, so "don't" becomes "dont".
    .replace(/n't\b/g, 'nt')
    // Welsh elided 'n (yn) and 'r (yr): "mae e'n gwaedu'n drwm" → "mae e yn gwaedu yn drwm".
    .replace(/([a-z])'(n|r)\b/g, '$1 y$2')
    .replace(/'/g, '')
    .replace(/[-_/]+/g, ' ');
  return lowered
    .split(CLAUSE_BREAK)
    .map((clause) => {
      const words = clause.replace(/[^a-z0-9 ]+/g, ' ').split(' ').filter((word) => word.length > 0);
      let joined = words.map(correctWord).join(' ');
      for (const [pattern, replacement] of PHRASE_FOLDS) joined = joined.replace(pattern, replacement);
      return joined;
    })
    .filter((clause) => clause.length > 0);
}
