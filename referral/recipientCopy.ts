import type { Consent, MatchedService, Recipient, Referral } from './referralSchema.js';

/** Anything with matched services and consent: a `ReferralInput` or a `Referral`. */
interface WithConsent {
  readonly matchedServices: readonly MatchedService[];
  readonly consent: Consent;
}

/** The matched services the person said yes to. A missing answer counts as no. */
export function consentedServices(value: WithConsent): MatchedService[] {
  return value.matchedServices.filter((service) => value.consent.services[service.serviceId] === true);
}

/** Whether anything at all may be shared. */
export function hasAnyConsent(value: WithConsent): boolean {
  return value.consent.gp || value.consent.adultSocialCare || consentedServices(value).length > 0;
}

/** Every recipient that may receive a copy. */
export function recipientsOf(value: WithConsent): Recipient[] {
  const recipients: Recipient[] = consentedServices(value).map((service) => service.serviceId);
  if (value.consent.gp) recipients.push('gp');
  if (value.consent.adultSocialCare) recipients.push('adultSocialCare');
  return recipients;
}

/** Consent as it may appear in a shared copy: only the yeses among services, so no refused service is named. */
function sharedConsent(referral: Referral, services: readonly MatchedService[]): Consent {
  return {
    services: Object.fromEntries(services.map((service) => [service.serviceId, true])),
    gp: referral.consent.gp,
    adultSocialCare: referral.consent.adultSocialCare,
  };
}

/**
 * The record that may be stored for sharing: the referral without any service the person said no to. Null when the
 * person consented to nothing, because then nothing is stored for sharing (they keep their own copy in the chat).
 */
export function sharedRecord(referral: Referral): Referral | null {
  if (!hasAnyConsent(referral)) return null;
  const services = consentedServices(referral);
  return { ...referral, matchedServices: services, consent: sharedConsent(referral, services) };
}

/**
 * What one recipient may see. A service sees itself only among the services; the GP and adult social care see every
 * service the person agreed to. A service without consent never appears in any copy. Null when nothing was consented
 * for this recipient.
 */
export function copyForRecipient(referral: Referral, recipient: Recipient): Referral | null {
  const allowed = consentedServices(referral);
  if (recipient === 'gp' || recipient === 'adultSocialCare') {
    if (!referral.consent[recipient]) return null;
    return { ...referral, matchedServices: allowed, consent: sharedConsent(referral, allowed) };
  }
  const own = allowed.filter((service) => service.serviceId === recipient);
  if (own.length === 0) return null;
  return { ...referral, matchedServices: own, consent: sharedConsent(referral, own) };
}
