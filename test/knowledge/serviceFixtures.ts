import { Service } from '../../knowledge/directorySchema.js';

/** Fields a test cares about; the rest get plain defaults. */
export type ServiceFields = Partial<Omit<Service, 'eligibility'>> & {
  readonly id: string;
  readonly name: string;
  readonly eligibility?: Partial<Service['eligibility']>;
};

/** A fictional, valid service for matcher tests, parsed through the real schema. */
export function service(fields: ServiceFields): Service {
  return Service.parse({
    description: '',
    status: 'active',
    contacts: [],
    areas: [],
    districts: [],
    locations: [],
    schedules: [],
    costs: [],
    languages: [],
    taxonomy: [],
    audiences: [],
    assuredDate: '2026-09-01',
    ...fields,
    eligibility: { text: [], carersOnly: false, ...fields.eligibility },
  });
}
