import type { PostcodeDistrict, Service } from './directorySchema.js';
import { postcodeArea } from './postcode.js';
import type { z } from 'zod';

type District = z.infer<typeof PostcodeDistrict>;

/** Place names longer than this many words ("Stratford upon Avon") are not looked for. */
const MAX_PLACE_WORDS = 4;

/** A place name as the gazetteer keys it: lower case, words separated by single spaces ("Ashby-Marsh" is "ashby marsh"). */
function placeKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Places (town or city, as `placeKey` writes them) and the postcode districts a directory's own addresses put them in. */
export type Gazetteer = ReadonlyMap<string, ReadonlySet<District>>;

/**
 * Learns where places are from a directory's own addresses: each location's town (the last part of its address) and
 * the district of its postcode. Councils often publish service areas as place names ("Kelbrook and villages",
 * "Calderbridge") rather than postcodes; this lets those names be read without a national gazetteer.
 */
export function buildGazetteer(services: readonly Service[]): Gazetteer {
  const places = new Map<string, Set<District>>();
  for (const service of services) {
    for (const location of service.locations) {
      const town = placeKey(location.address?.split(',').at(-1) ?? '');
      if (!town || !location.district || /\d/.test(town)) continue;
      const districts = places.get(town) ?? new Set<District>();
      districts.add(location.district);
      places.set(town, districts);
    }
  }
  return places;
}

/**
 * The postcode districts a service's area names point to, when every one of its area labels names a place the
 * gazetteer knows ("Whole of Harrowfield", "Calderbridge county"); undefined when the service states districts itself,
 * has no areas, or names any place the directory's addresses do not locate (then nothing is assumed).
 */
export function districtsOfNamedAreas(service: Service, gazetteer: Gazetteer): ReadonlySet<District> | undefined {
  if (service.districts.length > 0 || service.areas.length === 0 || gazetteer.size === 0) return undefined;
  const found = new Set<District>();
  for (const label of service.areas) {
    const words = placeKey(label).split(' ');
    let named = false;
    // Every run of up to MAX_PLACE_WORDS words is looked up, so the cost does not grow with the gazetteer.
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 1; end <= Math.min(words.length, start + MAX_PLACE_WORDS); end += 1) {
        const districts = gazetteer.get(words.slice(start, end).join(' '));
        if (!districts) continue;
        named = true;
        for (const district of districts) found.add(district);
      }
    }
    if (!named) return undefined;
  }
  return found;
}

/** How a person's postcode district stands to the districts a service's named areas point to. */
export type NamedAreaFit = 'inside' | 'sameArea' | 'elsewhere';

/**
 * Whether the person is in one of the districts (`inside`), in the same postcode area as one of them (`sameArea`: the
 * addresses may not cover every district of a place), or in another postcode area altogether (`elsewhere`).
 */
export function namedAreaFit(district: District, districts: ReadonlySet<District>): NamedAreaFit {
  if (districts.has(district)) return 'inside';
  const area = postcodeArea(district);
  for (const known of districts) if (postcodeArea(known) === area) return 'sameArea';
  return 'elsewhere';
}
