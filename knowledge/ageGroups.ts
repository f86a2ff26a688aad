import type { Service } from './directorySchema.js';
import { normaliseText } from './textTokens.js';

/** Whom a service says it is mainly for, by age, from its own words (not a rule: a ranking hint). */
export interface AgeGroups {
  readonly young: boolean;
  readonly older: boolean;
}

const YOUNG = /\b(young carers?|young people|young person|youth|children|child|teenagers?|teens?|under 18s?|under 25s?|aged 1[0-8]|students?|school)\b/;
const OLDER = /\b(older people|older person|older adults?|elderly|over 50s?|over 55s?|over 60s?|over 65s?|50 plus|later life|pensioners?|seniors?|retired|age uk|silver)\b/;
/** Only the name and the opening of the description say whom a service is for; later text mentions everyone. */
const LEAD_CHARACTERS = 300;

/** The age groups a service addresses in its name or the opening of its description. */
export function ageGroupsOf(service: Pick<Service, 'name' | 'description'>): AgeGroups {
  const lead = normaliseText(`${service.name} ${service.description.slice(0, LEAD_CHARACTERS)}`);
  return { young: YOUNG.test(lead), older: OLDER.test(lead) };
}

/** The most the age-group nudge adds. */
export const AGE_FIT_BONUS = 0.08;
const AGE_MISFIT_PENALTY = 0.08;

/**
 * A small ranking nudge: services that address the person's age group come first, and services for the other end of
 * life come later. Hard age limits are a separate rule (`eligibility.ts`); this only orders what is allowed.
 */
export function ageFit(groups: AgeGroups, age: number | undefined): number {
  if (age === undefined || groups.young === groups.older) return 0;
  const isYoung = age < 18;
  const isOlder = age >= 55;
  if ((groups.young && isYoung) || (groups.older && isOlder)) return AGE_FIT_BONUS;
  if ((groups.young && age >= 26) || (groups.older && age < 40)) return -AGE_MISFIT_PENALTY;
  return 0;
}

/**
 * "I'm 13", and in Welsh "Dw i'n 13", "Dwi'n 13 oed", "Rwy'n 13": the speaker's own age; units such as "weeks" rule a
 * number out ("I'm 2 weeks behind", "dw i'n 2 wythnos").
 */
const OWN_AGE =
  /\b(?:i am|im|dw in|dwin|rwyn|rwy in|rydw in|rydwin)\s+(\d{1,3})\b(?!\s*(?:weeks?|days?|months?|hours?|minutes?|times?|pounds?|miles?|quid|k|wythnos|wythnosau|diwrnod|mis|munud|punt|milltir)\b)/;
/** "I'm 13", "my 15 year old", "aged 82", "Mae Mam yn 86 oed": an age the person's words state. */
const STATED_AGE = [
  OWN_AGE,
  /\b(\d{1,3})\s*(?:years?|yrs?|yr)\s*old\b/,
  /\baged\s+(\d{1,3})\b/,
  /\b(\d{1,3})\s*(?:oed|mlwydd oed|blwydd oed|mlwydd)\b/,
];

/**
 * The age a person's words state, if any. Only a ranking hint for the age-group nudge: it is not always the age of
 * the person the services are for ("my 15 year old"), so it never filters; the hard rule uses the age asked.
 */
export function statedAge(text: string): number | undefined {
  return firstAge(normaliseText(text), STATED_AGE);
}

/** The speaker's own age when their words state it ("I'm 13, I help my mum"), not anyone else's ("my 15 year old"). */
export function ownStatedAge(text: string): number | undefined {
  return firstAge(normaliseText(text), [OWN_AGE]);
}

function firstAge(normalised: string, patterns: readonly RegExp[]): number | undefined {
  for (const pattern of patterns) {
    const age = Number(pattern.exec(normalised)?.[1]);
    if (Number.isInteger(age) && age > 0 && age <= 120) return age;
  }
  return undefined;
}
