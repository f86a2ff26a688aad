import Fuse from 'fuse.js';
import { EVERYDAY_WORDS } from './commonWords.js';
import { allowedEdits, editDistance } from './editDistance.js';
import { isEnglishWord } from './englishWords.js';
import { isPeopleWord } from './peopleWords.js';
import { STOPWORDS, stem, words } from './textTokens.js';
import { TopicId } from './topics.js';
import { BLOCK_PHRASES, ENGLISH_LOOKALIKES, TOPIC_TERMS, type TopicTerms } from './vocabularyTerms.js';

export { TOPIC_TERMS as NEEDS_VOCABULARY };
export type { TopicTerms };

/** All topic ids, in the vocabulary's order. */
export const TOPIC_IDS: readonly TopicId[] = TopicId.options;

/** One compiled phrase: its stemmed tokens and the topic it means (null for a blocking phrase). */
interface Phrase {
  readonly tokens: readonly string[];
  readonly topic: TopicId | null;
  readonly personOnly: boolean;
  readonly lookalike: boolean;
}

/** Where a phrase matched in a token list. */
export interface PhraseHit {
  readonly topic: TopicId;
  /** The phrase's tokens joined by spaces, as stemmed (an id for the phrase). */
  readonly phrase: string;
  readonly start: number;
  /** Whether the phrase is one of the loose ones only a person's words count ("in hospital", "skint"). */
  readonly personOnly: boolean;
}

function phraseTokens(text: string): string[] {
  return words(text).map(stem);
}

function compile(): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  const add = (text: string, topic: TopicId | null, personOnly: boolean, lookalike: boolean): void => {
    const tokens = phraseTokens(text);
    const first = tokens[0];
    if (!first) return;
    const list = byFirst.get(first) ?? [];
    list.push({ tokens, topic, personOnly, lookalike });
    byFirst.set(first, list);
  };
  for (const text of BLOCK_PHRASES) add(text, null, false, false);
  for (const topic of TOPIC_IDS) {
    const terms = TOPIC_TERMS[topic];
    for (const text of terms.en) add(text, topic, false, false);
    for (const text of terms.cy) add(text, topic, false, ENGLISH_LOOKALIKES.has(text));
    for (const text of terms.personOnly) add(text, topic, true, false);
  }
  // Longest first, so "meals on wheels" wins over "meals" and a blocking phrase wins over the word inside it.
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

/** Compiled once: the vocabulary is fixed data, so every matcher and conversation shares it read-only. */
const PHRASES_BY_FIRST_TOKEN: ReadonlyMap<string, readonly Phrase[]> = compile();

/** Every stemmed token the vocabulary uses: a person's word that stems to one of these needs no correction. */
const LEXICON_SET: ReadonlySet<string> = new Set(
  [...PHRASES_BY_FIRST_TOKEN.values()].flatMap((list) => list.flatMap((phrase) => phrase.tokens)),
);

/** The written words of some phrases, without stop words and very short words. */
function lexiconOf(phrases: readonly string[]): string[] {
  return phrases.flatMap(words).filter((word) => !STOPWORDS.has(word) && word.length > 2);
}

/**
 * The words slips are corrected towards: the vocabulary's words as written as well as stemmed, so "faling" finds
 * "falling" (then stems to "fall") though it is three edits from "fall".
 */
const LEXICON: readonly string[] = [
  ...new Set([
    ...[...LEXICON_SET].filter((word) => !STOPWORDS.has(word) && word.length > 2),
    ...TOPIC_IDS.flatMap((topic) => {
      const terms = TOPIC_TERMS[topic];
      return lexiconOf([...terms.en, ...terms.cy, ...terms.personOnly]);
    }),
  ]),
];

/**
 * Words only the Welsh side of the vocabulary uses. English text is never "corrected" into one of them: "trans" is
 * not a slip for "trais" (violence) unless the text reads as Welsh.
 */
const WELSH_ONLY: ReadonlySet<string> = (() => {
  const english = new Set(
    TOPIC_IDS.flatMap((topic) => {
      const terms = TOPIC_TERMS[topic];
      const written = lexiconOf([...terms.en, ...terms.personOnly]);
      return [...written, ...written.map(stem)];
    }),
  );
  return new Set(LEXICON.filter((word) => !english.has(word)));
})();

/** Shorter words are not corrected: at four letters one slip turns too many real words into others ("left", "lift"). */
const MIN_CORRECTED_LENGTH = 5;

