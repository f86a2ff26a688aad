import type { Service } from '../directorySchema.js';

/** A small deterministic random source (mulberry32), so generated directories and judges' pools are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'carers support', 'falls prevention', 'memory cafe', 'dementia support', 'home from hospital', 'talking therapies',
  'befriending', 'debt advice', 'benefits advice', 'housing advice', 'equipment loan', 'home adaptations',
  'home care', 'community transport', 'learning disability day service', 'autism support', 'alcohol recovery',
  'domestic abuse support', 'diabetes group', 'meals on wheels', 'telecare alarms', 'bereavement support',
  'employment coaching', 'sight loss support', 'hearing support', 'welsh speaking group', 'walking group',
  'lunch club', 'gardening club', 'art group', 'choir', 'yoga class', 'youth club', 'food bank', 'advocacy',
];
const PLACES = ['Northgate', 'Southmoor', 'Eastbrook', 'Westfield', 'Hillcrest', 'Riverside', 'Oakley', 'Ashford', 'Millbank'];
const FILLER = (
  'we offer friendly support advice information and activities for local people in a welcoming safe space run by ' +
  'trained staff and volunteers who listen and help you find what you need whether by phone online or in person at ' +
  'our centre open weekdays with refreshments accessible venue parking nearby everyone welcome please call to book ' +
  'sessions groups one to one visits community partners referrals accepted self referral wellbeing confidence skills'
).split(' ');

/**
 * Generates `count` plausible, fictional services for scale benchmarks: names from a list of subjects and places,
 * 40-word descriptions mixing the subject's words with everyday filler, areas and ages on some. Not for quality
 * figures, which need real or hand-written directories.
 */
export function generateServices(count: number, seed = 1): Service[] {
  const next = seededRandom(seed);
  const pick = (items: readonly string[]): string => items[Math.floor(next() * items.length)] ?? '';
  return Array.from({ length: count }, (_, index) => {
    const subject = pick(SUBJECTS);
    const place = pick(PLACES);
    const district = `AT${1 + Math.floor(next() * 9)}`;
    const words = Array.from({ length: 40 }, (_, position) => (position % 7 === 0 ? subject : pick(FILLER)));
    const limited = next() < 0.3;
    const aged = next() < 0.2;
    return {
      id: `synthetic-${index}`,
      name: `${place} ${subject}`,
      description: words.join(' '),
      status: 'active' as const,
      contacts: [{ phones: ['01632 960123'] }],
      eligibility: { minAge: aged ? 18 : undefined, maxAge: undefined, text: [], carersOnly: subject === 'carers support' && next() < 0.5 },
      areas: limited ? [district] : ['Anytown'],
      districts: limited ? [district] : [],
      locations: [{ name: `${place} centre`, postcode: `${district} 1AA`, district }],
      schedules: [],
      costs: [],
      free: next() < 0.5 ? true : undefined,
      languages: ['English'],
      taxonomy: [],
      audiences: [],
      assuredDate: '2026-01-15',
    };
  });
}
