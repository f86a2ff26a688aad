import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInstance, type TFunction } from 'i18next';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../bot/config.js';
import type { NeedsProfile } from '../../dialogs/catalogue/needsProfile.js';
import { ReferralInput } from '../../referral/referralSchema.js';
import type { RandomSource } from '../../referral/referenceNumber.js';

/** A fixed clock for every test. */
export const NOW = new Date('2026-03-02T10:30:00.000Z');

/** The referral namespace as shipped, read from disk so tests compare with the real locale text. */
export function localeFile(language: 'en' | 'cy'): Record<string, unknown> {
  const file = path.join(PROJECT_ROOT, 'locales', language, 'referral.json');
  return z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every text of a locale value, keyed by dotted path (`heading.person_you`). */
export function flattenLocale(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(prefix, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [dotted, text] of flattenLocale(child, prefix === '' ? key : `${prefix}.${key}`)) out.set(dotted, text);
    }
  }
  return out;
}

/** A private i18next instance with only our namespace, in both languages. */
export function testTranslator(): TFunction {
  const instance = createInstance();
  void instance.init({
    resources: { en: { referral: localeFile('en') }, cy: { referral: localeFile('cy') } },
    lng: 'en',
    fallbackLng: false,
    ns: ['referral'],
    defaultNS: 'referral',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

/** A seeded generator (mulberry32), so "random" references repeat from run to run. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function profile(overrides: Partial<NeedsProfile>): NeedsProfile {
  return {
    audience: 'resident',
    unmetOutcomes: [],
    carerUnmetOutcomes: [],
    carerHealthAtRisk: false,
    risks: [],
    urgent: false,
    topics: [],
    ...overrides,
  };
}

/** Three fictional services. */
export const SERVICES = [
  { serviceId: 'svc-falls-01', name: 'Anytown Steady Steps', why: 'Helps people who have fallen at home to feel safe again.' },
  { serviceId: 'svc-meals-02', name: 'Hillside Hot Meals', why: 'Brings a hot meal to your door every weekday.' },
  { serviceId: 'svc-friends-03', name: 'Riverside Befriending', why: 'A volunteer visits or calls for a chat each week.' },
] as const;

/** A resident who shares with two services and adult social care, but not the GP or the third service. */
export function residentInput(overrides: Partial<ReferralInput> = {}): ReferralInput {
  return ReferralInput.parse({
    audience: 'resident',
    language: 'en',
    person: {
      name: 'Olwen Prydderch',
      age: 81,
      postcode: 'an1 2xy',
      livesWith: 'alone',
      communicationNeeds: ['hearingLoss', 'largePrint'],
      contact: { method: 'phone', details: '01632 960123', notes: 'Mornings are best' },
    },
    ownWords: 'I fell twice last month and now I am scared to go upstairs.',
    needsProfile: profile({
      unmetOutcomes: [
        { outcome: 'homeSafety', difficulty: 'painDistressOrDanger' },
        { outcome: 'nutrition', difficulty: 'needsHelp' },
      ],
      topics: ['falls', 'meals'],
      urgent: true,
    }),
    whatMatters: 'Staying in my own home with my cat.',
    matchedServices: [...SERVICES],
    consent: { services: { 'svc-falls-01': true, 'svc-meals-02': true, 'svc-friends-03': false }, gp: false, adultSocialCare: true },
    ...overrides,
  });
}

/** A carer speaking for the person they care for, with needs of their own. */
export function carerInput(language: 'en' | 'cy' = 'en'): ReferralInput {
  return ReferralInput.parse({
    audience: 'carer',
    language,
    person: {
      name: 'Gareth Bevan',
      ageBand: '75to84',
      postcode: 'AN2 3BC',
      livesWith: 'partner',
      communicationNeeds: ['welshSpeaker'],
      contact: { method: 'phone', details: '020 7946 0321' },
    },
    carer: {
      name: 'Siân Bevan',
      age: 74,
      postcode: 'AN2 3BC',
      relationship: 'partner',
      communicationNeeds: [],
      contact: { method: 'text', details: '07700 900456' },
    },
    ownWords: 'He forgets to eat unless I am there, and I have not slept properly in weeks.',
    needsProfile: profile({
      audience: 'carer',
      unmetOutcomes: [{ outcome: 'nutrition', difficulty: 'needsHelp' }],
      carerUnmetOutcomes: ['recreation', 'relationships'],
      carerHealthAtRisk: true,
      topics: ['dementia', 'carerSupport'],
    }),
    whatMatters: 'Keeping us together at home.',
    matchedServices: [SERVICES[1], SERVICES[2]],
    consent: { services: { 'svc-meals-02': true }, gp: true, adultSocialCare: false },
  });
}

/** A member of staff filling in the form with a resident, in Welsh. */
export function staffInput(): ReferralInput {
  return ReferralInput.parse({
    audience: 'staff',
    language: 'cy',
    person: {
      ageBand: '45to64',
      postcode: 'AN3',
      livesWith: 'family',
      communicationNeeds: ['welshSpeaker'],
      contact: { method: 'email', details: 'person@example.com' },
    },
    ownWords: 'Mae angen help arna i i fynd i’r siopau.',
    needsProfile: profile({
      audience: 'staff',
      unmetOutcomes: [{ outcome: 'communityFacilities', difficulty: 'takesMuchLonger' }],
      risks: [{ kind: 'medical', at: NOW.toISOString(), advised: ['crisis.nhs111'] }],
      topics: ['transport'],
    }),
    matchedServices: [SERVICES[2]],
    consent: { services: { 'svc-friends-03': true }, gp: false, adultSocialCare: true },
  });
}
