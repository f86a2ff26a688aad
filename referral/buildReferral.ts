import { Referral, type NextStep, type PersonDetails, type ReferralInput } from './referralSchema.js';
import { consentedServices, hasAnyConsent } from './recipientCopy.js';

/** What `buildReferral` needs besides the input: the clock and a reference the store has reserved. */
export interface BuildOptions {
  readonly now: Date;
  readonly reference: string;
}

/** The references for a carer conversation's pair of referrals. */
export interface CarerBuildOptions {
  readonly now: Date;
  /** The cared-for person's referral. */
  readonly personReference: string;
  /** The carer's own referral. */
  readonly carerReference: string;
}

/** The two linked referrals a carer conversation produces. */
export interface CarerReferrals {
  readonly person: Referral;
  readonly carer: Referral;
}

/** What happens next follows from consent and the needs profile, so the person is never told something untrue. */
function nextStepsFor(input: ReferralInput, subject: Referral['subject']): NextStep[] {
  const steps: NextStep[] = [];
  const shared = hasAnyConsent(input);
  const wantsContact = input.person.contact.method !== 'none';
  if (consentedServices(input).length > 0 && wantsContact) steps.push('servicesWillContact');
  if (input.consent.adultSocialCare && wantsContact) steps.push('adultSocialCareWillContact');
  if (input.consent.gp) steps.push('gpInformed');
  if (shared && input.needsProfile.urgent) steps.push('urgentFlagged');
  if (subject === 'carer' || input.audience === 'carer') steps.push('carerAssessment');
  if (!shared) steps.push('nothingShared');
  if (input.matchedServices.length > 0) steps.push('contactServicesYourself');
  steps.push('keepReference');
  return steps;
}

/**
 * Builds one referral from what the conversation handed over. The result is parsed against the `Referral` schema, so
 * a bad reference or a malformed input fails here rather than on disk.
 */
export function buildReferral(input: ReferralInput, { now, reference }: BuildOptions): Referral {
  return Referral.parse({
    schemaVersion: 1,
    reference,
    createdAt: now.toISOString(),
    subject: 'person',
    audience: input.audience,
    language: input.language,
    person: input.person,
    carer: input.carer,
    ownWords: input.ownWords ?? input.needsProfile.ownWords,
    needsProfile: input.needsProfile,
    whatMatters: input.whatMatters ?? input.needsProfile.whatMatters,
    matchedServices: input.matchedServices,
    consent: input.consent,
    nextSteps: nextStepsFor(input, 'person'),
  });
}

function carerAsPerson(input: ReferralInput): PersonDetails {
  if (input.carer === undefined) throw new Error('buildCarerReferrals needs the carer’s details');
  const { relationship: _relationship, ...person } = input.carer;
  return person;
}

/**
 * A carer conversation produces two linked referrals. Each holds only what is about its subject: the cared-for
 * person's does not carry the carer's own outcomes or health, and the carer's does not carry the cared-for person's
 * outcomes, age or postcode.
 */
export function buildCarerReferrals(input: ReferralInput, options: CarerBuildOptions): CarerReferrals {
  const carerPerson = carerAsPerson(input);
  const personReferral = buildReferral(
    { ...input, needsProfile: { ...input.needsProfile, carerUnmetOutcomes: [], carerHealthAtRisk: false } },
    { now: options.now, reference: options.personReference },
  );
  const carerInput: ReferralInput = {
    ...input,
    person: carerPerson,
    needsProfile: { ...input.needsProfile, unmetOutcomes: [], age: carerPerson.age, postcode: carerPerson.postcode },
  };
  const carerReferral = Referral.parse({
    ...buildReferral(carerInput, { now: options.now, reference: options.carerReference }),
    subject: 'carer',
    nextSteps: nextStepsFor(carerInput, 'carer'),
    linkedReference: options.personReference,
  });
  return { person: { ...personReferral, linkedReference: options.carerReference }, carer: carerReferral };
}
