import { z } from 'zod';
import { Audience, NeedsProfile } from '../dialogs/catalogue/needsProfile.js';
import { ReferenceNumber } from './referenceNumber.js';
import { Language } from '../dialogs/catalogue/intakeState.js';

/** The conversation's language (one schema for the whole product): the summary is written in it. */
export { Language } from '../dialogs/catalogue/intakeState.js';

/** Age bands for people who would rather not give an exact age. */
export const AgeBand = z.enum(['under18', '18to24', '25to44', '45to64', '65to74', '75to84', '85plus']);
/** One age band. */
export type AgeBand = z.infer<typeof AgeBand>;

/** Who the person lives with, as the conversation asks it. */
export const LivesWith = z.enum(['alone', 'partner', 'family', 'others', 'careHome', 'preferNotToSay']);
/** One living situation. */
export type LivesWith = z.infer<typeof LivesWith>;

/** Communication needs a service should know before it gets in touch. */
export const CommunicationNeed = z.enum([
  'bsl',
  'interpreter',
  'largePrint',
  'easyRead',
  'hearingLoss',
  'speechDifficulty',
  'noPhoneCalls',
  'welshSpeaker',
]);
/** One communication need. */
export type CommunicationNeed = z.infer<typeof CommunicationNeed>;

/** How the person would like to be contacted. `none` means they want no contact, only their own copy. */
export const ContactMethod = z.enum(['phone', 'text', 'email', 'post', 'none']);
/** One contact method. */
export type ContactMethod = z.infer<typeof ContactMethod>;

/** A contact preference: the method and the details that go with it (a number, an address, an email). */
export const ContactPreference = z.object({
  method: ContactMethod,
  details: z.string().trim().min(1).max(300).optional(),
  /** Free words such as "mornings" or "ring my daughter first", shown as given. */
  notes: z.string().trim().min(1).max(300).optional(),
});
/** A contact preference. */
export type ContactPreference = z.infer<typeof ContactPreference>;

/** A UK postcode, full or outward part only, stored upper case with one space. */
export const Postcode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z]{1,2}[0-9][A-Z0-9]?([0-9][A-Z]{2})?$/, 'must be a UK postcode'))
  .transform((compact) => (compact.length > 4 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact));

/** The person the referral is about (in a carer's own referral, the carer). */
export const PersonDetails = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  age: z.number().int().min(0).max(130).optional(),
  ageBand: AgeBand.optional(),
  postcode: Postcode.optional(),
  livesWith: LivesWith.optional(),
  communicationNeeds: z.array(CommunicationNeed).default([]),
  /** Anything else about communication, in the person's words. */
  communicationNotes: z.string().trim().min(1).max(500).optional(),
  contact: ContactPreference,
});
/** The person's details. */
export type PersonDetails = z.infer<typeof PersonDetails>;

/** How a carer is related to the person they care for. */
export const CarerRelationship = z.enum(['partner', 'parent', 'child', 'otherFamily', 'friend', 'neighbour', 'other']);
/** One relationship. */
export type CarerRelationship = z.infer<typeof CarerRelationship>;

/** The carer, in a carer conversation. */
export const CarerDetails = PersonDetails.extend({
  relationship: CarerRelationship,
});
/** The carer's details. */
export type CarerDetails = z.infer<typeof CarerDetails>;

/** A service the matcher found, and why it may help, in words the person can check. */
export const MatchedService = z.object({
  serviceId: z.string().trim().min(1).max(200),
  name: z.string().trim().min(1).max(300),
  why: z.string().trim().min(1).max(1000),
});
/** One matched service. */
export type MatchedService = z.infer<typeof MatchedService>;

/** Consent, asked plainly before anything is stored for sharing: each recipient yes or no. */
export const Consent = z.object({
  /** Keyed by service id. A missing key means no. */
  services: z.record(z.string(), z.boolean()),
  gp: z.boolean(),
  adultSocialCare: z.boolean(),
});
/** The consent given. */
export type Consent = z.infer<typeof Consent>;

/** What a referral says about the person and what they agreed: shared by the conversation's input and the record. */
const ReferralContent = z.object({
  audience: Audience,
  language: Language,
  person: PersonDetails,
  /** Required when the audience is `carer`. */
  carer: CarerDetails.optional(),
  /** What the person (or the carer) said, verbatim: never rewritten. */
  ownWords: z.string().max(5000).optional(),
  needsProfile: NeedsProfile,
  whatMatters: z.string().max(2000).optional(),
  matchedServices: z.array(MatchedService),
  consent: Consent,
});

/** What the conversation hands over at its end. */
export const ReferralInput = ReferralContent.superRefine((input, context) => {
  if (input.audience === 'carer' && input.carer === undefined) {
    context.addIssue({ code: 'custom', path: ['carer'], message: 'is required in a carer conversation' });
  }
  if (input.needsProfile.audience !== input.audience) {
    context.addIssue({ code: 'custom', path: ['needsProfile', 'audience'], message: 'must match the audience' });
  }
});
/** What the conversation hands over. */
export type ReferralInput = z.infer<typeof ReferralInput>;

/** What happens next, as keys: the words come from the locale, in the reader's language. */
export const NextStep = z.enum([
  'servicesWillContact',
  'adultSocialCareWillContact',
  'gpInformed',
  'urgentFlagged',
  'carerAssessment',
  'nothingShared',
  'contactServicesYourself',
  'keepReference',
]);
/** One next step. */
export type NextStep = z.infer<typeof NextStep>;

/** Whose referral this is: the person's, or (from a carer conversation) the carer's own. */
export const ReferralSubject = z.enum(['person', 'carer']);
/** Whose referral. */
export type ReferralSubject = z.infer<typeof ReferralSubject>;

/** A referral as stored and exported. Only `buildReferral` makes one from input. */
export const Referral = ReferralContent.extend({
  schemaVersion: z.literal(1),
  reference: ReferenceNumber,
  createdAt: z.iso.datetime(),
  subject: ReferralSubject,
  nextSteps: z.array(NextStep),
  /** In a carer conversation, the other referral of the pair. */
  linkedReference: ReferenceNumber.optional(),
});
/** A stored referral. */
export type Referral = z.infer<typeof Referral>;

/** Who a copy is for: a matched service (by id), the person's GP, or the council's adult social care. */
export const Recipient = z.union([z.literal('gp'), z.literal('adultSocialCare'), z.string().trim().min(1).max(200)]);
/** One recipient. */
export type Recipient = z.infer<typeof Recipient>;
