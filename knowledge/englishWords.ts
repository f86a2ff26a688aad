import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/**
 * About 275,000 English words (sindresorhus/word-list), read once. A word in it is a real word, so slip correction
 * only ever reads it as another form of a vocabulary word, never as a different one: "while" is not a slip for
 * "white", nor "march" for a Welsh word. Only words long enough to be corrected are kept, to save memory.
 */
const MIN_LENGTH = 5;
const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  readFileSync(wordListPath, 'utf8')
    .split('\n')
    .filter((word) => word.length >= MIN_LENGTH),
);

/** Whether a lower-case word is a real English word (words shorter than five letters are not looked up: false). */
export function isEnglishWord(word: string): boolean {
  return ENGLISH_WORDS.has(word);
}