/**
 * One small fuse.js index per first letter: slips rarely change the first letter, and searching a twentieth of the
 * vocabulary keeps a correction well under a millisecond.
 */
const LEXICON_BY_INITIAL: ReadonlyMap<string, Fuse<string>> = (() => {
  const groups = new Map<string, string[]>();
  for (const word of LEXICON) groups.set(word.charAt(0), [...(groups.get(word.charAt(0)) ?? []), word]);
  const searches = new Map<string, Fuse<string>>();
  for (const [initial, group] of groups) {
    searches.set(initial, new Fuse(group, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
  }
  return searches;
})();

/** Welsh words that only Welsh text uses; one of them marks the text as Welsh for the lookalike words. */
const WELSH_MARKERS: ReadonlySet<string> = new Set([
  'yn', 'mae', 'fy', 'dw', 'dwi', 'rwy', 'rydw', 'ac', 'yr', 'gyda', 'angen', 'ein', 'eich', 'wedi', 'sydd', 'oes',
  'mewn', 'eisiau', 'ydy', 'ydw', 'gan', 'hefyd', 'iawn', 'helpu', 'cymorth', 'gymorth',
]);

/** Whether the words read as Welsh. */
export function looksWelsh(tokens: readonly string[]): boolean {
  return tokens.some((token) => WELSH_MARKERS.has(token));
}

/**
 * Candidate radical forms of a Welsh word that may be mutated after a preposition or possessive ("fy ngofalwr",
 * "ei gof"): soft, nasal and aspirate mutations reversed. Only used to look words up, never shown.
 */
export function welshRadicals(word: string): string[] {
  const rules: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['ngh', ['c']],
    ['mh', ['p']],
    ['nh', ['t']],
    ['ng', ['g']],
    ['ch', ['c']],
    ['ph', ['p']],
    ['th', ['t']],
    ['dd', ['d']],
    ['f', ['b', 'm']],
    ['m', ['b']],
    ['n', ['d']],
    ['g', ['c']],
    ['b', ['p']],
    ['d', ['t']],
    ['l', ['ll']],
    ['r', ['rh']],
  ];
  const radicals: string[] = [];
  for (const [mutated, originals] of rules) {
    if (word.startsWith(mutated) && word.length > mutated.length + 1) {
      for (const original of originals) radicals.push(original + word.slice(mutated.length));
    }
  }
  // Soft mutation drops an initial g: "ofalwr" is "gofalwr".
  if (/^[aeiouwy]/.test(word)) radicals.push(`g${word}`);
  return radicals;
}

/** Options for reading a person's words. */
export interface CorrectionOptions {
  /**
   * Words (stemmed) that are real words where they will be looked up, such as the directory's own words: they are
   * never "corrected" into a different vocabulary word ("trans" is not a slip for "train" when services say
   * "trans"), only read as another form of one ("raped", "rape").
   */
  readonly isKnownWord?: (token: string) => boolean;
}

/** A word as the vocabulary knows it: stemmed, with a Welsh mutation undone or a slip corrected where one fits. */
function correctWord(word: string, welsh: boolean, options: CorrectionOptions, names: ReadonlySet<string>): string {
  const token = stem(word);
  if (LEXICON_SET.has(token) || STOPWORDS.has(word) || STOPWORDS.has(token) || /\d/.test(word)) return token;
  // Welsh mutations change only the first letters, so short mutated words are still worth undoing; an English word
  // or a name in English text is not a mutated Welsh one ("March" is not "barch").
  const englishOrName = !welsh && (isEnglishWord(word) || names.has(word));
  for (const radical of englishOrName ? [] : welshRadicals(word)) {
    const stemmed = stem(radical);
    if (LEXICON_SET.has(stemmed)) return stemmed;
  }
  if (word.length < MIN_CORRECTED_LENGTH) return token;
  // A real word is only read as another form of a vocabulary word ("raped", "rape"), never as a different word.
  // Everyday words for people ("bloke", "lads") and other everyday words ("still") are real words too: a bloke is
  // not broke, and still is not skill.
  // So are English words ("while" is not "white") and names ("walk Alfie" is not about an alkie).
  const known =
    isPeopleWord(token) ||
    EVERYDAY_WORDS.has(token) ||
    (!welsh && isEnglishWord(word)) ||
    names.has(word) ||
    (options.isKnownWord?.(token) ?? false);
  // Compare the word as typed as well as its stem: stemming a slip ("fals") can cut it too short to recognise.
  let best: { word: string; distance: number } | undefined;
  for (const form of new Set([word, token])) {
    const limit = allowedEdits(form.length);
    for (const result of LEXICON_BY_INITIAL.get(form.charAt(0))?.search(form, { limit: 8 }) ?? []) {
      if (!welsh && WELSH_ONLY.has(result.item)) continue;
      if (known && !word.startsWith(result.item) && !result.item.startsWith(word)) continue;
      const distance = editDistance(form, result.item, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { word: result.item, distance };
    }
  }
  return best ? stem(best.word) : token;
}

/** Options for phrase matching. */
export interface PhraseMatchOptions {
  /** Count the person-only phrases ("my mum", "skint"): true for what a person says, false for service text. */
  readonly person: boolean;
  /** Count Welsh words that look like English ones; by default only when the tokens read as Welsh. */
  readonly welsh?: boolean;
}

/**
 * Finds vocabulary phrases in stemmed tokens, longest first and without overlaps. Exported for the matcher, which
 * tags services with topics from their own text at index time.
 */
export function matchPhrases(tokens: readonly string[], options: PhraseMatchOptions): PhraseHit[] {
  const welsh = options.welsh ?? looksWelsh(tokens);
  const hits: PhraseHit[] = [];
  let index = 0;
  while (index < tokens.length) {
    const candidates = PHRASES_BY_FIRST_TOKEN.get(tokens[index] ?? '');
    let consumed = 1;
    if (candidates) {
      let matchedLength = 0;
      for (const phrase of candidates) {
        // After the longest match, only phrases of the same length (the same words under another topic) still count.
        if (matchedLength > 0 && phrase.tokens.length < matchedLength) break;
        if ((phrase.personOnly && !options.person) || (phrase.lookalike && !welsh)) continue;
        if (!phrase.tokens.every((token, offset) => tokens[index + offset] === token)) continue;
        matchedLength = phrase.tokens.length;
        if (phrase.topic !== null && !hits.some((hit) => hit.start === index && hit.topic === phrase.topic)) {
          hits.push({ topic: phrase.topic, phrase: phrase.tokens.join(' '), start: index, personOnly: phrase.personOnly });
        }
        if (phrase.topic === null) break;
      }
      if (matchedLength > 0) consumed = matchedLength;
    }
    index += consumed;
  }
  return hits;
}

/** The person's words as stemmed tokens with slips corrected towards the vocabulary (and Welsh mutations undone). */
export function correctedTokens(text: string, options: CorrectionOptions = {}): string[] {
  const textWords = words(text);
  const welsh = looksWelsh(textWords);
  const names = namesIn(text);
  return textWords.map((word) => correctWord(word, welsh, options, names));
}

/**
 * Words written with a capital inside a sentence ("going to walk Alfie", "in March"): names, never slips for need
 * words. A sentence mostly in capitals (title case, shouting) says nothing about names, so it gives none.
 */
function namesIn(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  for (const sentence of text.split(/[.!?\n]+/)) {
    const written = sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    const capitalised = written.slice(1).filter((word) => /^\p{Lu}\p{Ll}/u.test(word));
    if (capitalised.length * 2 > written.length - 1) continue;
    for (const word of capitalised) for (const name of words(word)) names.add(name);
  }
  return names;
}

/**
 * The topics a person's own words point to, in the order they first come up. Typo-tolerant: a word the vocabulary
 * does not know is compared (fuse.js, then an edit-distance check) with the vocabulary's words, so "demenshia" and
 * "lonley" count; Welsh mutated forms ("fy ngofalwr") are recognised.
 */
export function detectTopics(text: string, options: CorrectionOptions = {}): TopicId[] {
  const topics: TopicId[] = [];
  for (const hit of matchPhrases(correctedTokens(text, options), { person: true })) {
    if (!topics.includes(hit.topic)) topics.push(hit.topic);
  }
  return topics;
}

/**
 * The stemmed words directories most often use for a topic: its main label, or, for a phrase (as in `PhraseHit`) in
 * one part of a broad topic, that part's label ("visually impaired" for "macular").
 */
export function labelWordsOf(topic: TopicId, phrase?: string): readonly string[] {
  return (phrase !== undefined ? FACET_WORDS.get(`${topic}:${phrase}`) : undefined) ?? LABEL_WORDS.get(topic) ?? [];
}

/** A phrase as `PhraseHit.phrase` spells it (its stemmed words joined by spaces), to look a known phrase up. */
export function phraseId(text: string): string {
  return phraseTokens(text).join(' ');
}

/** Which part of a broad topic a phrase (as `PhraseHit.phrase`) belongs to, as `topic#index`, when a facet lists it. */
export function facetOf(topic: TopicId, phrase: string): string | undefined {
  return FACET_OF.get(`${topic}:${phrase}`);
}

const FACET_OF: ReadonlyMap<string, string> = new Map(
  TOPIC_IDS.flatMap((topic) =>
    (TOPIC_TERMS[topic].facets ?? []).flatMap((facet, index) =>
      facet.phrases.map((phrase): [string, string] => [`${topic}:${phraseTokens(phrase).join(' ')}`, `${topic}#${index}`]),
    ),
  ),
);

/** The stemmed words of the part label a phrase belongs to, when a facet of the topic lists it. */
export function facetWordsOf(topic: TopicId, phrase: string): readonly string[] | undefined {
  return FACET_WORDS.get(`${topic}:${phrase}`);
}

function labelWords(label: string): string[] {
  return [...new Set(words(label).filter((word) => word.length > 1 && !STOPWORDS.has(word)).map(stem))];
}

const LABEL_WORDS: ReadonlyMap<TopicId, readonly string[]> = new Map(
  TOPIC_IDS.map((topic) => [topic, labelWords(TOPIC_TERMS[topic].esd[0] ?? '')]),
);

/** Phrases (as `PhraseHit.phrase`, keyed `topic:phrase`) in a facet marked as a risk to life or safety. */
const SAFETY_PHRASES: ReadonlySet<string> = new Set(
  TOPIC_IDS.flatMap((topic) =>
    (TOPIC_TERMS[topic].facets ?? [])
      .filter((facet) => facet.safety === true)
      .flatMap((facet) => facet.phrases.map((phrase) => `${topic}:${phraseTokens(phrase).join(' ')}`)),
  ),
);

/** Whether a phrase found for a topic speaks of a risk to life or safety ("ending it", "cutting myself"). */
export function isSafetyPhrase(topic: TopicId, phrase: string): boolean {
  return SAFETY_PHRASES.has(`${topic}:${phrase}`);
}

/** Every English word of a topic's directory labels (stemmed), for a topic found in Welsh words. */
const ENGLISH_LABEL_WORDS: ReadonlyMap<TopicId, readonly string[]> = new Map(
  TOPIC_IDS.map((topic) => [topic, [...new Set(TOPIC_TERMS[topic].esd.flatMap(labelWords))]]),
);

/**
 * The English words to search a directory with for a phrase found in Welsh words: services describe themselves in
 * English, so "seibiant" must look for "respite" and "break". The phrase's own part label where a facet lists it
 * ("unman i gysgu": homeless), otherwise every English label the directories use for its topic.
 */
export function englishWordsOf(topic: TopicId, phrase: string): readonly string[] {
  return FACET_WORDS.get(`${topic}:${phrase}`) ?? ENGLISH_LABEL_WORDS.get(topic) ?? [];
}

const FACET_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  TOPIC_IDS.flatMap((topic) =>
    (TOPIC_TERMS[topic].facets ?? []).flatMap((facet) =>
      facet.phrases.map((phrase): [string, readonly string[]] => [`${topic}:${phraseTokens(phrase).join(' ')}`, labelWords(facet.label)]),
    ),
  ),
);

function normaliseLabel(label: string): string {
  return words(label).map(stem).join(' ');
}

const ESD_LABELS: ReadonlyMap<string, readonly TopicId[]> = (() => {
  const map = new Map<string, TopicId[]>();
  for (const topic of TOPIC_IDS) {
    for (const label of TOPIC_TERMS[topic].esd) {
      const key = normaliseLabel(label);
      map.set(key, [...(map.get(key) ?? []), topic]);
    }
  }
  return map;
})();

/**
 * The topics a directory's own label means: an ESD/LGA needs, circumstances or service-type term, or a vendor
 * audience such as `Sensory Impaired>Visually Impaired`. Each level of a `>` path counts, then vocabulary phrases.
 */
export function topicsForLabel(label: string): TopicId[] {
  const topics = new Set<TopicId>();
  for (const part of [label, ...label.split('>')]) {
    for (const topic of ESD_LABELS.get(normaliseLabel(part)) ?? []) topics.add(topic);
  }
  for (const hit of matchPhrases(phraseTokens(label), { person: false })) topics.add(hit.topic);
  return [...topics];
}
