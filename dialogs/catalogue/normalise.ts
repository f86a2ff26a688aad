/**
 * Folds a typed message to a comparable form: lower case, accents off (Welsh ŵ, ŷ, â), curly quotes straight,
 * punctuation to spaces, runs of space to one. "I’m  NOT sure!" → "i'm not sure".
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
