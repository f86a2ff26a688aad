import { z } from 'zod';
import { Audience } from '../dialogs/catalogue/needsProfile.js';

/**
 * Our cleaned, normalised model of a directory service. Whatever a council publishes (ORUK 1.0 or 3.0, an API page,
 * vendor extensions), the importer turns each record into one of these; the matcher and the bot only ever see this.
 */

/** ORUK service status, lower-cased. Inactive and defunct services are skipped at import. */
export const ServiceStatus = z.enum(['active', 'inactive', 'defunct', 'temporarily closed']);
/** One service status. */
export type ServiceStatus = z.infer<typeof ServiceStatus>;

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');

/** A UK postcode district (outward code), upper case, e.g. `AT1` or `BS16`. */
export const PostcodeDistrict = z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]?$/, 'must be a postcode district such as AT1');

/** The organisation that runs a service. */
export const Organization = z.object({
  id: z.string().optional(),
  name: z.string().min(1),
  url: z.string().optional(),
});
/** One organisation. */
export type Organization = z.infer<typeof Organization>;

/** A named contact and their phone numbers. */
export const Contact = z.object({
  name: z.string().optional(),
  title: z.string().optional(),
  phones: z.array(z.string()),
});
/** One contact. */
export type Contact = z.infer<typeof Contact>;

/** Who a service is for, as rules the matcher enforces. */
export const Eligibility = z.object({
  minAge: z.number().int().min(0).max(130).optional(),
  maxAge: z.number().int().min(0).max(130).optional(),
  /** The directory's own eligibility wording, cleaned. */
  text: z.array(z.string()),
  /** Only unpaid carers may use it (a carers' group, a carer's break). */
  carersOnly: z.boolean(),
});
/** A service's eligibility. */
export type Eligibility = z.infer<typeof Eligibility>;

/** Where a service is delivered from. */
export const Location = z.object({
  name: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  district: PostcodeDistrict.optional(),
});
/** One location. */
export type Location = z.infer<typeof Location>;

/** When a service is open, as published. */
export const Schedule = z.object({
  /** Two-letter iCalendar day codes (`MO`, `TU`, ...). */
  byDay: z.array(z.string()),
  opensAt: z.string().optional(),
  closesAt: z.string().optional(),
  description: z.string().optional(),
});
/** One schedule. */
export type Schedule = z.infer<typeof Schedule>;

/** What a service costs. */
export const CostOption = z.object({
  option: z.string().optional(),
  amount: z.number().min(0).optional(),
  description: z.string().optional(),
});
/** One cost option. */
export type CostOption = z.infer<typeof CostOption>;

/** A taxonomy term attached to a service (ORUK 1.0 `service_taxonomys`, 3.0 `attributes`). */
export const TaxonomyTerm = z.object({
  id: z.string().optional(),
  name: z.string().min(1),
  vocabulary: z.string().optional(),
});
/** One taxonomy term. */
export type TaxonomyTerm = z.infer<typeof TaxonomyTerm>;

/** One cleaned directory service. */
export const Service = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Plain text: HTML removed, entities decoded, whitespace tidied. */
  description: z.string(),
  url: z.string().optional(),
  email: z.string().optional(),
  status: ServiceStatus,
  organization: Organization.optional(),
  contacts: z.array(Contact),
  eligibility: Eligibility,
  /** Service area names as published (`Anytown`, `AT1`, `Whole of Bristol`). */
  areas: z.array(z.string()),
  /** Postcode districts the service is limited to; empty when the directory does not say. */
  districts: z.array(PostcodeDistrict),
  locations: z.array(Location),
  schedules: z.array(Schedule),
  costs: z.array(CostOption),
  /** Free text about fees, when the directory gives it. */
  fees: z.string().optional(),
  /** True when the directory says it is free; undefined when it does not say. */
  free: z.boolean().optional(),
  languages: z.array(z.string()),
  taxonomy: z.array(TaxonomyTerm),
  /** Target audience labels (vendor extensions such as `pc_targetAudience`), trimmed. */
  audiences: z.array(z.string()),
  assuredDate: IsoDate.optional(),
  alert: z.string().optional(),
});
/** One cleaned directory service. */
export type Service = z.infer<typeof Service>;

/** Why a record was left out at import. */
export const SkipReason = z.enum(['invalid', 'blankName', 'inactive', 'defunct', 'duplicateId']);
/** One skip reason. */
export type SkipReason = z.infer<typeof SkipReason>;

/** A record the importer left out, and why. */
export const SkippedRecord = z.object({
  /** Position in the file's list of services, from 0. */
  index: z.number().int().min(0),
  id: z.string().optional(),
  name: z.string().optional(),
  reason: SkipReason,
  /** For `invalid`: which fields failed, in words. */
  detail: z.string().optional(),
});
/** One skipped record. */
export type SkippedRecord = z.infer<typeof SkippedRecord>;

/** How the file wrapped its services. */
export const EnvelopeKind = z.enum(['array', 'content', 'contents', 'single']);
/** One envelope kind. */
export type EnvelopeKind = z.infer<typeof EnvelopeKind>;

/** Which Open Referral UK version a record looks like, from the fields it carries. */
export const OrukShape = z.enum(['oruk1', 'oruk3', 'undetermined']);
/** One shape. */
export type OrukShape = z.infer<typeof OrukShape>;

/** What an import did: counts, skipped records with reasons, stale records. */
export const ImportReport = z.object({
  envelope: EnvelopeKind,
  /** Paging fields of an API page envelope, when present. */
  page: z
    .object({ number: z.number().optional(), totalPages: z.number().optional(), totalItems: z.number().optional() })
    .optional(),
  total: z.number().int().min(0),
  loaded: z.number().int().min(0),
  shapes: z.record(OrukShape, z.number().int().min(0)),
  skipped: z.array(SkippedRecord),
  skippedByReason: z.record(SkipReason, z.number().int().min(0)),
  /** Ids of loaded services whose assured date is over a year before `now`. */
  stale: z.array(z.string()),
  /** Ids of loaded services with no assured date at all. */
  neverAssured: z.array(z.string()),
  /** Ids of loaded services that carry an alert. */
  withAlert: z.array(z.string()),
});
/** One import report. */
export type ImportReport = z.infer<typeof ImportReport>;

/** Who is asking; the same audiences as the conversation's needs profile. */
export { Audience };
