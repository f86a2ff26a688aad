/**
 * One way of turning text into comparable tokens, shared by the needs vocabulary, the text index and the evaluation,
 * so a word the person types and the same word in a service description always meet.
 */

const ENGLISH_STOPWORDS = [
  'a', 'about', 'after', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been', 'being', 'but',
  'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'for', 'from', 'get', 'got', 'had', 'has', 'have', 'having',
  'he', 'her', 'here', 'him', 'his', 'how', 'i', 'if', 'im', 'in', 'into', 'is', 'it', 'its', 'ive', 'just', 'me',
  'more', 'my', 'no', 'not', 'now', 'of', 'on', 'or', 'our', 'out', 'she', 'so', 'some', 'than', 'that', 'the',
  'their', 'them', 'then', 'there', 'these', 'they', 'this', 'to', 'too', 'up', 'us', 'very', 'was', 'we', 'were',
  'what', 'when', 'where', 'which', 'who', 'will', 'with', 'would', 'you', 'your', 'yours', 'want', 'wants', 'like',
  'really', 'bit', 'lot', 'thing', 'things', 'anyone', 'someone', 'something', 'anything', 'please', 'thanks',
  'hello', 'hi', 'dont', 'cant', 'isnt', 'doesnt', 'hes', 'shes', 'theyre', 'ill', 'id', 'being', 'over', 'only',
  'other', 'such', 'should', 'may', 'might', 'must', 'each', 'every', 'well', 'way', 'www', 'http', 'https', 'com',
  'org', 'uk', 'nbsp',
];

const WELSH_STOPWORDS = [
  'a', 'ac', 'am', 'ar', 'at', 'bod', 'dw', 'dwi', 'ei', 'eich', 'ein', 'fy', 'fe', 'fi', 'gan', 'gyda', 'hi', 'i',
  'mae', 'maen', 'mewn', 'na', 'nad', 'neu', 'ni', 'o', 'oes', 'oedd', 'ond', 'os', 'pan', 'pa', 'sy', 'sydd', 'yn',
  'yr', 'y', 'yw', 'wedi', 'rwy', 'rydw', 'rydym', 'ydy', 'ydw', 'hefyd', 'iawn', 'wrth', 'dros', 'hwn', 'hon',
  'hynny', 'beth', 'sut', 'angen', 'eisiau', 'isio', 'plis', 'diolch', 'e', 'ef', 'nhw', 'chi', 'ti', 'mi', 'fo',
  'mawr', 'bach', 'da', 'gen', 'eto', 'nawr', 'rwan', 'heddiw', 'bob', 'dydd', 'gwneud', 'cael', 'mynd', 'dod',
  'gallu', 'dim', 'ddim', 'llawer', 'ers', 'tra', 'fel', 'hyn', 'yma', 'yna', 'rhaid', 'byth', 'hen', 'newydd',
];

/** Words too common to tell services apart, in English and Welsh. */
export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...WELSH_STOPWORDS]);

/**
 * Lower case, accents folded (Welsh circumflexes included, so `â` and `a` meet), apostrophes dropped so
 * `Alzheimer's` and `alzheimers` meet, everything else that is not a letter or digit becomes a space.
 */
export function normaliseText(text: string): string {
  // Folding accents is the slow step; most directory text is plain ASCII and skips it.
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  return folded
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Plurals no suffix rule reaches, so "a man" meets "Men's groups" and "my child" meets "children". */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['mens', 'man'],
  ['womens', 'woman'],
  ['childrens', 'child'],
]);

/**
 * A light suffix stemmer: plurals and `-ing`/`-ed` only, and only when enough of the word is left. Heavier stemmers
 * merge words people use differently (`caring` and `car`); this one is predictable, and the vocabulary lists the
 * irregular forms it cannot reach (`fell`, `fallen`).
 */
export function stem(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || /^\d+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length - 3 >= 4) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length - 2 >= 4 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is|ys)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words of a text, normalised, stop words kept (phrases such as "looking after" need them). */
export function words(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/** Stemmed content tokens of already split words: stop words and one-letter tokens removed, stemmed. */
export function contentTokensOf(textWords: readonly string[]): string[] {
  return textWords.filter((word) => word.length > 1 && !STOPWORDS.has(word)).map(stem);
}

/** Stemmed content tokens of a text: normalised, stop words and one-letter tokens removed, stemmed. */
export function contentTokens(text: string): string[] {
  return contentTokensOf(words(text));
}
