import type { z } from 'zod';
import { PostcodeDistrict } from './directorySchema.js';

/** A postcode district such as `AT1`. */
type District = z.infer<typeof PostcodeDistrict>;

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;
const DISTRICT_ONLY = /^[A-Z]{1,2}\d[A-Z\d]?$/;

/**
 * The district (outward code) of a postcode the person typed: `at1 2ab`, `AT12AB` and `AT1` all give `AT1`.
 * Undefined when it is not a UK postcode or district, so a typo never silently filters services out.
 */
export function postcodeDistrict(postcode: string): District | undefined {
  const compact = postcode.trim().toUpperCase().replace(/\s+/g, ' ');
  const full = FULL_POSTCODE.exec(compact);
  if (full?.[1]) return full[1];
  const noSpace = compact.replace(/\s/g, '');
  if (DISTRICT_ONLY.test(noSpace)) return noSpace;
  return undefined;
}

/** The postcode area (letters) of a district: `AT1` gives `AT`, `BS16` gives `BS`. */
export function postcodeArea(district: District): string {
  return district.replace(/\d.*$/, '');
}

const RANGE = /\b([A-Z]{1,2})(\d{1,2})\s*(?:-|–|—|to)\s*(?:([A-Z]{1,2}))?(\d{1,2})\b/gi;
const DISTRICT_TOKEN = /\b([A-Z]{1,2}\d[A-Z\d]?)\b/g;

/**
 * The postcode districts a service-area label names: `AT1`, `AT1, AT2`, `AT1–AT4` and `AT1 to AT4` are understood.
 * Labels that name places (`Anytown`, `Whole of Bristol`) give none, which the matcher reads as "not restricted".
 */
export function districtsInAreaLabel(label: string): District[] {
  const upper = label.toUpperCase();
  const found = new Set<District>();
  for (const range of upper.matchAll(RANGE)) {
    const [, letters, from, toLetters, to] = range;
    if (!letters || !from || !to || (toLetters && toLetters !== letters)) continue;
    const start = Number(from);
    const end = Number(to);
    if (end < start || end - start > 99) continue;
    for (let n = start; n <= end; n += 1) found.add(`${letters}${n}`);
  }
  const withoutRanges = upper.replace(RANGE, ' ');
  for (const token of withoutRanges.matchAll(DISTRICT_TOKEN)) {
    const district = token[1];
    if (district && PostcodeDistrict.safeParse(district).success) found.add(district);
  }
  return [...found];
}
