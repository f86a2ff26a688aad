/// <reference types="fhir" />
// The R4 types come from @types/fhir as the global `fhir4` namespace: the `fhir` package name itself belongs to the
// validator the tests use, so `fhir/r4` cannot be imported by path.
import { createHash } from 'node:crypto';
import { consentedServices } from './recipientCopy.js';
import type { CarerRelationship, ContactPreference, PersonDetails, Referral } from './referralSchema.js';

/** A FHIR R4 Bundle. */
export type Bundle = fhir4.Bundle;

/** UK Core profiles applied where UK Core defines one for the resource. */
export const UK_CORE_PROFILES = {
  Patient: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient',
  RelatedPerson: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-RelatedPerson',
  ServiceRequest: 'https://fhir.hl7.org.uk/StructureDefinition/UKCore-ServiceRequest',
} as const;

/** Our own identifier and code systems. A council may publish these under its own domain. */
export const CARE_NAVIGATOR_SYSTEMS = {
  reference: 'https://fhir.care-navigator.example/Id/referral-reference',
  serviceId: 'https://fhir.care-navigator.example/Id/directory-service',
  questionnaire: 'https://fhir.care-navigator.example/Questionnaire/referral|1',
  codes: 'https://fhir.care-navigator.example/CodeSystem/',
} as const;

const V3_ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

/** v3 RoleCode for each relationship; `other` has none, so it goes as text only. */
const RELATIONSHIP_CODES: Readonly<Record<CarerRelationship, { code: string; display: string } | null>> = {
  partner: { code: 'SIGOTHR', display: 'significant other' },
  parent: { code: 'PRN', display: 'parent' },
  child: { code: 'CHILD', display: 'child' },
  otherFamily: { code: 'FAMMEMB', display: 'family member' },
  friend: { code: 'FRND', display: 'unrelated friend' },
  neighbour: { code: 'NBOR', display: 'neighbor' },
  other: null,
};

