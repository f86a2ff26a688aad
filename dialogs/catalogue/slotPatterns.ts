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
const FIRST_PERSON_AGE = /\b(?:i am|i'm|im|rwy'n|rwyn|dw i'n|dwi'n|dwin)\s+(\d{1,3})\b/;
const THIRD_PERSON_AGE = /\b(?:she's|shes|he's|hes|she is|he is|they are|they're|mum is|dad is|mum's|dad's|aged|age|mae hi'n|mae e'n|mae o'n|mae hi|mae e)\s+(\d{1,3})\b/;
const AGE_WITH_UNIT = /\b(\d{1,3})\s*(?:years? old|yrs? old|year old|oed|mlwydd)\b/;
const AGE_BAND = /\b(?:in (?:my|her|his|their) )?(\d)0s\b/;

/** Whose age a reply should give: the speaker's own, someone else's (a carer or caller about the person), or either. */
export type AgeOf = 'self' | 'other' | 'either';

/**
 * An age in years from a reply ("82", "I'm 82", "82 oed", "in her 80s" → 80); undefined if none or impossible. Told
 * whose age is wanted, it prefers that person's: a carer saying "I'm 58 and mum is 84" gives 84 for mum.
 */
export function parseAge(text: string, of: AgeOf = 'either'): number | undefined {
  const folded = normalise(text);
  const order =
    of === 'other' ? [AGE_ALONE, THIRD_PERSON_AGE, AGE_WITH_UNIT] : of === 'self' ? [AGE_ALONE, FIRST_PERSON_AGE, AGE_WITH_UNIT] : [AGE_ALONE, FIRST_PERSON_AGE, THIRD_PERSON_AGE, AGE_WITH_UNIT];
  const found = order.map((pattern) => pattern.exec(folded)?.[1]).find((value) => value !== undefined) ?? AGE_BAND.exec(folded)?.[1]?.concat('0');
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
