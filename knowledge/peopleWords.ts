import { stem } from './textTokens.js';

/**
 * Everyday words people use for who they are, and the words directories write instead ("bloke" and "Men's group",
 * "uni" and "students"). Added to the text search of what a person said; never used to tag services. Kept to words
 * about people and places, not needs: needs belong to the needs vocabulary, which has its own topics.
 */
const PEOPLE_WORDS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['bloke', 'blokes', 'lad', 'lads', 'guy', 'guys', 'fella', 'fellas', 'fellow', 'chap', 'chaps', 'geezer', 'male'], ['man']],
  [['lady', 'ladies', 'lass', 'lasses', 'female', 'gal', 'gals'], ['woman']],
  [['uni', 'university', 'college', 'student'], ['student', 'university']],
  [['kid', 'kids', 'kiddies'], ['child']],
  [['teen', 'teens', 'teenage', 'teenager', 'teenagers', 'youngster'], ['young', 'youth', 'teenager']],
  [['pensioner', 'pensioners', 'oap', 'elderly', 'retired'], ['older', 'retired']],
  [['grandma', 'grandad', 'granddad', 'nan', 'nana', 'gran', 'grandparent'], ['grandparent']],
  [['refugee', 'asylum'], ['refugee', 'asylum', 'seeker']],
  [['grandchildren', 'grandchild', 'grandkids', 'grandson', 'granddaughter'], ['grandparent']],
  // The language or heritage a person names, and the community words directories use for their groups.
  [['cantonese', 'mandarin', 'hokkien'], ['chinese']],
  [['punjabi', 'urdu', 'hindi', 'gujarati', 'bengali', 'sylheti', 'pakistani', 'bangladeshi', 'indian'], ['asian']],
  [['jamaica', 'jamaican', 'caribbean', 'windrush'], ['black', 'caribbean']],
  [['somalia', 'somalian'], ['somali']],
  // A place of worship names the faith community that runs groups there.
  [['mosque', 'masjid'], ['muslim', 'islamic']],
  [['gurdwara'], ['sikh']],
  [['synagogue'], ['jewish']],
  [['prison', 'jail', 'probation', 'offender'], ['offender', 'prison']],
  [['foster', 'care leaver'], ['care', 'leaver']],
  [['dyn', 'dynion'], ['man']],
  [['menyw', 'menywod', 'merched'], ['woman']],
  [['myfyriwr', 'myfyrwyr', 'prifysgol'], ['student', 'university']],
];

/**
 * Words that name a community by heritage, language or faith. A person who names one ("older Chinese people", "only
 * speaks Cantonese") is asking for a group run by and for that community, which a general service on the same need
 * does not replace, so the matcher nudges up services whose records name the community. "Black" is left out: it
 * is far more often "black mould" or "black bags" than a community.
 */
const COMMUNITY_WORDS: ReadonlySet<string> = new Set(
  [
    'chinese', 'asian', 'caribbean', 'african', 'somali', 'polish', 'arab', 'arabic', 'kurdish', 'roma',
    'gypsy', 'traveller', 'travellers', 'muslim', 'muslims', 'islamic', 'jewish', 'sikh', 'sikhs', 'hindu', 'hindus',
    'vietnamese', 'turkish', 'irish', 'eritrean', 'sudanese', 'afghan', 'syrian', 'ukrainian', 'bangladeshi',
    'pakistani', 'indian', 'punjabi', 'urdu', 'bengali', 'gujarati', 'cantonese', 'mandarin',
  ].map(stem),
);

/** Whether a stemmed token names a community by heritage, language or faith (see `COMMUNITY_WORDS`). */
export function isCommunityWord(token: string): boolean {
  return COMMUNITY_WORDS.has(token);
}

/** Person's stemmed word to the stemmed directory words it stands for. */
const BY_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [said, written] of PEOPLE_WORDS) {
    for (const word of said) {
      if (word.includes(' ')) continue;
      const key = stem(word);
      const targets = written.map(stem).filter((target) => target !== key);
      map.set(key, [...new Set([...(map.get(key) ?? []), ...targets])]);
    }
  }
  return map;
})();

/** The directory words a person's stemmed tokens stand for (none for most words). */
export function directoryWordsFor(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => BY_WORD.get(token) ?? []);
}

/** Whether a stemmed token is an everyday word this list knows: such words are real words, never typing slips. */
export function isPeopleWord(token: string): boolean {
  return BY_WORD.has(token);
}
