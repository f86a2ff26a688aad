import type { Audience, PostcodeDistrict, Service } from './directorySchema.js';
import type { z } from 'zod';

/** Which hard rule a service fails. */
export type Exclusion = 'age' | 'area' | 'audience';

/** The facts the hard rules need. */
export interface EligibilityFacts {
  readonly age?: number;
  readonly district?: z.infer<typeof PostcodeDistrict>;
  readonly audience?: Audience;
}

/**
 * The hard eligibility rules. A service that fails one is never shown, however well it matches: people must not be
 * sent to a service that will turn them away. Where the directory does not say (no age range, no districts), the
 * rule passes, because silence is not a restriction.
 *
 * Age applies to the person the services are for; for a carers-only service asked about by a carer, the age given is
 * the cared-for person's, so it is not held against the carer.
 */
export function exclusionFor(service: Service, facts: EligibilityFacts): Exclusion | undefined {
  const { minAge, maxAge, carersOnly } = service.eligibility;
  if (carersOnly && facts.audience === 'resident') return 'audience';
  const ageApplies = facts.age !== undefined && !(carersOnly && facts.audience === 'carer');
  if (ageApplies && facts.age !== undefined) {
    if (minAge !== undefined && facts.age < minAge) return 'age';
    if (maxAge !== undefined && facts.age > maxAge) return 'age';
  }
  if (facts.district !== undefined && service.districts.length > 0 && !service.districts.includes(facts.district)) {
    return 'area';
  }
  return undefined;
}
