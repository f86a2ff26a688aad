import { describe, expect, it } from 'vitest';
import { buildCarerReferrals, buildReferral } from '../../referral/buildReferral.js';
import { generateReference } from '../../referral/referenceNumber.js';
import type { Referral } from '../../referral/referralSchema.js';
import { summaryCard } from '../../referral/summaryCard.js';
import { summaryText } from '../../referral/summaryText.js';
import { carerInput, flattenLocale, localeFile, NOW, residentInput, seededRandom, staffInput, testTranslator } from './fixtures.js';

const t = testTranslator();
const random = seededRandom(99);
const reference = (): string => generateReference(random);

/** Text straight from the locale file, by dotted key. */
const LOCALES = { en: flattenLocale(localeFile('en')), cy: flattenLocale(localeFile('cy')) };
function text(language: 'en' | 'cy', key: string): string {
  const value = LOCALES[language].get(key);
  if (value === undefined) throw new Error(`no locale text for ${key}`);
  return value;
}

/** Every string in a card, wherever it sits. */
function cardStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(cardStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(cardStrings);
  return [];
}

const RAW_KEY = /\b(?:heading|field|next|outcome|carerOutcome|difficulty|recipient|madeBy|title|linked|risk|contactMethod|livesWith|ageBand)\.[a-zA-Z0-9_]+/;

describe('the referral summary', () => {
  const resident = buildReferral(residentInput(), { now: NOW, reference: reference() });
  const carerPair = buildCarerReferrals(carerInput('cy'), { now: NOW, personReference: reference(), carerReference: reference() });
  const staff = buildReferral(staffInput(), { now: NOW, reference: reference() });

  it("gives a resident their own copy in English: about them, their words verbatim, every match, who it goes to", () => {
    const summary = summaryText(resident, t, 'person');
    expect(summary).toContain(text('en', 'title.person'));
    expect(summary).toContain(t('reference', { lng: 'en', ns: 'referral', reference: resident.reference }));
    expect(summary).toContain(text('en', 'heading.person_you').toUpperCase());
    expect(summary).toContain(residentInput().ownWords);
    expect(summary).toContain(`${text('en', 'outcome.homeSafety')} (${text('en', 'difficulty.painDistressOrDanger')})`);
    expect(summary).toContain(text('en', 'urgent'));
    for (const service of residentInput().matchedServices) expect(summary).toContain(service.why);
    const sharing = summary.slice(summary.indexOf(text('en', 'heading.sharing').toUpperCase()));
    const sharedPart = sharing.slice(0, sharing.indexOf(text('en', 'heading.next_you').toUpperCase()));
    expect(sharedPart).toContain('Anytown Steady Steps');
    expect(sharedPart).toContain(text('en', 'recipient.adultSocialCare'));
    expect(sharedPart).not.toContain('Riverside Befriending');
    expect(sharedPart).not.toContain(text('en', 'recipient.gp_you'));
    expect(summary).toContain(text('en', 'next.urgentFlagged'));
    expect(summary).toContain(text('en', 'indication'));
  });

  it("splits a Welsh carer conversation: the person's referral has the person's needs, the carer's has the carer's", () => {
    const forPerson = summaryText(carerPair.person, t, 'person');
    const forCarer = summaryText(carerPair.carer, t, 'person');
    expect(forPerson).toContain(text('cy', 'heading.person_carer').toUpperCase());
    expect(forPerson).toContain(text('cy', 'heading.carer_carer').toUpperCase());
    expect(forPerson).toContain(text('cy', 'outcome.nutrition'));
    expect(forPerson).not.toContain(text('cy', 'carerOutcome.recreation'));
    expect(forPerson).toContain(t('linked.person', { lng: 'cy', ns: 'referral', reference: carerPair.carer.reference }));
    expect(forCarer).toContain(text('cy', 'carersOwn'));
    expect(forCarer).toContain(text('cy', 'carerOutcome.recreation'));
    expect(forCarer).toContain(text('cy', 'carerHealthAtRisk'));
    expect(forCarer).toContain(text('cy', 'next.carerAssessment'));
    expect(forCarer).not.toContain(`${text('cy', 'outcome.nutrition')} (`);
    expect(forCarer).not.toContain('Gareth Bevan');
    for (const summary of [forPerson, forCarer]) {
      expect(summary).toContain(text('cy', 'indication'));
      expect(summary).not.toContain(text('en', 'indication'));
    }
  });

  it('gives staff a bilingual copy of a Welsh conversation, Welsh first and then English', () => {
    const summary = summaryText(staff, t, 'staff');
    const welshTitle = summary.indexOf(text('cy', 'title.staff'));
    const englishTitle = summary.indexOf(text('en', 'title.staff'));
    expect(welshTitle).toBe(0);
    expect(englishTitle).toBeGreaterThan(summary.indexOf(text('cy', 'englishFollows')));
    expect(summary).toContain(text('cy', 'madeBy.staff'));
    expect(summary).toContain(text('en', 'madeBy.staff'));
    expect(summary).toContain(text('cy', 'indication'));
    expect(summary).toContain(text('en', 'indication'));
    expect(summary).toContain(text('en', 'risk.medical'));
    expect(summary).toContain(text('en', 'heading.person').toUpperCase());
  });

  it("gives staff an English-only copy of an English conversation, listing only consented services", () => {
    const summary = summaryText(resident, t, 'staff');
    expect(summary).not.toContain(text('cy', 'englishFollows'));
    expect(summary).not.toContain(text('cy', 'indication'));
    expect(summary).toContain(text('en', 'heading.next').toUpperCase());
    expect(summary).not.toContain('Riverside Befriending');
  });

  it('tells a person who shares nothing that nothing was shared, and still shows their matches', () => {
    const referral = buildReferral(
      residentInput({ consent: { services: {}, gp: false, adultSocialCare: false } }),
      { now: NOW, reference: reference() },
    );
    const summary = summaryText(referral, t, 'person');
    expect(summary).toContain(text('en', 'sharedNone'));
    expect(summary).toContain(text('en', 'next.nothingShared'));
    expect(summary).not.toContain(text('en', 'next.servicesWillContact'));
    expect(summary).toContain('Riverside Befriending');
  });

  it.each([
    ['resident, English', resident, 'en'],
    ["carer's person referral, Welsh", carerPair.person, 'cy'],
    ["carer's own referral, Welsh", carerPair.carer, 'cy'],
    ['staff, Welsh', staff, 'cy'],
  ] as const)('shows an Adaptive Card 1.5 in the person’s language (%s)', (_label, referral: Referral, language) => {
    const card = summaryCard(referral, t);
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe('1.5');
    expect(card.lang).toBe(language);
    const strings = cardStrings(card);
    expect(strings).toContain(text(language, 'title.person'));
    expect(strings).toContain(text(language, 'indication'));
    expect(strings.some((value) => RAW_KEY.test(value))).toBe(false);
    const emphasised = JSON.stringify(card.body).includes(`"style":"emphasis","items":[{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":${JSON.stringify(text(language, 'indication'))}`);
    expect(emphasised).toBe(true);
  });

  it('keeps the person’s own words exactly, even when they look like markdown', () => {
    const words = '**Help** me _please_ <b>now</b> & [link](x)';
    const referral = buildReferral(residentInput({ ownWords: words }), { now: NOW, reference: reference() });
    expect(summaryText(referral, t, 'person')).toContain(`“${words}”`);
    expect(cardStrings(summaryCard(referral, t))).toContain(`“${words}”`);
  });
});