/** A stable UUID from the reference and a role, so exporting the same referral twice gives the same Bundle. */
function stableUuid(reference: string, role: string): string {
  const hex = createHash('sha256').update(`${reference}/${role}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function coding(kind: string, code: string): fhir4.Coding {
  return { system: `${CARE_NAVIGATOR_SYSTEMS.codes}${kind}`, code };
}

function languageCoding(language: Referral['language']): fhir4.Coding {
  return { system: 'urn:ietf:bcp:47', code: language, display: language === 'cy' ? 'Welsh' : 'English' };
}

function telecomFor(contact: ContactPreference): fhir4.ContactPoint[] | undefined {
  if (contact.details === undefined) return undefined;
  switch (contact.method) {
    case 'phone':
      return [{ system: 'phone', value: contact.details, rank: 1 }];
    case 'text':
      return [{ system: 'sms', value: contact.details, rank: 1 }];
    case 'email':
      return [{ system: 'email', value: contact.details, rank: 1 }];
    case 'post':
    case 'none':
      return undefined;
  }
}

function addressFor(person: PersonDetails): fhir4.Address[] | undefined {
  const postal = person.contact.method === 'post' ? person.contact.details : undefined;
  if (person.postcode === undefined && postal === undefined) return undefined;
  return [{ use: 'home', ...(postal === undefined ? {} : { text: postal }), ...(person.postcode === undefined ? {} : { postalCode: person.postcode }) }];
}

function patientFor(referral: Referral, id: string): fhir4.Patient {
  const person = referral.person;
  return {
    resourceType: 'Patient',
    id,
    meta: { profile: [UK_CORE_PROFILES.Patient] },
    ...(person.name === undefined ? {} : { name: [{ text: person.name }] }),
    ...(telecomFor(person.contact) === undefined ? {} : { telecom: telecomFor(person.contact) }),
    ...(addressFor(person) === undefined ? {} : { address: addressFor(person) }),
    communication: [{ language: { coding: [languageCoding(referral.language)] }, preferred: true }],
  };
}

function relatedPersonFor(referral: Referral, id: string, patientUrl: string): fhir4.RelatedPerson | null {
  const carer = referral.carer;
  if (carer === undefined || referral.subject !== 'person') return null;
  const code = RELATIONSHIP_CODES[carer.relationship];
  return {
    resourceType: 'RelatedPerson',
    id,
    meta: { profile: [UK_CORE_PROFILES.RelatedPerson] },
    active: true,
    patient: { reference: patientUrl },
    relationship: [code === null ? { text: carer.relationship } : { coding: [{ system: V3_ROLE_CODE, ...code }] }],
    ...(carer.name === undefined ? {} : { name: [{ text: carer.name }] }),
    ...(telecomFor(carer.contact) === undefined ? {} : { telecom: telecomFor(carer.contact) }),
  };
}

type Answer = fhir4.QuestionnaireResponseItemAnswer;

function item(linkId: string, answers: Answer[]): fhir4.QuestionnaireResponseItem[] {
  return answers.length === 0 ? [] : [{ linkId, answer: answers }];
}

function text(value: string | undefined): Answer[] {
  return value === undefined || value.trim() === '' ? [] : [{ valueString: value }];
}

function answersFor(referral: Referral): fhir4.QuestionnaireResponseItem[] {
  const { person, needsProfile: profile } = referral;
  return [
    ...item('audience', [{ valueCoding: coding('audience', referral.audience) }]),
    ...item('subject', [{ valueCoding: coding('referral-subject', referral.subject) }]),
    ...item('language', [{ valueCoding: languageCoding(referral.language) }]),
    ...item('age', person.age === undefined ? [] : [{ valueInteger: person.age }]),
    ...item('ageBand', person.ageBand === undefined ? [] : [{ valueCoding: coding('age-band', person.ageBand) }]),
    ...item('livesWith', person.livesWith === undefined ? [] : [{ valueCoding: coding('lives-with', person.livesWith) }]),
    ...item('communicationNeeds', person.communicationNeeds.map((need) => ({ valueCoding: coding('communication-need', need) }))),
    ...item('communicationNotes', text(person.communicationNotes)),
    ...item('contactMethod', [{ valueCoding: coding('contact-method', person.contact.method) }]),
    ...item('contactNotes', text(person.contact.notes)),
    ...item('ownWords', text(referral.ownWords)),
    ...item('whatMatters', text(referral.whatMatters)),
    ...item(
      'unmetOutcomes',
      profile.unmetOutcomes.map((entry) => ({
        valueCoding: coding('care-act-outcome', entry.outcome),
        item: [{ linkId: 'unmetOutcomes.difficulty', answer: [{ valueCoding: coding('difficulty', entry.difficulty) }] }],
      })),
    ),
    ...item('carerUnmetOutcomes', profile.carerUnmetOutcomes.map((outcome) => ({ valueCoding: coding('carer-outcome', outcome) }))),
    ...item('carerHealthAtRisk', [{ valueBoolean: profile.carerHealthAtRisk }]),
    ...item('urgent', [{ valueBoolean: profile.urgent }]),
    ...item('risks', [...new Set(profile.risks.map((risk) => risk.kind))].map((kind) => ({ valueCoding: coding('risk', kind) }))),
    ...item('topics', profile.topics.map((topic) => ({ valueCoding: coding('topic', topic) }))),
    ...item('nextSteps', referral.nextSteps.map((step) => ({ valueCoding: coding('next-step', step) }))),
    ...item('linkedReference', text(referral.linkedReference)),
  ];
}

/**
 * The referral as a FHIR R4 `collection` Bundle: `Patient`, `RelatedPerson` (when a carer made the referral),
 * `QuestionnaireResponse` for the answers, one `ServiceRequest` per consented service and a `Consent` listing who may
 * receive it. Services the person said no to are left out here too, whatever the caller passes.
 */
export function toFhirBundle(referral: Referral): Bundle {
  const ref = referral.reference;
  const url = (role: string): string => `urn:uuid:${stableUuid(ref, role)}`;
  const idOf = (role: string): string => stableUuid(ref, role);
  const identifier: fhir4.Identifier = { system: CARE_NAVIGATOR_SYSTEMS.reference, value: ref };

  const patientUrl = url('patient');
  const patient = patientFor(referral, idOf('patient'));
  const relatedPerson = relatedPersonFor(referral, idOf('related-person'), patientUrl);
  const actorUrl = relatedPerson === null ? patientUrl : url('related-person');

  const questionnaireResponse: fhir4.QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: idOf('questionnaire-response'),
    identifier,
    questionnaire: CARE_NAVIGATOR_SYSTEMS.questionnaire,
    status: 'completed',
    subject: { reference: patientUrl },
    authored: referral.createdAt,
    source: { reference: actorUrl },
    item: answersFor(referral),
  };

  const services = consentedServices(referral);
  const serviceRequests: fhir4.ServiceRequest[] = services.map((service) => ({
    resourceType: 'ServiceRequest',
    id: idOf(`service-request/${service.serviceId}`),
    meta: { profile: [UK_CORE_PROFILES.ServiceRequest] },
    identifier: [identifier],
    status: 'active',
    intent: 'order',
    priority: referral.needsProfile.urgent ? 'urgent' : 'routine',
    category: [{ coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }] }],
    code: { text: service.name },
    subject: { reference: patientUrl },
    authoredOn: referral.createdAt,
    requester: { reference: actorUrl },
    performer: [{ identifier: { system: CARE_NAVIGATOR_SYSTEMS.serviceId, value: service.serviceId }, display: service.name }],
    reasonCode: [{ text: service.why }],
    supportingInfo: [{ reference: url('questionnaire-response') }],
  }));

  const recipientRole: fhir4.CodeableConcept = {
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }],
  };
  const permitted: fhir4.Reference[] = [
    ...services.map((service) => ({
      identifier: { system: CARE_NAVIGATOR_SYSTEMS.serviceId, value: service.serviceId },
      display: service.name,
    })),
    ...(referral.consent.gp ? [{ display: 'General practitioner' }] : []),
    ...(referral.consent.adultSocialCare ? [{ display: 'Adult social care' }] : []),
  ];
  const consent: fhir4.Consent = {
    resourceType: 'Consent',
    id: idOf('consent'),
    status: 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: patientUrl },
    dateTime: referral.createdAt,
    performer: [{ reference: actorUrl }],
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    // Opt-in: everything is refused except the recipients the person said yes to.
    provision: {
      type: 'deny',
      ...(permitted.length === 0
        ? {}
        : { provision: permitted.map((reference) => ({ type: 'permit' as const, actor: [{ role: recipientRole, reference }] })) }),
    },
  };

  const resources: fhir4.FhirResource[] = [
    patient,
    ...(relatedPerson === null ? [] : [relatedPerson]),
    questionnaireResponse,
    ...serviceRequests,
    consent,
  ];
  return {
    resourceType: 'Bundle',
    identifier,
    type: 'collection',
    timestamp: referral.createdAt,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id ?? ''}`, resource })),
  };
}
