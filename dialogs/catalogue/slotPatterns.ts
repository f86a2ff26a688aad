import { normalise } from './normalise.js';

const FULL_POSTCODE = /\b([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})\b/;
const DISTRICT_ONLY = /^([A-Z]{1,2}[0-9][A-Z0-9]?)$/;
const DISTRICT_IN_TEXT = /\b(?:in|near|from|yn|ger)\s+([A-Z]{1,2}[0-9][A-Z0-9]?)\b/i;

/**
 * A UK postcode or postcode district in a reply ("bs5 6tx", "BS5", "I live in BS5"), upper case with one space;
 * undefined if none. Only the shape is checked: the directory decides which areas it serves.
 */
export function parsePostcode(text: string): string | undefined {
  const upper = text.toUpperCase().trim();
  const full = FULL_POSTCODE.exec(upper);
  if (full) return `${full[1]} ${full[2]}`;
  const district = DISTRICT_ONLY.exec(upper.replace(/\s+/g, ''));
  if (district?.[1]) return district[1];
  const inText = DISTRICT_IN_TEXT.exec(text);
  return inText?.[1]?.toUpperCase();
}

const AGE_ALONE = /^(\d{1,3})(?:\s*(?:years?( old)?|yrs?|oed|mlwydd oed))?$/;
const AGE_IN_TEXT = [
  /\b(?:i am|i'm|im|she's|shes|he's|hes|she is|he is|they are|they're|aged|age|rwy'n|rwyn|mae hi'n|mae e'n|mae o'n)\s+(\d{1,3})\b/,
  /\b(\d{1,3})\s*(?:years? old|yrs? old|year old|oed|mlwydd)\b/,
];
const AGE_BAND = /\b(?:in (?:my|her|his|their) )?(\d)0s\b/;

/** An age in years from a reply ("82", "I'm 82", "82 oed", "in her 80s" → 80); undefined if none or impossible. */
export function parseAge(text: string): number | undefined {
  const folded = normalise(text);
  const candidates = [AGE_ALONE, ...AGE_IN_TEXT].map((pattern) => pattern.exec(folded)?.[1]);
  const found = candidates.find((value) => value !== undefined) ?? AGE_BAND.exec(folded)?.[1]?.concat('0');
  if (found === undefined) return undefined;
  const age = Number(found);
  return age >= 0 && age <= 120 ? age : undefined;
}

const LIVES_ALONE = [
  /\b(?:live|lives|living) (?:on (?:my|her|his|their) own|alone|by (?:myself|herself|himself|themselves))\b/,
  /\bbyw (?:ar ben (?:fy|ei) hun|ar (?:fy|ei) mhen fy hun|ar ei phen ei hun|ar ei ben ei hun)\b/,
];

/** Whether a reply says the person lives alone. */
export function saysLivesAlone(text: string): boolean {
  const folded = normalise(text);
  return LIVES_ALONE.some((pattern) => pattern.test(folded));
}
