import { ContactMethod, LivesWith, ReferralInput, type CarerRelationship, type CommunicationNeed } from '../../referral/referralSchema.js';
import { audienceOf, type IntakeState } from './intakeState.js';
import type { NeedsProfile } from './needsProfile.js';

const RELATIONSHIP_OF_CARER: Record<string, CarerRelationship> = {
  mum: 'child',
  dad: 'child',
  partner: 'partner',
  child: 'parent',
  friend: 'friend',
  otherPerson: 'other',
};

const COMMUNICATION: Record<string, CommunicationNeed> = {
  interpreter: 'interpreter',
  bsl: 'bsl',
  easyRead: 'easyRead',
  largePrint: 'largePrint',
};

function text(state: IntakeState, slot: string): string | undefined {
  const value = state.answers[slot];
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

function list(state: IntakeState, slot: string): string[] {
  const value = state.answers[slot];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

/**
 * What the conversation hands to the referral: the answers mapped to the referral's schema, and consent exactly as
 * given (a service the person did not agree to is `false`). In a carer conversation, services contact the carer.
 */
export function toReferralInput(state: IntakeState, profile: NeedsProfile): ReferralInput {
  const audience = audienceOf(state);
  const shareServices = text(state, 'shareServices');
  const chosen = new Set(list(state, 'chosenServices'));
  const matches = state.matches ?? [];
  const method = ContactMethod.catch('none').parse(text(state, 'contactMethod'));
  const contact = { method, details: method === 'none' ? undefined : text(state, 'contactDetails') };
  const communicationNeeds = list(state, 'communication').flatMap((id) => (COMMUNICATION[id] ? [COMMUNICATION[id]] : []));
  if (state.language === 'cy') communicationNeeds.push('welshSpeaker');
  const livesWith = LivesWith.optional().catch(undefined).parse(text(state, 'livesWith'));
  const age = state.answers.age;
  const name = text(state, 'name');
  const person = {
    name: audience === 'carer' ? undefined : name,
    age: typeof age === 'number' ? age : undefined,
    postcode: text(state, 'postcode'),
    livesWith,
    communicationNeeds,
    contact,
  };
  return ReferralInput.parse({
    audience,
    language: state.language,
    person,
    carer:
      audience === 'carer'
        ? { name, communicationNeeds: [], contact, relationship: RELATIONSHIP_OF_CARER[text(state, 'caredFor') ?? 'otherPerson'] ?? 'other' }
        : undefined,
    ownWords: text(state, 'story'),
    needsProfile: profile,
    whatMatters: text(state, 'whatMatters'),
    matchedServices: matches.map(({ serviceId, name: serviceName, why }) => ({ serviceId, name: serviceName, why })),
    consent: {
      services: Object.fromEntries(
        matches.map((match) => [match.serviceId, shareServices === 'shareAll' || (shareServices === 'letMeChoose' && chosen.has(match.serviceId))]),
      ),
      gp: text(state, 'shareGp') === 'yes',
      adultSocialCare: text(state, 'shareSocialCare') === 'yes',
    },
  });
}
