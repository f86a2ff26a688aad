import { z } from 'zod';

/**
 * What councils actually publish, read leniently: ORUK 1.0 nested arrays, ORUK 3.0 fields and common vendor
 * extensions, with numbers where strings were expected and nulls where fields were left blank. Only what the
 * importer needs is described; unknown fields pass through untouched. A record fails only when it cannot be a
 * service at all (no usable id, a name that is not text, an array field that is not an array).
 */

/** Text that may arrive as a number or null; undefined when absent. */
const Text = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((value) => (value === null || value === undefined ? undefined : String(value)));

/** A whole number that may arrive as a string; blank means absent. */
const WholeNumber = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((value, context) => {
    if (value === null || value === undefined) return undefined;
    if (typeof value === 'string' && value.trim() === '') return undefined;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) {
      context.addIssue({ code: 'custom', message: 'must be a number' });
      return z.NEVER;
    }
    return Math.round(parsed);
  });

/** An optional array of loose objects; null means empty. */
function list<T extends z.ZodType>(item: T) {
  // Not a union with null: a union would hide which element and field failed from the import report.
  return z
    .array(item)
    .nullish()
    .transform((value) => value ?? []);
}

const Phone = z.looseObject({ number: Text });

const RawContact = z.looseObject({ name: Text, title: Text, phones: list(Phone) });

const RawCostOption = z.looseObject({
  option: Text,
  amount: z.union([z.number(), z.string(), z.null()]).optional(),
  amount_description: Text,
});

const RawEligibility = z.looseObject({ eligibility: Text, minimum_age: WholeNumber, maximum_age: WholeNumber });

const RawLanguage = z.union([z.string(), z.looseObject({ language: Text, name: Text, code: Text })]);

const RawSchedule = z.looseObject({
  opens_at: Text,
  closes_at: Text,
  byday: Text,
  weekday: Text,
  description: Text,
});

const RawServiceArea = z.looseObject({ service_area: Text, name: Text, extent: Text });

const RawAddress = z.looseObject({ address_1: Text, city: Text, postal_code: Text });

const RawLocation = z.looseObject({
  name: Text,
  postcode: Text,
  physical_addresses: list(RawAddress),
  addresses: list(RawAddress),
});

const RawServiceAtLocation = z.looseObject({ location: RawLocation.nullish() });

const RawTaxonomy = z.looseObject({ id: Text, name: Text, term: Text, vocabulary: Text });

const RawServiceTaxonomy = z.looseObject({ taxonomy: RawTaxonomy.nullish() });

const RawAttribute = z.looseObject({ taxonomy_term: RawTaxonomy.nullish(), taxonomy: RawTaxonomy.nullish() });

const RawTargetAudience = z.looseObject({ id: Text, audienceType: Text });

/**
 * Vendor audience labels as platforms publish them: a list of `{ id, audienceType }` (as Bristol's does), a list of
 * plain labels, or one string of labels separated by commas or semicolons ("Adults , Older People,Carers").
 */
const RawTargetAudiences = z
  .union([
    z.string().transform((labels) => labels.split(/[,;|]/).map((label) => ({ audienceType: label }))),
    z.array(z.union([z.string().transform((label) => ({ audienceType: label })), RawTargetAudience])),
  ])
  .nullish()
  .transform((value) => value ?? []);

const RawOrganization = z.looseObject({ id: Text, name: Text, url: Text, website: Text });

/** One service record as published (ORUK 1.0 or 3.0 with vendor extensions). */
export const RawOrukService = z.looseObject({
  id: z.union([z.string().trim().min(1), z.number()]).transform(String),
  name: Text,
  description: Text,
  url: Text,
  email: Text,
  status: Text,
  fees: Text,
  fees_description: Text,
  minimum_age: WholeNumber,
  maximum_age: WholeNumber,
  assured_date: Text,
  alert: Text,
  organization: RawOrganization.nullish(),
  contacts: list(RawContact),
  phones: list(Phone),
  cost_options: list(RawCostOption),
  eligibilitys: list(RawEligibility),
  languages: list(RawLanguage),
  regular_schedules: list(RawSchedule),
  schedules: list(RawSchedule),
  service_areas: list(RawServiceArea),
  service_at_locations: list(RawServiceAtLocation),
  service_taxonomys: list(RawServiceTaxonomy),
  attributes: list(RawAttribute),
  pc_targetAudience: RawTargetAudiences,
  pc_metadata: z.looseObject({ date_assured: Text }).nullish(),
});
/** One raw service record. */
export type RawOrukService = z.infer<typeof RawOrukService>;

/** Fields only ORUK 1.0 carries; their presence marks a 1.0 record. */
export const ORUK1_MARKERS = [
  'service_taxonomys',
  'eligibilitys',
  'regular_schedules',
  'deliverable_type',
  'attending_type',
  'attending_access',
  'holiday_schedules',
] as const;

/** Fields only ORUK 3.0 carries; their presence marks a 3.0 record. */
export const ORUK3_MARKERS = [
  'schedules',
  'attributes',
  'minimum_age',
  'maximum_age',
  'last_modified',
  'assurer_email',
  'fees_description',
  'alert',
] as const;
