import { looksWelsh } from './needsVocabulary.js';
import { words } from './textTokens.js';

/**
 * Word shapes English does not have: Welsh initial ff/dd/ll/rh, and the Welsh verb endings -odd (past) and -wch
 * (command). "ffoniwch ambiwlans", "syrthiodd mam" carry no common Welsh function word but are plainly Welsh.
 */
const WELSH_SHAPE = /^(ff|dd|ll|rh)\p{L}{2,}$|^\p{L}{3,}(odd|iwch|wch)$/u;

/**
 * Whether a short message is probably Welsh: a Welsh function word ("mae", "dw i", "yn"), or a word shaped as only
 * Welsh words are. Used to answer a crisis message in the language it was written in.
 */
export function isProbablyWelsh(text: string): boolean {
  const tokens = words(text);
  return looksWelsh(tokens) || tokens.some((token) => WELSH_SHAPE.test(token));
}
