import { Fhir } from 'fhir';
import { describe, expect, it } from 'vitest';
import { buildCarerReferrals, buildReferral } from '../../referral/buildReferral.js';
import { toFhirBundle, UK_CORE_PROFILES, type Bundle } from '../../referral/fhirBundle.js';
import { copyForRecipient, recipientsOf, sharedRecord } from '../../referral/recipientCopy.js';
import { generateReference } from '../../referral/referenceNumber.js';
import type { Referral } from '../../referral/referralSchema.js';
import { summaryText } from '../../referral/summaryText.js';
import { carerInput, NOW, residentInput, seededRandom, staffInput, testTranslator } from './fixtures.js';

const random = seededRandom(2026);
const reference = (): string => generateReference(random);
const t = testTranslator();
const validator = new Fhir();

const resident = buildReferral(residentInput(), { now: NOW, reference: reference() });
const pair = buildCarerReferrals(carerInput('en'), { now: NOW, personReference: reference(), carerReference: reference() });
const staff = buildReferral(staffInput(), { now: NOW, reference: reference() });
const REFUSED = { id: 'svc-friends-03', name: 'Riverside Befriending' };

function resources(bundle: Bundle, type: string): unknown[] {
  return (bundle.entry ?? []).map((entry) => entry.resource).filter((resource) => resource?.resourceType === type);
}

describe('consent filtering', () => {
  it('gives a refused service no copy, and names it in no other copy', () => {
    expect(copyForRecipient(resident, REFUSED.id)).toBeNull();
    for (const recipient of recipientsOf(resident)) {
      const copy = copyForRecipient(resident, recipient);
      expect(copy, recipient).not.toBeNull();
      const everything = JSON.stringify(copy) + (copy === null ? '' : summaryText(copy, t, 'staff') + JSON.stringify(toFhirBundle(copy)));
      expect(everything, recipient).not.toContain(REFUSED.id);
      expect(everything, recipient).not.toContain(REFUSED.name);
    }
  });

  it('shows a service only itself, and the GP and adult social care every consented service', () => {
    const falls = copyForRecipient(resident, 'svc-falls-01');
    expect(falls?.matchedServices.map((service) => service.serviceId)).toEqual(['svc-falls-01']);
    const council = copyForRecipient(resident, 'adultSocialCare');
    expect(council?.matchedServices.map((service) => service.serviceId)).toEqual(['svc-falls-01', 'svc-meals-02']);
  });

  it('treats a recipient with no answer, or a no, as not consented', () => {
    expect(copyForRecipient(resident, 'gp')).toBeNull();
    expect(copyForRecipient(resident, 'svc-never-asked')).toBeNull();
    expect(copyForRecipient(pair.person, 'gp')).not.toBeNull();
  });

  it('stores nothing for sharing when nothing was consented', () => {
    const none = buildReferral(residentInput({ consent: { services: {}, gp: false, adultSocialCare: false } }), {
      now: NOW,
      reference: reference(),
    });
    expect(sharedRecord(none)).toBeNull();
    expect(recipientsOf(none)).toEqual([]);
  });
});

describe('the FHIR R4 export', () => {
  const cases: [string, Referral, number][] = [
    ['resident', resident, 2],
    ["carer conversation, the person's referral", pair.person, 1],
    ["carer conversation, the carer's own referral", pair.carer, 1],
    ['staff, Welsh', staff, 1],
  ];

  it.each(cases)('is a valid R4 Bundle by the FHIR.js validator (%s)', (_label, referral, serviceRequests) => {
    const bundle = toFhirBundle(referral);
    const result = validator.validate(bundle);
    const errors = result.messages.filter((message) => message.severity === 'error');
    expect(errors).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator has no SNOMED CT or BCP-47 expansions offline, so only terminology look-ups may warn.
    const warnings = result.messages.filter((message) => message.severity === 'warning');
    for (const warning of warnings) expect(warning.message).toMatch(/not found in value set/);
    expect(bundle.type).toBe('collection');
    expect(resources(bundle, 'ServiceRequest')).toHaveLength(serviceRequests);
    expect(resources(bundle, 'Patient')).toHaveLength(1);
    expect(resources(bundle, 'QuestionnaireResponse')).toHaveLength(1);
    expect(resources(bundle, 'Consent')).toHaveLength(1);
  });

  it('catches a broken Bundle (the validator is really checking)', () => {
    const bundle = toFhirBundle(resident);
    const broken = JSON.stringify(bundle).replace('"status":"active","intent":"order"', '"intent":"order"');
    expect(broken).not.toBe(JSON.stringify(bundle));
    expect(validator.validate(broken).valid).toBe(false);
  });

  it('links every reference to a resource in the Bundle and uses UK Core profiles where they apply', () => {
    const bundle = toFhirBundle(pair.person);
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const target of references) expect(fullUrls.has(target)).toBe(true);
    const patient = resources(bundle, 'Patient')[0];
    expect(JSON.stringify(patient)).toContain(UK_CORE_PROFILES.Patient);
    expect(JSON.stringify(resources(bundle, 'RelatedPerson')[0])).toContain(UK_CORE_PROFILES.RelatedPerson);
    expect(JSON.stringify(resources(bundle, 'ServiceRequest')[0])).toContain(UK_CORE_PROFILES.ServiceRequest);
  });

  it('carries the person’s words verbatim and only consented services, even from an unfiltered referral', () => {
    const json = JSON.stringify(toFhirBundle(resident));
    expect(json).toContain(JSON.stringify(residentInput().ownWords));
    expect(json).not.toContain(REFUSED.id);
    expect(json).not.toContain(REFUSED.name);
  });

  it('gives the same Bundle for the same referral, so a re-export does not look like a new referral', () => {
    expect(toFhirBundle(staff)).toEqual(toFhirBundle(staff));
  });
});
